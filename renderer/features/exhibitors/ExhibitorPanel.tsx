import { memo, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibitor } from '../../../shared/model/exhibitor';
import { EMPTY_FILTER, filterDirectory, mapName } from '../../../shared/model/exhibitor-directory';

/** The drag payload type: only our own list's drags are accepted by the map. */
export const EXHIBITOR_DRAG_TYPE = 'application/x-fairfloor-exhibitor';
const SHOWN = 200;

/** Exhibitors to drag onto booths; clicking one selects it and highlights its booths. */
/** Memoised: a click on a booth of the map does not re-render the list. */
export const ExhibitorPanel = memo(function ExhibitorPanel({
  exhibitors,
  selectedId,
  onSelect,
}: {
  exhibitors: Exhibitor[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation('exhibitors');
  const [search, setSearch] = useState('');
  const [withoutBooth, setWithoutBooth] = useState(false);
  const rows = useMemo(
    () =>
      filterDirectory(exhibitors, { ...EMPTY_FILTER, search, status: withoutBooth ? 'none' : '' }, { key: 'legalName', descending: false }),
    [exhibitors, search, withoutBooth],
  );
  const onDragStart = (e: DragEvent, id: string) => {
    e.dataTransfer.setData(EXHIBITOR_DRAG_TYPE, id);
    e.dataTransfer.setData('text/plain', id);
    e.dataTransfer.effectAllowed = 'copyMove';
  };
  return (
    <aside className="exh-panel" aria-label={t('map.panelTitle')}>
      <h2>{t('map.panelTitle')}</h2>
      <p className="hint">{t('map.panelHint')}</p>
      <input
        type="search"
        aria-label={t('filter.search')}
        placeholder={t('filter.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <label className="exh-check">
        <input type="checkbox" checked={withoutBooth} onChange={(e) => setWithoutBooth(e.target.checked)} /> {t('filter.noBooth')}
      </label>
      <ul className="exh-drag-list" role="listbox" aria-label={t('map.panelTitle')}>
        {rows.slice(0, SHOWN).map((e) => (
          <li
            key={e.id}
            role="option"
            aria-selected={e.id === selectedId}
            draggable
            onDragStart={(ev) => onDragStart(ev, e.id)}
            onClick={() => onSelect(e.id === selectedId ? null : e.id)}
            title={e.legalName}
          >
            <span className="exh-drag-name">{mapName(e)}</span>
            <span className="hint">{e.boothNumbers.join(', ')}</span>
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && <p className="hint">{t('filter.count', { shown: SHOWN, total: rows.length })}</p>}
    </aside>
  );
});
