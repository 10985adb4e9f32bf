import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';
import { formatDay } from '../../../shared/dates';
import { foldText } from '../../../shared/fold';
import type { PaymentMethod } from '../../../shared/model/common';
import type { DayGrid, DayTotalChange, SetDayTotalInput } from '../../../shared/model/sales';
import { formatDong, formatNumber } from '../../../shared/money';
import { parseAmount } from '../../../shared/amount';
import { canonicalBoothNumber } from '../../../shared/sales-amount';
import { useApi } from '../../api/client';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { useSaleErrors } from './errors';
import { salesKeys, useSalesChanged } from './keys';
import { MethodSelect } from './MethodSelect';
import { useAsk } from './useAsk';
import { useLargeAmountConfirm } from './useLargeAmountConfirm';
import { appReason } from '../../../shared/i18n/reasons';

type Cell = { boothId: string; booth: string; day: string; revenue: number; entries: number };
type Row = DayGrid['rows'][number];

/** Rows whose booth number starts with, or whose exhibitor contains, what was typed (accents ignored). */
export function filterGridRows(rows: readonly Row[], filter: string): Row[] {
  const text = filter.trim();
  if (!text) return [...rows];
  const prefix = canonicalBoothNumber(text);
  const words = foldText(text);
  const upper = text.toUpperCase();
  return rows.filter(
    (r) =>
      r.number.toUpperCase().startsWith(upper) ||
      canonicalBoothNumber(r.number).startsWith(prefix) ||
      foldText(r.exhibitorName).includes(words),
  );
}

/** How many recorded entries a new day figure would void, when that needs asking: clearing, or folding several into one. */
export function entriesVoided(cell: Pick<Cell, 'entries'>, amount: number): number {
  if (amount === 0) return cell.entries;
  return cell.entries > 1 ? cell.entries : 0;
}

/** The next enabled cell of the same day column, down (or up with Shift): Enter walks a column like a paper sheet. */
function moveInColumn(input: HTMLInputElement, step: 1 | -1): void {
  const table = input.closest('table');
  if (!table) return;
  const column = [...table.querySelectorAll<HTMLInputElement>(`input[data-day="${input.dataset.day}"]`)].filter((i) => !i.disabled);
  const next = column[column.indexOf(input) + step];
  if (next) next.focus();
  else input.blur();
}

/** Booths × days for staff who collected daily totals on paper; each cell is typed like an amount. */
export function DayGridView({ fairId }: { fairId: string }) {
  const { t } = useTranslation('sales');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const changed = useSalesChanged(fairId);
  const toErrors = useSaleErrors();
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [filter, setFilter] = useState('');
  const [confirmLarge, confirmDialog] = useLargeAmountConfirm();
  const [ask, askDialog] = useAsk();
  const [problem, setProblem] = useState<{ key: string; text: string } | null>(null);
  // The last change typed here, to undo it: one level, like the entry form's undo.
  const [last, setLast] = useState<{ change: DayTotalChange; booth: string } | null>(null);
  const grid = useQuery({ queryKey: salesKeys.grid(fairId), queryFn: () => api.getDayGrid({ fairId }) });
  const where = (booth: string, day: string) => ({ booth, day: formatDay(day, language) });
  const save = useMutation({
    mutationFn: (input: SetDayTotalInput) => api.setDayTotal(input),
    onSuccess: ({ change }, input) => {
      const row = grid.data?.rows.find((r) => r.boothId === input.boothId);
      notices.info(t('grid.saved', { ...where(row?.number ?? '', input.day), amount: formatDong(input.amountDong, language) }));
      if (change) setLast({ change, booth: row?.number ?? '' });
      void changed();
    },
    onError: (error, input) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') void changed();
      const errors = toErrors(error);
      setProblem({ key: `${input.boothId}/${input.day}`, text: errors.amountDong ?? errors.form ?? Object.values(errors)[0] ?? '' });
    },
  });
  const undo = useMutation({
    mutationFn: (target: NonNullable<typeof last>) => api.undoDayTotal({ fairId, change: target.change, reason: appReason('gridUndone') }),
    onSuccess: (_grid, target) => {
      notices.info(t('grid.undone', { ...where(target.booth, target.change.day), amount: formatDong(target.change.from, language) }));
      setLast(null);
      void changed();
    },
    onError: (error) => {
      setLast(null);
      void changed();
      setProblem({ key: 'undo', text: toErrors(error).form ?? '' });
    },
  });
  const undoLast = () => last && !undo.isPending && undo.mutate(last);

  const commit = async (cell: Cell, text: string, restore: () => void, next: HTMLElement | null) => {
    // A question takes the focus; afterwards the person goes on where they were heading (the cell below).
    const goOn = () => next?.isConnected && next.focus();
    const key = `${cell.boothId}/${cell.day}`;
    const parsed = text.trim() === '' || text.trim() === '0' ? ({ ok: true, amount: 0, confirm: false } as const) : parseAmount(text);
    if (!parsed.ok) return setProblem({ key, text: t(`amountErrors.${parsed.error}`) });
    setProblem(null);
    if (parsed.amount === cell.revenue) return;
    const voids = entriesVoided(cell, parsed.amount);
    if (voids > 0) {
      const values = {
        ...where(cell.booth, cell.day),
        count: voids,
        amount: formatDong(cell.revenue, language),
        total: formatDong(parsed.amount, language),
      };
      const clearing = parsed.amount === 0;
      const agreed = await ask({
        title: t(clearing ? 'grid.clearTitle' : 'grid.foldTitle'),
        body: t(clearing ? 'grid.clearBody' : 'grid.foldBody', values),
        confirmLabel: t(clearing ? 'grid.clearConfirm' : 'grid.foldConfirm', values),
        danger: true,
      });
      goOn();
      // Cancel keeps the entries: the cell shows the recorded figure again.
      if (!agreed) return restore();
    }
    if (parsed.confirm) {
      const agreed = await confirmLarge(parsed.amount, cell.booth);
      goOn();
      if (!agreed) return restore();
    }
    save.mutate({
      fairId,
      boothId: cell.boothId,
      day: cell.day,
      amountDong: parsed.amount,
      expectedRevenue: cell.revenue,
      method,
      confirmLarge: parsed.confirm,
      confirmVoids: voids > 0,
      reason: appReason('dayTotal'),
    });
  };

  const data = grid.data;
  const rows = useMemo(() => filterGridRows(data?.rows ?? [], filter), [data, filter]);
  if (!data) return null;
  if (data.rows.length === 0) return <p className="empty-state">{t('grid.empty')}</p>;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Ctrl+Z undoes the last grid change unless a cell holds text being typed (then it is the cell's own undo).
    const typing = e.target instanceof HTMLInputElement && e.target.value !== e.target.defaultValue;
    if ((e.ctrlKey || e.metaKey) && e.key === 'z' && last && !typing) {
      e.preventDefault();
      undoLast();
    }
  };
  return (
    <div className="sales-grid-view" onKeyDown={onKeyDown}>
      <div className="sales-grid-bar">
        <p className="hint">
          {t('grid.hint')} {t('grid.keys')}
        </p>
        <label className="field sales-grid-filter">
          <span>{t('grid.filter')}</span>
          <input type="search" value={filter} placeholder={t('grid.filterPlaceholder')} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <MethodSelect value={method} onChange={setMethod} label={t('grid.method')} />
        {last && (
          <button
            type="button"
            className="sales-grid-undo"
            aria-label={t('grid.undoLabel', where(last.booth, last.change.day))}
            onClick={undoLast}
            disabled={undo.isPending}
          >
            {t('grid.undo')}
          </button>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem.text}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty-state">{t('grid.filterEmpty', { filter })}</p>
      ) : (
        <GridTable
          data={data}
          rows={rows}
          language={language}
          problemKey={problem?.key}
          onCommit={(cell, text, restore, next) => void commit(cell, text, restore, next)}
        />
      )}
      {confirmDialog}
      {askDialog}
    </div>
  );
}

function GridTable({
  data,
  rows,
  language,
  problemKey,
  onCommit,
}: {
  data: DayGrid;
  rows: readonly Row[];
  language: 'vi' | 'en';
  problemKey?: string;
  onCommit: (cell: Cell, text: string, restore: () => void, next: HTMLElement | null) => void;
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
        {rows.map((row) => (
          <tr key={row.boothId}>
            <th scope="row">{row.number}</th>
            <td>{row.exhibitorName}</td>
            {row.cells.map((c, i) => {
              const day = data.days[i]!;
              const cell = { boothId: row.boothId, booth: row.number, day, revenue: c.revenue, entries: c.entries };
              const shown = c.revenue ? formatNumber(c.revenue, 'vi') : '';
              return (
                <td key={day} className="num">
                  <input
                    // Remounts with fresh text whenever the saved figure changes.
                    key={`${c.revenue}/${c.entries}`}
                    className="sales-grid-cell"
                    data-day={day}
                    defaultValue={shown}
                    aria-label={t('grid.cell', { booth: row.number, day: formatDay(day, language) })}
                    aria-invalid={problemKey === `${row.boothId}/${day}` ? true : undefined}
                    title={c.entries > 1 ? t('grid.entries', { count: c.entries }) : undefined}
                    disabled={!row.hasExhibitor && c.revenue === 0}
                    onFocus={(e) => e.currentTarget.select()}
                    onBlur={(e) => {
                      const input = e.currentTarget;
                      onCommit(
                        cell,
                        input.value,
                        () => (input.value = shown),
                        e.relatedTarget instanceof HTMLElement ? e.relatedTarget : null,
                      );
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        moveInColumn(e.currentTarget, e.shiftKey ? -1 : 1);
                      }
                      if (e.key === 'Escape') e.currentTarget.value = shown;
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
