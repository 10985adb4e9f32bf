import { useQuery } from '@tanstack/react-query';
import { useWords } from './useWords';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Booth, BoothStatus, BoothType, Feature } from '../../../../shared/model/plan';
import { useApi } from '../../../api/client';
import { EditorCanvas, type CanvasApi } from '../canvas/EditorCanvas';
import type { ActionContext, ActionHost, Dialog } from '../editor/actions';
import { derivedTypes } from '../editor/boothTypes';
import { checkArea, checkPlan, DEFAULT_MIN_AISLE_M, duplicateNumbers, type CheckedIssue } from '../editor/checks';
import { addBooths, itemsBounds, type EditProblem } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { generateBlock, type BlockSpec } from '../editor/generator';
import { BackgroundPanel } from '../background/BackgroundPanel';
import { CalibrateDialog } from '../background/CalibrateDialog';
import { placementOf, useBackground } from '../background/useBackground';
import type { Point } from '../model/geometry';
import { AreaBar } from './AreaBar';
import { AreaDialog, listNumbers } from './AreaDialog';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { boothsCovered } from '../../../../shared/plan/checks';
import { ChecksPanel } from './ChecksPanel';
import { Legend, useColoring, type ColorBy } from './colorBy';
import { GeneratorDialog } from './GeneratorDialog';
import { Inspector } from './Inspector';
import { useProblemText } from './problems';
import { RenumberDialog } from './RenumberDialog';
import { ShortcutHelp } from './ShortcutHelp';
import { Toolbar } from './Toolbar';
import { useEditorSelect } from './useEditor';
import { useShortcuts } from './useShortcuts';
import { ZonesPanel } from './ZonesPanel';
import { statusesKey } from '../keys';
import { useAllocations, useExhibitors } from '../../exhibitors/data';
import type { Measurement } from '../canvas/measure';
import { FindBar } from '../find/FindBar';
import { useBoothInfo } from '../find/useBoothInfo';
import { bounds } from '../model/geometry';
import { ContextMenu } from './ContextMenu';
import { MeasureStatus } from './MeasureStatus';
import { OutlineStatus, useOutlineRefusal } from './OutlineStatus';
import { SiteOverview } from '../site/SiteOverview';
import { useNumberSkip } from './skipList';
import { useVenueDrawing } from '../venue/useVenueDrawing';

type Panel = 'inspector' | 'zones' | 'checks' | 'background';

const NO_TYPES: ReadonlyMap<string, BoothType> = new Map();

/** The derived type of the one inspected booth, from its neighbours found in the editor's index (not every booth). */
function inspectedType(editor: PlanEditor, areaBooths: readonly Booth[], features: readonly Feature[], id: string | null) {
  const booth = id ? editor.doc.booths.get(id) : undefined;
  if (!booth) return NO_TYPES;
  const box = bounds(booth);
  const near = editor.index().within({ x: box.x - 1, y: box.y - 1, width: box.width + 2, height: box.height + 2 }, true);
  return derivedTypes(near.includes(booth) ? near : areaBooths, features, [booth.id]);
}

/** The inspector with the inspected booth's type: the one part of the screen a change of selection re-renders. */
function InspectorPanel(props: {
  editor: PlanEditor;
  /** Every booth's type when the plan is coloured by type; else only the inspected booth's is found. */
  allTypes: ReadonlyMap<string, BoothType> | null;
  areaBooths: readonly Booth[];
  areaFeatures: readonly Feature[];
}) {
  const { editor, allTypes, areaBooths, areaFeatures } = props;
  const single = useEditorSelect(editor, (e) => {
    const booths = e.selectedBooths();
    return booths.length === 1 ? booths[0]!.id : null;
  });
  const derived = useMemo(
    () => allTypes ?? inspectedType(editor, areaBooths, areaFeatures, single),
    [allTypes, editor, areaBooths, areaFeatures, single],
  );
  return <Inspector editor={editor} derived={derived} />;
}

/** The editor's screen: toolbar, areas, canvas, and a side panel for properties, zones and checks. */
export function PlanWorkbench({ editor, fairId }: { editor: PlanEditor; fairId: string }) {
  const t = useWords('plan');
  // Only what this screen shows: a press that selects a booth re-renders the inspector, not the screen.
  const doc = useEditorSelect(editor, (e) => e.doc);
  const area = useEditorSelect(editor, (e) => e.area);
  const tool = useEditorSelect(editor, (e) => e.tool);
  const areaBooths = useEditorSelect(editor, (e) => e.areaBooths());
  const problemText = useProblemText();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [help, setHelp] = useState(false);
  const [panel, setPanel] = useState<Panel>('inspector');
  const [colorBy, setColorBy] = useState<ColorBy>('zone');
  const [minAisle, setMinAisle] = useState(DEFAULT_MIN_AISLE_M);
  const [refusal, setRefusal] = useState<string | null>(null);
  const canvas = useRef<CanvasApi | null>(null);
  const clipboard = useRef<ActionHost['clipboard']>({ items: [] });
  const bg = useBackground(fairId, area?.id ?? null, editor);
  const [calibration, setCalibration] = useState<[Point, Point] | null>(null);
  const [finding, setFinding] = useState(false);
  const [menu, setMenu] = useState<{ client: Point; at: Point } | null>(null);
  const [measurement, setMeasurement] = useState<Measurement | null>(null);
  const [outlineCorners, setOutlineCorners] = useState<number | null>(null);
  const outlineRefused = useOutlineRefusal(setRefusal, problemText);
  const [site, setSite] = useState(false);
  const booking = useBoothInfo(useAllocations(fairId).data, useExhibitors(fairId).data);
  const keepSkip = useNumberSkip(editor, fairId);
  const venue = useVenueDrawing(
    editor,
    fairId,
    area,
    {
      scale: () => canvas.current?.scene.currentView.scale ?? 1,
      fitArea: () => canvas.current?.fitArea(),
    },
    { placement: bg.background && placementOf(bg.background), place: bg.place },
  );

  const refused = useCallback((p: EditProblem) => setRefusal(problemText(p)), [problemText]);
  const tv = useWords('venue');
  /** The measured chain kept on the plan: one dimension line per segment, all in one undo step. */
  const keepDimensions = (points: Point[]) => {
    const result = editor.addDimensions(points);
    if (!result.ok) return refused(result.problem);
    editor.setTool({ kind: 'select' });
  };
  // A save refused because the booths changed elsewhere: say so; the plan reloads from the file.
  const meanwhile = useEditorSelect(editor, (e) => e.refusedMeanwhile);
  useEffect(() => {
    if (meanwhile > 0) setRefusal(t('conflict.changedMeanwhile'));
  }, [meanwhile, t]);
  const ctx = useMemo<ActionContext>(() => {
    const host: ActionHost = {
      openDialog: setDialog,
      zoomToFit: () => canvas.current?.fitArea(),
      zoomToSelection: () => {
        const box = itemsBounds(editor.doc, editor.selection);
        if (box) canvas.current?.zoomTo(box);
      },
      toggleHelp: () => setHelp((h) => !h),
      refused,
      clipboard: clipboard.current,
      openFind: () => setFinding(true),
      viewCentre: () => canvas.current?.viewCentre() ?? null,
    };
    return { editor, host };
  }, [editor, refused]);
  useShortcuts(ctx);

  const areaFeatures = useMemo(() => [...doc.features.values()].filter((f) => f.areaId === area?.id), [doc.features, area]);
  // Colouring by type needs every booth's type; otherwise only the inspected booth's. Kept apart so
  // that selecting a booth never gives the canvas a new colouring (which would repaint every booth).
  const allTypes = useMemo(
    () => (colorBy === 'type' ? derivedTypes(areaBooths, areaFeatures) : NO_TYPES),
    [colorBy, areaBooths, areaFeatures],
  );
  const api = useApi();
  const statusQuery = useQuery({
    queryKey: statusesKey(fairId),
    queryFn: () => api.getBoothStatuses({ fairId }),
    enabled: colorBy === 'status',
    staleTime: 0,
  });
  const statuses = useMemo(
    () => new Map<string, BoothStatus>((statusQuery.data ?? []).map((s) => [s.boothId, s.status])),
    [statusQuery.data],
  );
  const coloring = useColoring(
    colorBy,
    useMemo(() => [...doc.zones.values()], [doc.zones]),
    allTypes,
    statuses,
  );
  const [allAreas, setAllAreas] = useState(false);
  const issues = useMemo<CheckedIssue[]>(() => {
    if (panel !== 'checks' || !area) return [];
    if (allAreas) return checkPlan(editor.plan, minAisle);
    const areaIds = new Set(areaBooths.map((b) => b.id));
    const dups = duplicateNumbers([...doc.booths.values()]).filter((i) => i.ids.some((id) => areaIds.has(id)));
    return [...dups, ...checkArea(area, areaBooths, areaFeatures, minAisle)].map((issue) => ({ areaId: area.id, issue }));
  }, [panel, area, areaBooths, areaFeatures, minAisle, allAreas, editor, doc]);
  const issueIds = useMemo(() => new Set(issues.flatMap((i) => i.issue.ids)), [issues]);
  const areaNames = useMemo(() => new Map([...doc.areas.values()].map((a) => [a.id, a.name])), [doc.areas]);

  // A generated block that would cover booths already there waits for the organizer's word.
  const [covering, setCovering] = useState<{ booths: Booth[]; covered: Booth[] } | null>(null);
  const landBlock = useCallback(
    (booths: Booth[]) => {
      const result = editor.commit(addBooths(booths), 'generate');
      if (!result.ok) return setRefusal(problemText(result.problem));
      editor.setTool({ kind: 'select' });
      editor.select(booths.map((b) => b.id));
    },
    [editor, problemText],
  );
  const placeBlock = useCallback(
    (spec: BlockSpec, at: { xM: number; yM: number }) => {
      if (!editor.areaId) return;
      const booths = generateBlock(spec, editor.areaId, at, editor.newId);
      const covered = boothsCovered(booths, editor.areaBooths());
      if (covered.length > 0) setCovering({ booths, covered });
      else landBlock(booths);
    },
    [editor, landBlock],
  );
  const findBooth = (booth: Booth) => {
    if (booth.areaId !== editor.areaId) editor.setArea(booth.areaId);
    editor.select([booth.id]);
    // The canvas of another area is ready on the next frame.
    requestAnimationFrame(() => canvas.current?.zoomTo(bounds(booth)));
  };
  const closeMenu = useCallback(() => setMenu(null), []);
  const newArea = useCallback(() => setDialog('newArea'), []);
  const editArea = useCallback(() => setDialog('editArea'), []);
  const onReady = useCallback((api: CanvasApi | null) => void (canvas.current = api), []);
  const goTo = ({ areaId, issue }: CheckedIssue) => {
    if (areaId && areaId !== editor.areaId) editor.setArea(areaId);
    editor.select(issue.ids);
    const box = itemsBounds(editor.doc, issue.ids);
    if (box) canvas.current?.zoomTo(box);
  };

  return (
    <div className="plan-screen">
      <Toolbar ctx={ctx} />
      <AreaBar editor={editor} onNew={newArea} onEdit={editArea} site={site} onSite={setSite} />
      {refusal && (
        <p className="plan-refusal" role="alert">
          {refusal}
          <button type="button" className="link" onClick={() => setRefusal(null)}>
            ×
          </button>
        </p>
      )}
      {venue.hint && (
        <p className="plan-placing hint" role="status">
          {venue.hint}
        </p>
      )}
      {/* One line of fixed height for the tool's status: it never pushes the canvas under the pointer mid-gesture. */}
      <div className="plan-tool-status">
        {tool.kind === 'calibrate' && !venue.aligning && (
          <p className="plan-placing hint" role="status">
            {t('background.calibrating')}
          </p>
        )}
        {tool.kind === 'measure' && <MeasureStatus measurement={measurement} onKeep={keepDimensions} />}
        {tool.kind === 'outline' && area && !site && <OutlineStatus area={area} corners={outlineCorners} />}
        {tool.kind === 'background' && (
          <p className="plan-placing hint" role="status" data-testid="image-status">
            {bg.background?.locked ? tv('image.locked') : bg.background ? tv('image.hint') : t('background.empty')}
          </p>
        )}
        {tool.kind === 'dimension' && (
          <p className="plan-placing hint" role="status" data-testid="dimension-status">
            {tv('dimension.hint')}
          </p>
        )}
        {tool.kind === 'block' && (
          <p className="plan-placing hint" role="status">
            {t('generator.placing', { count: tool.spec.rows * tool.spec.cols })}
          </p>
        )}
      </div>
      <div className="plan-body">
        <div className="plan-main" onDrop={venue.onDrop}>
          {finding && (
            <FindBar
              booths={[...doc.booths.values()]}
              names={booking.names}
              areaNames={areaNames}
              onPick={findBooth}
              onClose={() => setFinding(false)}
            />
          )}
          {site ? (
            <SiteOverview editor={editor} onOpen={(id) => (editor.setArea(id), setSite(false))} onRefused={refused} />
          ) : area ? (
            <EditorCanvas
              editor={editor}
              boothFill={coloring.fill}
              issueIds={issueIds}
              ariaLabel={t('canvas', { area: area.name })}
              legend={<Legend entries={coloring.legend} />}
              onRefused={refused}
              onPlaceBlock={placeBlock}
              onReady={onReady}
              background={bg.background}
              onPlaceBackground={(p, action) => {
                const result = bg.place(p, action);
                if (!result.ok) refused(result.problem);
              }}
              drawing={venue.drawing}
              onCalibrate={(a, b) => venue.takePoints(a, b) || setCalibration([a, b])}
              onMeasure={setMeasurement}
              onContextMenu={(client, at) => setMenu({ client, at })}
              boothTooltip={booking.tooltip}
              onOutlineRefused={outlineRefused}
              onOutlineProgress={setOutlineCorners}
            />
          ) : (
            <div className="empty-state plan-empty">
              <p>{t('noAreas')}</p>
              <button type="button" className="primary" onClick={() => setDialog('newArea')}>
                {t('area.new')}
              </button>
            </div>
          )}
        </div>
        <aside className="plan-side">
          <div role="tablist" className="plan-side-tabs">
            {(['inspector', 'zones', 'checks', 'background'] as const).map((p) => (
              <button key={p} type="button" role="tab" aria-selected={panel === p} onClick={() => setPanel(p)}>
                {p === 'inspector' ? t('inspector.title') : t(`${p}.title`)}
              </button>
            ))}
          </div>
          <label className="field plan-inline-field">
            <span>{t('colorBy.label')}</span>
            <select value={colorBy} onChange={(e) => setColorBy(e.target.value as ColorBy)}>
              {(['zone', 'type', 'kind', 'status'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`colorBy.${c}`)}
                </option>
              ))}
            </select>
          </label>
          {panel === 'inspector' && (
            <InspectorPanel
              editor={editor}
              allTypes={colorBy === 'type' ? allTypes : null}
              areaBooths={areaBooths}
              areaFeatures={areaFeatures}
            />
          )}
          {panel === 'zones' && <ZonesPanel editor={editor} />}
          {panel === 'background' && area && (
            <BackgroundPanel editor={editor} area={area} bg={bg} aligning={venue.imageAligning} onAlign={venue.alignImage} />
          )}
          {panel === 'background' && venue.panel}
          {panel === 'checks' && (
            <ChecksPanel
              issues={issues}
              minAisle={minAisle}
              onMinAisle={setMinAisle}
              onGo={goTo}
              allAreas={allAreas}
              onAllAreas={setAllAreas}
              areaNames={areaNames}
            />
          )}
        </aside>
      </div>
      {(dialog === 'newArea' || (dialog === 'editArea' && area)) && (
        <AreaDialog editor={editor} area={dialog === 'editArea' ? (area ?? null) : null} onClose={() => setDialog(null)} />
      )}
      {dialog === 'generate' && <GeneratorDialog editor={editor} onClose={() => setDialog(null)} />}
      {dialog === 'renumber' && <RenumberDialog editor={editor} onKeepSkip={keepSkip} onClose={() => setDialog(null)} />}
      {menu && <ContextMenu ctx={ctx} client={menu.client} at={menu.at} onClose={closeMenu} />}
      {calibration && bg.background && (
        <CalibrateDialog
          background={bg.background}
          points={calibration}
          onApply={(p) => bg.place(p, 'calibrate background')}
          onClose={() => setCalibration(null)}
        />
      )}
      {venue.dialog}
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
      <ConfirmDialog
        open={!!covering}
        title={t('warn.blockOverTitle')}
        body={t('warn.blockOver', { count: covering?.covered.length ?? 0, numbers: listNumbers(covering?.covered ?? []) })}
        confirmLabel={t('warn.blockOverConfirm')}
        onConfirm={() => {
          if (covering) landBlock(covering.booths);
          setCovering(null);
        }}
        onCancel={() => setCovering(null)}
      />
    </div>
  );
}
