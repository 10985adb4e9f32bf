import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  label: string;
  cell: (row: T) => ReactNode;
  num?: boolean;
  /** Shown in the footer row; omit for no footer cell. */
  total?: ReactNode;
}

interface BreakdownProps<T> {
  title: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** Long lists show this many rows until the person asks for all. */
  limit?: number;
  testId?: string;
}

/** One titled table of a dashboard dimension, with its total row so each view can be checked against the fair total. */
export function Breakdown<T>({ title, rows, columns, rowKey, limit, testId }: BreakdownProps<T>) {
  const { t } = useTranslation('reports');
  const [all, setAll] = useState(false);
  const shown = limit && !all ? rows.slice(0, limit) : rows;
  const hasTotal = columns.some((c) => c.total !== undefined);
  return (
    <section className="reports-card" data-testid={testId}>
      <h2>{title}</h2>
      <table className="table reports-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} className={c.num ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.label} className={c.num ? 'num' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {hasTotal && (
          <tfoot>
            <tr>
              {columns.map((c, i) => (
                <th key={c.label} className={c.num ? 'num' : undefined}>
                  {i === 0 ? t('total') : c.total}
                </th>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {limit !== undefined && rows.length > limit && (
        <button type="button" className="link reports-more" onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showAll', { count: rows.length })}
        </button>
      )}
    </section>
  );
}
