import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/dates';
import type { SaleBooth, SaleEntry } from '../../../shared/model/sales';
import { formatDong } from '../../../shared/money';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { CorrectSaleDialog, VoidSaleDialog } from './EntryDialogs';
import { salesKeys } from './keys';
import { SaleEntryForm } from './SaleEntryForm';
import { SaleTable } from './SaleTable';

type Acting = { kind: 'correct' | 'void'; entry: SaleEntry } | null;

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
  const list = useQuery({
    queryKey: salesKeys.list(fairId, { day }),
    queryFn: () => api.listSales({ fairId, day, limit: 500 }),
  });
  const data = list.data;

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
        {data && data.entries.length === 0 && <p className="empty-state">{t('list.empty')}</p>}
        {data && data.entries.length > 0 && (
          <>
            <SaleTable
              entries={data.entries}
              onCorrect={(entry) => setActing({ kind: 'correct', entry })}
              onVoid={(entry) => setActing({ kind: 'void', entry })}
            />
            {data.entries.length < data.activeEntries + data.voidedEntries && (
              <p className="hint">{t('list.shownOf', { shown: data.entries.length })}</p>
            )}
          </>
        )}
      </section>
      {acting?.kind === 'correct' && (
        <CorrectSaleDialog fairId={fairId} entry={acting.entry} booths={booths} onClose={() => setActing(null)} />
      )}
      {acting?.kind === 'void' && <VoidSaleDialog fairId={fairId} entry={acting.entry} onClose={() => setActing(null)} />}
    </div>
  );
}
