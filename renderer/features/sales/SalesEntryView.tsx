import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/dates';
import type { SaleBooth, SaleEntry } from '../../../shared/model/sales';
import { formatDong } from '../../../shared/money';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { findBooth } from './BoothField';
import { CorrectSaleDialog, VoidSaleDialog } from './EntryDialogs';
import { salesKeys } from './keys';
import { SaleEntryForm } from './SaleEntryForm';
import { SaleTable } from './SaleTable';

type Acting = { kind: 'correct' | 'void'; entry: SaleEntry } | null;

/** Entries per page of the day's list; older ones are a click away, never out of reach. */
const PAGE = 200;
/** A typed booth filter that names no booth: nothing is asked of the main side. */
const NO_BOOTH = '-';

/** The form on top, the chosen day's entries and total below. */
export function SalesEntryView({
  fairId,
  days,
  day,
  onDayChange,
  booths,
}: {
  fairId: string;
  days: string[];
  day: string;
  onDayChange: (d: string) => void;
  booths: readonly SaleBooth[];
}) {
  const { t } = useTranslation('sales');
  const language = useLanguage();
  const api = useApi();
  const [acting, setActing] = useState<Acting>(null);
  const [boothText, setBoothText] = useState('');
  const [page, setPage] = useState({ day, booth: '', offset: 0 });
  const filterBooth = findBooth(booths, boothText);
  // Another day or booth starts again from the newest entries.
  const offset = page.day === day && page.booth === boothText ? page.offset : 0;
  const goTo = (next: number) => setPage({ day, booth: boothText, offset: Math.max(0, next) });
  const boothId = boothText.trim() ? (filterBooth?.boothId ?? NO_BOOTH) : undefined;
  const list = useQuery({
    queryKey: [...salesKeys.list(fairId, { day, boothId }), offset],
    queryFn: () => api.listSales({ fairId, day, boothId, limit: PAGE, offset }),
    enabled: boothId !== NO_BOOTH,
    placeholderData: keepPreviousData,
  });
  const data = boothId === NO_BOOTH ? undefined : list.data;
  const total = data ? data.activeEntries + data.voidedEntries : 0;

  return (
    <div className="sales-entry">
      <SaleEntryForm fairId={fairId} days={days} day={day} onDayChange={onDayChange} booths={booths} />
      <section className="sales-day" aria-labelledby="sales-day-title">
        <header className="sales-day-header">
          <h2 id="sales-day-title">{t('list.title', { day: formatDay(day, language) })}</h2>
          {data && (
            <div className="sales-day-total" role="status" aria-label={t('list.dayTotal')}>
              <span className="hint">{t('list.dayTotal')}</span>
              <strong data-testid="sales-day-total">{formatDong(data.revenue, language)}</strong>
              <span className="hint">
                {t('list.summary', { count: data.activeEntries })}
                {data.voidedEntries > 0 && ` · ${t('list.voidedSummary', { count: data.voidedEntries })}`}
              </span>
            </div>
          )}
        </header>
        <div className="sales-list-bar">
          <label className="field sales-list-filter">
            <span>{t('list.boothFilter')}</span>
            <input
              type="search"
              value={boothText}
              placeholder={t('list.boothFilterPlaceholder')}
              aria-invalid={boothId === NO_BOOTH ? true : undefined}
              onChange={(e) => setBoothText(e.target.value)}
            />
            {boothId === NO_BOOTH && <span className="field-error">{t('list.noBoothMatch', { booth: boothText.trim() })}</span>}
          </label>
          {total > PAGE && (
            <nav className="sales-pager" aria-label={t('list.range', { from: offset + 1, to: Math.min(total, offset + PAGE), total })}>
              <button type="button" onClick={() => goTo(offset - PAGE)} disabled={offset === 0}>
                {t('list.newer')}
              </button>
              <span className="hint" data-testid="sales-range">
                {t('list.range', { from: offset + 1, to: Math.min(total, offset + PAGE), total })}
              </span>
              <button type="button" onClick={() => goTo(offset + PAGE)} disabled={offset + PAGE >= total}>
                {t('list.older')}
              </button>
            </nav>
          )}
        </div>
        {data && data.entries.length === 0 && (
          <p className="empty-state">{filterBooth ? t('list.filteredEmpty', { booth: filterBooth.number }) : t('list.empty')}</p>
        )}
        {data && data.entries.length > 0 && (
          <SaleTable
            entries={data.entries}
            onCorrect={(entry) => setActing({ kind: 'correct', entry })}
            onVoid={(entry) => setActing({ kind: 'void', entry })}
          />
        )}
      </section>
      {acting?.kind === 'correct' && (
        <CorrectSaleDialog fairId={fairId} entry={acting.entry} booths={booths} onClose={() => setActing(null)} />
      )}
      {acting?.kind === 'void' && <VoidSaleDialog fairId={fairId} entry={acting.entry} onClose={() => setActing(null)} />}
    </div>
  );
}
