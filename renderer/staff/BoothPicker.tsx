import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../shared/fold';
import type { SaleBooth } from '../../shared/model/sales';
import { canonicalBoothNumber } from '../../shared/sales-amount';
import { numberOrder } from '../../shared/plan/numbering';

/** Booths whose number or exhibitor matches what was typed, accents ignored; exact numbers first. */
export function matchBooths(booths: readonly SaleBooth[], text: string, limit = 6): SaleBooth[] {
  const query = foldText(text);
  if (!query) return [];
  const number = canonicalBoothNumber(text);
  const scored: [number, SaleBooth][] = [];
  for (const b of booths) {
    const canonical = canonicalBoothNumber(b.number);
    const score =
      canonical === number
        ? 0
        : canonical.startsWith(number)
          ? 1
          : foldText(b.exhibitorName).includes(query)
            ? 2
            : foldText(b.number).includes(query)
              ? 3
              : -1;
    if (score >= 0) scored.push([score, b]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || numberOrder(a[1].number, b[1].number))
    .slice(0, limit)
    .map(([, b]) => b);
}

/** The big search field and its results as large tap targets; a chosen booth shows as a card. */
export function BoothPicker({
  booths,
  chosen,
  onChoose,
}: {
  booths: readonly SaleBooth[];
  chosen: SaleBooth | null;
  onChoose: (booth: SaleBooth | null) => void;
}) {
  const { t } = useTranslation(['staff', 'sales']);
  const [text, setText] = useState('');
  const found = useMemo(() => matchBooths(booths, text), [booths, text]);

  if (chosen) {
    return (
      <section className="phone-booth-card" aria-label={t('phone.booth')}>
        <div>
          <span className="phone-booth-number" data-testid="phone-booth">
            {chosen.number}
          </span>
          <span className="phone-booth-name">{chosen.exhibitorName || t('phone.noExhibitor')}</span>
        </div>
        <button type="button" onClick={() => onChoose(null)}>
          {t('phone.change')}
        </button>
      </section>
    );
  }
  return (
    <section className="phone-search">
      <label className="phone-field">
        <span>{t('phone.boothSearch')}</span>
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('phone.boothSearchPlaceholder')}
          autoComplete="off"
          enterKeyHint="search"
        />
      </label>
      {text.trim() && found.length === 0 && <p className="phone-hint">{t('phone.noMatch', { text: text.trim() })}</p>}
      <ul className="phone-results">
        {found.map((b) => (
          <li key={b.boothId}>
            <button
              type="button"
              disabled={!b.exhibitorId || !b.forSale}
              onClick={() => {
                setText('');
                onChoose(b);
              }}
            >
              <strong>{b.number}</strong> <span>{b.forSale ? b.exhibitorName || t('phone.noExhibitor') : t('sales:rules.notForSale')}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
