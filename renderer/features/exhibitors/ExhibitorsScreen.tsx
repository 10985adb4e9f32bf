import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exhibitor } from '../../../shared/model/exhibitor';
import { distinctValues, EMPTY_FILTER, filterDirectory, type DirectorySort } from '../../../shared/model/exhibitor-directory';
import type { Fair } from '../../../shared/model/fair';
import { useNotices } from '../../ui/notices';
import { AllocationMap } from './AllocationMap';
import { useAllocations, useExhibitors, useOccupancy, usePlan, useRefresh } from './data';
import { DeleteExhibitorDialog } from './DeleteExhibitorDialog';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryTable } from './DirectoryTable';
import { ExhibitorDetail } from './ExhibitorDetail';
import { ExhibitorFormDialog } from './ExhibitorFormDialog';
import { ExhibitorsToolbar } from './ExhibitorsToolbar';
import { OccupancySummary } from './OccupancySummary';
import './exhibitors.css';

type View = 'directory' | 'map';
type Editing = { kind: 'create' } | { kind: 'edit'; exhibitor: Exhibitor } | { kind: 'delete'; exhibitor: Exhibitor } | null;

/** The exhibitor directory and booth allocation of one fair. */
export function ExhibitorsScreen({ fair }: { fair: Fair }) {
  const { t } = useTranslation(['exhibitors', 'common']);
  const notices = useNotices();
  const exhibitors = useExhibitors(fair.id);
  const allocations = useAllocations(fair.id);
  const occupancy = useOccupancy(fair.id);
  const plan = usePlan(fair.id);
  const refresh = useRefresh(fair.id);
  const [view, setView] = useState<View>('map');
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [sort, setSort] = useState<DirectorySort>({ key: 'legalName', descending: false });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  const all = useMemo(() => exhibitors.data ?? [], [exhibitors.data]);
  const deferredFilter = useDeferredValue(filter);
  const rows = useMemo(() => filterDirectory(all, deferredFilter, sort), [all, deferredFilter, sort]);
  const categories = useMemo(() => distinctValues(all, 'category'), [all]);
  const provinces = useMemo(() => distinctValues(all, 'province'), [all]);
  const selected = all.find((e) => e.id === selectedId);

  if (exhibitors.isError)
    return (
      <p role="alert" className="exh-empty">
        {String(exhibitors.error)}
      </p>
    );

  return (
    <div className="exh-screen">
      <header className="exh-head">
        <div className="exh-views" role="tablist" aria-label={t('title')}>
          {(['map', 'directory'] as const).map((v) => (
            <button key={v} type="button" role="tab" aria-selected={view === v} onClick={() => setView(v)}>
              {t(`views.${v}`)}
            </button>
          ))}
        </div>
        {occupancy.data && <OccupancySummary occupancy={occupancy.data} />}
        <ExhibitorsToolbar fair={fair} onAdd={() => setEditing({ kind: 'create' })} />
      </header>

      {exhibitors.isSuccess && all.length === 0 && (
        <div className="empty-state exh-empty">
          <h2>{t('empty.title')}</h2>
          <p className="hint">{t('empty.body')}</p>
        </div>
      )}

      {view === 'map' && plan.data && allocations.data && (
        <AllocationMap
          fairId={fair.id}
          plan={plan.data}
          exhibitors={all}
          allocations={allocations.data}
          selectedExhibitorId={selectedId}
          onSelectExhibitor={setSelectedId}
          onEditExhibitor={(exhibitor) => setEditing({ kind: 'edit', exhibitor })}
        />
      )}

      {view === 'directory' && all.length > 0 && (
        <div className="exh-directory">
          <div className="exh-directory-main">
            <DirectoryFilters
              filter={filter}
              onChange={setFilter}
              categories={categories}
              provinces={provinces}
              shown={rows.length}
              total={all.length}
            />
            {rows.length === 0 ? (
              <p className="hint exh-empty">{t('empty.noMatch')}</p>
            ) : (
              <DirectoryTable
                rows={rows}
                sort={sort}
                onSort={setSort}
                selectedId={selectedId}
                onSelect={setSelectedId}
                onEdit={(exhibitor) => setEditing({ kind: 'edit', exhibitor })}
                onDelete={(exhibitor) => setEditing({ kind: 'delete', exhibitor })}
              />
            )}
          </div>
          {selected && (
            <ExhibitorDetail
              fairId={fair.id}
              exhibitor={selected}
              zones={plan.data?.zones ?? []}
              onClose={() => setSelectedId(null)}
              onEdit={() => setEditing({ kind: 'edit', exhibitor: selected })}
            />
          )}
        </div>
      )}

      {(editing?.kind === 'create' || editing?.kind === 'edit') && (
        <ExhibitorFormDialog
          fairId={fair.id}
          exhibitor={editing.kind === 'edit' ? editing.exhibitor : undefined}
          onClose={() => setEditing(null)}
          onSaved={(e) => {
            notices.info(editing.kind === 'edit' ? t('notices.saved') : t('notices.created', { name: e.legalName }));
            setSelectedId(e.id);
            void refresh();
          }}
        />
      )}
      {editing?.kind === 'delete' && (
        <DeleteExhibitorDialog
          fairId={fair.id}
          exhibitor={editing.exhibitor}
          onClose={() => setEditing(null)}
          onDeleted={() => {
            setSelectedId(null);
            void refresh();
          }}
        />
      )}
    </div>
  );
}
