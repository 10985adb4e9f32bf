import { forwardRef, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleBooth } from '../../../shared/model/sales';
import { canonicalBoothNumber } from '../../../shared/sales-amount';

const MAX_SUGGESTIONS = 8;
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** The booth a typed number names, forgiving case and leading zeros (`a1` is `A01`). */
export function findBooth(booths: readonly SaleBooth[], typed: string): SaleBooth | undefined {
  const text = typed.trim();
  if (!text) return undefined;
  const wanted = canonicalBoothNumber(text);
  return booths.find((b) => b.number === text) ?? booths.find((b) => canonicalBoothNumber(b.number) === wanted);
}

function suggest(booths: readonly SaleBooth[], typed: string): SaleBooth[] {
  const text = typed.trim();
  if (!text) return [];
  const prefix = canonicalBoothNumber(text);
  const words = fold(text);
  return booths
    .filter(
      (b) =>
        b.forSale &&
        (canonicalBoothNumber(b.number).startsWith(prefix) ||
          b.number.toUpperCase().startsWith(text.toUpperCase()) ||
          fold(b.exhibitorName).includes(words)),
    )
    .slice(0, MAX_SUGGESTIONS);
}

interface BoothFieldProps {
  booths: readonly SaleBooth[];
  value: string;
  onChange: (text: string) => void;
  error?: string;
}

/** Booth number with suggestions (number or exhibitor name); the exhibitor shows as soon as the booth is known. */
export const BoothField = forwardRef<HTMLInputElement, BoothFieldProps>(function BoothField({ booths, value, onChange, error }, ref) {
  const { t } = useTranslation('sales');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => suggest(booths, value), [booths, value]);
  const match = findBooth(booths, value);
  const showList = open && options.length > 0 && !(options.length === 1 && options[0] === match);

  const pick = (booth: SaleBooth) => {
    onChange(booth.number);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (e.key === 'Enter' && showList && active >= 0 && options[active]) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="field sales-booth">
      <label htmlFor={`${id}-input`}>{t('form.booth')}</label>
      <input
        id={`${id}-input`}
        ref={ref}
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-who`}
        autoComplete="off"
        placeholder={t('form.boothPlaceholder')}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          if (match && match.number !== value) onChange(match.number);
        }}
      />
      {showList && (
        <ul id={`${id}-list`} role="listbox" aria-label={t('form.suggestions')} className="sales-suggestions">
          {options.map((b, i) => (
            <li
              key={b.boothId}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(b);
              }}
            >
              <strong>{b.number}</strong> <span>{b.exhibitorName || t('form.noExhibitorYet')}</span>
            </li>
          ))}
        </ul>
      )}
      <span id={`${id}-who`} className={error ? 'field-error' : 'sales-who'} aria-live="polite">
        {error ?? (match ? (match.forSale ? match.exhibitorName || t('form.noExhibitorYet') : t('rules.notForSale')) : '\u00a0')}
      </span>
    </div>
  );
});
