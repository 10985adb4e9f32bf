import { useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDong } from '../../../shared/money';
import { formatPhone } from '../../../shared/phone';
import type { Exhibitor } from '../../../shared/model/exhibitor';
import type { DirectorySort, SortKey } from '../../../shared/model/exhibitor-directory';
import { useLanguage } from '../../i18n';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 44;
const OVERSCAN = 12;
const COLUMNS: SortKey[] = ['legalName', 'province', 'category', 'ocopStars', 'booths', 'balanceDong'];

interface Props {
  rows: Exhibitor[];
  sort: DirectorySort;
  onSort: (sort: DirectorySort) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onEdit: (e: Exhibitor) => void;
  onDelete: (e: Exhibitor) => void;
}

/** Only the rows in view are in the DOM, so 10,000 exhibitors scroll like 40. */
export function DirectoryTable({ rows, sort, onSort, selectedId, onSelect, onEdit, onDelete }: Props) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const language = useLanguage();
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    setScrollTop(e.currentTarget.scrollTop);
    setHeight(e.currentTarget.clientHeight);
  };

  const header = (key: SortKey) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        className={key === 'balanceDong' ? 'num' : undefined}
      >
        <button type="button" className="exh-sort" onClick={() => onSort({ key, descending: active ? !sort.descending : false })}>
          {t(`column.${key}`)} {active ? (sort.descending ? '▼' : '▲') : ''}
        </button>
      </th>
    );
  };

  return (
    <div className="exh-table-scroll" onScroll={onScroll} data-testid="directory-scroll">
      <table className="table exh-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map(header)}
            <th>{t('column.contact')}</th>
            <th className="visually-hidden">{t('column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr style={{ height: first * ROW_HEIGHT }} aria-hidden />}
          {rows.slice(first, last).map((e, i) => (
            <tr
              key={e.id}
              aria-rowindex={first + i + 2}
              aria-selected={e.id === selectedId}
              className={e.id === selectedId ? 'exh-selected' : undefined}
              tabIndex={0}
              onClick={() => onSelect(e.id)}
              onDoubleClick={() => onEdit(e)}
              onKeyDown={(ev) => {
                if (ev.target !== ev.currentTarget) return;
                if (ev.key === 'Enter') onEdit(e);
                else if (ev.key === ' ') {
                  ev.preventDefault();
                  onSelect(e.id);
                } else if (ev.key === 'Delete') onDelete(e);
              }}
            >
              <td>
                <div className="exh-name">{e.legalName}</div>
                {e.shortName && <div className="hint exh-sub">{e.shortName}</div>}
              </td>
              <td>{e.province}</td>
              <td>{e.category}</td>
              <td aria-label={e.ocopStars ? t('filter.stars', { count: e.ocopStars }) : t('filter.unrated')}>
                {e.ocopStars ? '★'.repeat(e.ocopStars) : '—'}
              </td>
              <td>
                {e.boothNumbers.map((n, k) => (
                  <span key={n} className="exh-booth-chip">
                    {n} <StatusBadge status={e.statuses[k]!} />
                  </span>
                ))}
              </td>
              <td className="num">{e.balanceDong > 0 ? formatDong(e.balanceDong, language) : '—'}</td>
              <td className="exh-sub">
                {e.contactPerson}
                {e.phone && <div className="hint">{formatPhone(e.phone)}</div>}
              </td>
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    onClick={(ev) => (ev.stopPropagation(), onEdit(e))}
                    aria-label={`${t('common:edit')} ${e.legalName}`}
                  >
                    {t('common:edit')}
                  </button>
                  <button
                    type="button"
                    className="danger-text"
                    onClick={(ev) => (ev.stopPropagation(), onDelete(e))}
                    aria-label={`${t('common:delete')} ${e.legalName}`}
                  >
                    {t('common:delete')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
          {last < rows.length && <tr style={{ height: (rows.length - last) * ROW_HEIGHT }} aria-hidden />}
        </tbody>
      </table>
    </div>
  );
}
