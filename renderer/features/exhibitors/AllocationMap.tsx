import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation, Exhibitor } from '../../../shared/model/exhibitor';
import { mapName } from '../../../shared/model/exhibitor-directory';
import type { Booth, Plan } from '../../../shared/model/plan';
import { useNotices } from '../../ui/notices';
import { FloorView } from '../plan/canvas/FloorView';
import { FindBar } from '../plan/find/FindBar';
import { useBoothInfo } from '../plan/find/useBoothInfo';
import { BoothDetail } from './BoothDetail';
import { DropChoiceDialog, type DropChoice } from './DropChoiceDialog';
import { ExhibitorDetail } from './ExhibitorDetail';
import { EXHIBITOR_DRAG_TYPE, ExhibitorPanel } from './ExhibitorPanel';
import { PricingDialog } from './PricingDialog';
import { RepricingDialog, useRepricing } from './RepricingDialog';
import { STATUS_COLORS } from './StatusBadge';
import { useAllocationActions } from './useAllocationActions';

const NOT_FOR_SALE = '#e9ecef';
const LEGEND = ['free', 'held', 'reserved', 'confirmed', 'paid'] as const;

interface Props {
  fairId: string;
  plan: Plan;
  exhibitors: Exhibitor[];
  allocations: Allocation[];
  selectedExhibitorId: string | null;
  onSelectExhibitor: (id: string | null) => void;
  onEditExhibitor: (e: Exhibitor) => void;
}

/** Drag exhibitors onto booths, move bookings between booths, see status by colour. */
export function AllocationMap({ fairId, plan, exhibitors, allocations, selectedExhibitorId, onSelectExhibitor, onEditExhibitor }: Props) {
  const { t } = useTranslation(['exhibitors', 'planTools']);
  const actions = useAllocationActions(fairId);
  const notices = useNotices();
  const [areaId, setAreaId] = useState(plan.areas[0]?.id ?? '');
  const [boothId, setBoothId] = useState<string | null>(null);
  const [choice, setChoice] = useState<DropChoice | null>(null);
  const [pricing, setPricing] = useState(false);
  const [finding, setFinding] = useState(false);
  const [focus, setFocus] = useState<{ boothId: string } | null>(null);
  const info = useBoothInfo(allocations, exhibitors);
  const areaNames = useMemo(() => new Map(plan.areas.map((a) => [a.id, a.name])), [plan.areas]);
  const [repricing, setRepricing] = useState(false);
  const toReview = useRepricing(fairId).data?.length ?? 0;

  const byBooth = useMemo(() => new Map(allocations.map((a) => [a.boothId, a])), [allocations]);
  const boothById = useMemo(() => new Map(plan.booths.map((b) => [b.id, b])), [plan.booths]);
  const exhibitorById = useMemo(() => new Map(exhibitors.map((e) => [e.id, e])), [exhibitors]);
  const selected = selectedExhibitorId ? exhibitorById.get(selectedExhibitorId) : undefined;
  const highlight = useMemo(() => new Set(selected?.boothIds ?? []), [selected]);

  useEffect(() => {
    if (!plan.areas.some((a) => a.id === areaId)) setAreaId(plan.areas[0]?.id ?? '');
  }, [plan.areas, areaId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') {
        setBoothId(null);
        onSelectExhibitor(null);
      }
      const typing = e.target instanceof HTMLElement && e.target.closest('input, textarea, select');
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f' && !typing) {
        e.preventDefault();
        setFinding(true);
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typing && actions.canUndo) {
        e.preventDefault();
        actions.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSelectExhibitor, actions]);

  const boothFill = useCallback(
    (b: Booth) => (b.kind === 'non_sellable' ? NOT_FOR_SALE : STATUS_COLORS[byBooth.get(b.id)?.status ?? 'free']),
    [byBooth],
  );
  const boothLabel = useCallback((b: Booth) => byBooth.get(b.id)?.exhibitorName, [byBooth]);

  const onExternalDrop = (targetId: string, event: DragEvent) => {
    const exhibitorId = event.dataTransfer?.getData(EXHIBITOR_DRAG_TYPE);
    const exhibitor = exhibitorId ? exhibitorById.get(exhibitorId) : undefined;
    const target = boothById.get(targetId);
    if (!exhibitor || !target) return;
    if (target.kind === 'non_sellable') return notices.info(t('map.notForSale', { booth: target.number }));
    const current = byBooth.get(targetId);
    setBoothId(targetId);
    if (!current) return void actions.allocate(targetId, exhibitor.id);
    if (current.exhibitorId === exhibitor.id) return;
    const own = exhibitor.boothIds.length === 1 ? exhibitor.boothIds[0] : undefined;
    setChoice({
      boothNumber: target.number,
      holder: current.exhibitorName,
      name: mapName(exhibitor),
      canSwap: !!own,
      onSwap: () => own && void actions.swap(own, targetId),
      onReplace: () => void actions.replace(targetId, exhibitor.id),
    });
  };

  const onBoothDrag = (fromId: string, toId: string) => {
    const moving = byBooth.get(fromId);
    const target = boothById.get(toId);
    if (!moving || !target || fromId === toId) return;
    if (target.kind === 'non_sellable') return notices.info(t('map.notForSale', { booth: target.number }));
    const current = byBooth.get(toId);
    setBoothId(toId);
    if (!current) return void actions.move(fromId, toId);
    setChoice({
      boothNumber: target.number,
      holder: current.exhibitorName,
      name: moving.exhibitorName,
      canSwap: true,
      onSwap: () => void actions.swap(fromId, toId),
      onReplace: () => void actions.move(fromId, toId, true),
    });
  };

  /** Selecting an exhibitor shows an area where their booths are, so the highlight is seen. */
  const selectExhibitor = useCallback(
    (id: string | null) => {
      onSelectExhibitor(id);
      setBoothId(null);
      const areas = (id ? (exhibitorById.get(id)?.boothIds ?? []) : []).map((b) => boothById.get(b)?.areaId);
      if (areas.length > 0 && !areas.includes(areaId) && areas[0]) setAreaId(areas[0]);
    },
    [onSelectExhibitor, exhibitorById, boothById, areaId],
  );

  /** A booth found by Ctrl+F: its area is shown, the map zooms to it and its details open. */
  const findBooth = (b: Booth) => {
    setAreaId(b.areaId);
    setBoothId(b.id);
    onSelectExhibitor(null);
    setFocus({ boothId: b.id });
  };
  const found = useMemo(() => new Set(boothId && focus?.boothId === boothId ? [boothId] : []), [boothId, focus]);
  const booth = boothId ? boothById.get(boothId) : undefined;
  const legend = (
    <ul className="exh-legend" aria-label={t('map.legend')}>
      {LEGEND.map((s) => (
        <li key={s}>
          <span className="exh-swatch" style={{ background: STATUS_COLORS[s] }} /> {t(`status.${s}`)}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="exh-map">
      <ExhibitorPanel exhibitors={exhibitors} selectedId={selectedExhibitorId} onSelect={selectExhibitor} />
      <div className="exh-canvas">
        <div className="exh-areas">
          <div role="tablist" aria-label={t('map.area')}>
            {plan.areas.map((a) => (
              <button key={a.id} type="button" role="tab" aria-selected={a.id === areaId} onClick={() => setAreaId(a.id)}>
                {a.name}
              </button>
            ))}
          </div>
          <div className="actions">
            {plan.booths.length > 0 && (
              <button type="button" onClick={() => setFinding(true)} title={`${t('planTools:find.label')} (Ctrl+F)`}>
                {t('planTools:find.label')}…
              </button>
            )}
            {actions.canUndo && (
              <button type="button" onClick={actions.undo} title="Ctrl+Z">
                {t('map.undo')}
              </button>
            )}
            {plan.booths.length > 0 && (
              <button type="button" className="exh-pricing" onClick={() => setPricing(true)}>
                {t('pricing.open')}
              </button>
            )}
            {toReview > 0 && (
              <button type="button" className="exh-review" onClick={() => setRepricing(true)}>
                {t('repricing.open', { count: toReview })}
              </button>
            )}
          </div>
        </div>
        {finding && plan.booths.length > 0 && (
          <FindBar booths={plan.booths} names={info.names} areaNames={areaNames} onPick={findBooth} onClose={() => setFinding(false)} />
        )}
        {plan.booths.length === 0 ? (
          <p className="hint exh-empty">{t('map.noPlan')}</p>
        ) : (
          <FloorView
            plan={plan}
            areaId={areaId}
            boothFill={boothFill}
            boothLabel={boothLabel}
            highlight={found.size > 0 ? found : highlight}
            focus={focus}
            boothTooltip={info.tooltip}
            onBoothClick={(id) => (setBoothId(id), onSelectExhibitor(null))}
            onExternalDrop={onExternalDrop}
            onBoothDrag={onBoothDrag}
            legend={legend}
            ariaLabel={t('views.map')}
          />
        )}
      </div>
      {booth && (
        <BoothDetail
          key={booth.id}
          fairId={fairId}
          booth={booth}
          zone={plan.zones.find((z) => z.id === booth.zoneId)}
          allocation={byBooth.get(booth.id)}
          onClose={() => setBoothId(null)}
        />
      )}
      {!booth && selected && (
        <ExhibitorDetail
          fairId={fairId}
          exhibitor={selected}
          zones={plan.zones}
          onClose={() => onSelectExhibitor(null)}
          onEdit={() => onEditExhibitor(selected)}
          onBooth={(id) => {
            // Their booths may lie in another area: show that area too.
            const b = boothById.get(id);
            if (b) setAreaId(b.areaId);
            setBoothId(id);
          }}
        />
      )}
      {pricing && (
        <PricingDialog
          fairId={fairId}
          plan={plan}
          areaId={areaId}
          takenBoothIds={new Set(byBooth.keys())}
          onClose={() => setPricing(false)}
        />
      )}
      {repricing && <RepricingDialog fairId={fairId} onClose={() => setRepricing(false)} />}
      {choice && <DropChoiceDialog choice={choice} onClose={() => setChoice(null)} />}
    </div>
  );
}
