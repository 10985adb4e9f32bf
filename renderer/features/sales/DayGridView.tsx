import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { formatDay } from '../../../shared/dates';
import type { PaymentMethod } from '../../../shared/model/common';
import type { DayGrid, SetDayTotalInput } from '../../../shared/model/sales';
import { formatDong, formatNumber } from '../../../shared/money';
import { parseAmount } from '../../../shared/sales-amount';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { useSaleErrors } from './errors';
import { salesKeys, useSalesChanged } from './keys';
import { MethodSelect } from './MethodSelect';
import { useLargeAmountConfirm } from './useLargeAmountConfirm';

type Cell = { boothId: string; booth: string; day: string; revenue: number };

/** Booths × days for staff who collected daily totals on paper; each cell is typed like an amount. */
export function DayGridView({ fairId }: { fairId: string }) {
  const { t } = useTranslation('sales');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const changed = useSalesChanged(fairId);
  const toErrors = useSaleErrors();
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [confirmLarge, confirmDialog] = useLargeAmountConfirm();
  const [problem, setProblem] = useState<{ key: string; text: string } | null>(null);
  const grid = useQuery({ queryKey: salesKeys.grid(fairId), queryFn: () => api.getDayGrid({ fairId }) });
  const save = useMutation({
    mutationFn: (input: SetDayTotalInput) => api.setDayTotal(input),
    onSuccess: (_grid, input) => {
      const row = grid.data?.rows.find((r) => r.boothId === input.boothId);
      notices.info(
        t('grid.saved', { booth: row?.number ?? '', day: formatDay(input.day, language), amount: formatDong(input.amountDong, language) }),
      );
      void changed();
    },
    onError: (error, input) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') void changed();
      const errors = toErrors(error);
      setProblem({ key: `${input.boothId}/${input.day}`, text: errors.amountDong ?? errors.form ?? Object.values(errors)[0] ?? '' });
    },
  });

  const commit = async (cell: Cell, text: string) => {
    const key = `${cell.boothId}/${cell.day}`;
    const parsed = text.trim() === '' || text.trim() === '0' ? ({ ok: true, amount: 0, confirm: false } as const) : parseAmount(text);
    if (!parsed.ok) return setProblem({ key, text: t(`amountErrors.${parsed.error}`) });
    setProblem(null);
    if (parsed.amount === cell.revenue) return;
    if (parsed.confirm && !(await confirmLarge(parsed.amount, cell.booth))) return;
    save.mutate({
      fairId,
      boothId: cell.boothId,
      day: cell.day,
      amountDong: parsed.amount,
      expectedRevenue: cell.revenue,
      method,
      confirmLarge: parsed.confirm,
      reason: t('grid.replacedReason'),
    });
  };

  const data = grid.data;
  if (!data) return null;
  if (data.rows.length === 0) return <p className="empty-state">{t('grid.empty')}</p>;
  return (
    <div className="sales-grid-view">
      <div className="sales-grid-bar">
        <p className="hint">{t('grid.hint')}</p>
        <MethodSelect value={method} onChange={setMethod} label={t('grid.method')} />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem.text}
        </p>
      )}
      <GridTable data={data} language={language} problemKey={problem?.key} onCommit={(cell, text) => void commit(cell, text)} />
      {confirmDialog}
    </div>
  );
}

function GridTable({
  data,
  language,
  problemKey,
  onCommit,
}: {
  data: DayGrid;
  language: 'vi' | 'en';
  problemKey?: string;
  onCommit: (cell: Cell, text: string) => void;
}) {
  const { t } = useTranslation('sales');
  return (
    <table className="table sales-grid">
      <thead>
        <tr>
          <th>{t('grid.booth')}</th>
          <th>{t('grid.exhibitor')}</th>
          {data.days.map((d) => (
            <th key={d} className="num">
              {formatDay(d, language)}
            </th>
          ))}
          <th className="num">{t('grid.total')}</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.boothId}>
            <th scope="row">{row.number}</th>
            <td>{row.exhibitorName}</td>
            {row.cells.map((c, i) => {
              const day = data.days[i]!;
              const cell = { boothId: row.boothId, booth: row.number, day, revenue: c.revenue };
              return (
                <td key={day} className="num">
                  <input
                    // Remounts with fresh text whenever the saved figure changes.
                    key={c.revenue}
                    className="sales-grid-cell"
                    defaultValue={c.revenue ? formatNumber(c.revenue, 'vi') : ''}
                    aria-label={t('grid.cell', { booth: row.number, day: formatDay(day, language) })}
                    aria-invalid={problemKey === `${row.boothId}/${day}` ? true : undefined}
                    title={c.entries > 1 ? t('grid.entries', { count: c.entries }) : undefined}
                    disabled={!row.hasExhibitor && c.revenue === 0}
                    onFocus={(e) => e.currentTarget.select()}
                    onBlur={(e) => onCommit(cell, e.currentTarget.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') e.currentTarget.blur();
                      if (e.key === 'Escape') e.currentTarget.value = c.revenue ? formatNumber(c.revenue, 'vi') : '';
                    }}
                  />
                </td>
              );
            })}
            <td className="num">
              <strong>{formatNumber(row.total, language)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th colSpan={2}>{t('grid.dayTotal')}</th>
          {data.dayTotals.map((v, i) => (
            <td key={data.days[i]} className="num">
              <strong>{formatNumber(v, language)}</strong>
            </td>
          ))}
          <td className="num">
            <strong data-testid="grid-total">{formatDong(data.total, language)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
