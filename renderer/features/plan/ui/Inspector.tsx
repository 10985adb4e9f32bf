import { Activity, memo } from 'react';
import { BoothKind, BoothType, type Booth, type Feature } from '../../../../shared/model/plan';
import { boothType } from '../editor/boothTypes';
import type { PlanEditor } from '../editor/editor';
import type { EditResult } from '../editor/editorTypes';
import { DimensionForm } from './DimensionForm';
import { Field } from './Field';
import { parseNumber, useProblemText } from './problems';
import { useEditorState } from './useEditor';
import { useWords } from './useWords';

const show = (m: number) => String(Math.round(m * 1000) / 1000).replace('.', ',');

/** Properties of the selection: one booth or feature in full, several booths' zone and kind together. */
export function Inspector({ editor, derived }: { editor: PlanEditor; derived: ReadonlyMap<string, BoothType> }) {
  const t = useWords('plan');
  useEditorState(editor);
  const booths = editor.selectedBooths();
  const features = editor.selectedFeatures();
  const dimensions = editor.selectedDimensions();
  if (dimensions.length === 1 && booths.length === 0 && features.length === 0)
    return <DimensionForm editor={editor} dimension={dimensions[0]!} />;
  const one = booths.length === 1 && features.length === 0 ? booths[0]! : null;
  if (!one && features.length === 1 && booths.length === 0) return <FeatureForm editor={editor} feature={features[0]!} />;
  if (!one && booths.length > 1) return <ManyBooths editor={editor} booths={booths} />;
  // While nothing is selected the booth form is made ready, hidden, in idle time (for the area's first
  // booth): the first press of a booth then fills in a form that exists instead of building it.
  const ready = one ?? (booths.length === 0 ? (editor.areaBooths()[0] ?? null) : null);
  return (
    <>
      {!one && <p className="hint">{t('inspector.none')}</p>}
      {ready && (
        <Activity mode={one ? 'visible' : 'hidden'}>
          <BoothForm editor={editor} booth={ready} derived={one ? derived : NO_TYPES} />
        </Activity>
      )}
    </>
  );
}

const NO_TYPES: ReadonlyMap<string, BoothType> = new Map();

/** Turns an edit result into the message shown under the field (null: it was applied). */
function useApply() {
  const problemText = useProblemText();
  return (result: EditResult) => (result.ok ? null : problemText(result.problem));
}

function useMetres() {
  const t = useWords('plan');
  return (text: string, apply: (m: number) => string | null) => {
    const m = parseNumber(text);
    return m === null ? t('problems.notNumber') : apply(m);
  };
}

/** Memoised: hidden and ready, it is not rendered again by every edit of the plan. */
const BoothForm = memo(function BoothForm({
  editor,
  booth,
  derived,
}: {
  editor: PlanEditor;
  booth: Booth;
  derived: ReadonlyMap<string, BoothType>;
}) {
  const t = useWords('plan');
  const apply = useApply();
  const set = (patch: Partial<Booth>) => apply(editor.updateBooths([{ ...booth, ...patch }]));
  return (
    <form className="plan-inspector" aria-label={t('inspector.title')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('inspector.number')} value={booth.number} onCommit={(v) => set({ number: v.trim() })} />
      <GeometryFields item={booth} set={set} />
      <label className="field">
        <span>{t('inspector.kind')}</span>
        <select value={booth.kind} onChange={(e) => set({ kind: e.target.value as BoothKind })}>
          {BoothKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('inspector.type')}</span>
        <select
          value={booth.typeOverride ?? ''}
          onChange={(e) => set({ typeOverride: e.target.value ? (e.target.value as BoothType) : null })}
        >
          <option value="">
            {t('inspector.typeDerived', { type: t(`types.${boothType({ ...booth, typeOverride: null }, derived)}`) })}
          </option>
          {BoothType.options.map((k) => (
            <option key={k} value={k}>
              {t(`types.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <ZoneSelect editor={editor} value={booth.zoneId} onChange={(zoneId) => set({ zoneId })} />
      <Field
        label={t('inspector.price')}
        inputMode="numeric"
        value={String(booth.priceDong)}
        onCommit={(v) => {
          const n = parseNumber(v.replace(/\./g, ''));
          return n === null || n < 0 || !Number.isInteger(n) ? t('problems.notNumber') : set({ priceDong: n });
        }}
      />
      <Field label={t('inspector.notes')} multiline value={booth.notes} onCommit={(v) => set({ notes: v })} />
      <label className="plan-check">
        <input type="checkbox" checked={booth.locked} onChange={(e) => set({ locked: e.target.checked })} />
        {t('inspector.locked')}
      </label>
    </form>
  );
});

function FeatureForm({ editor, feature }: { editor: PlanEditor; feature: Feature }) {
  const t = useWords('plan');
  const apply = useApply();
  const set = (patch: Partial<Feature>) => apply(editor.updateFeatures([{ ...feature, ...patch }]));
  return (
    <form className="plan-inspector" aria-label={t('inspector.title')} onSubmit={(e) => e.preventDefault()}>
      <p>
        <strong>{t(`features.${feature.kind}`)}</strong>
      </p>
      <Field label={t('inspector.label')} value={feature.label} onCommit={(v) => set({ label: v })} />
      <GeometryFields item={feature} set={set} />
    </form>
  );
}

type Geometry = Pick<Booth, 'widthM' | 'depthM' | 'xM' | 'yM' | 'rotationDeg'>;

/** Size in metres, position and rotation: the same fields for booths and features. */
function GeometryFields({ item, set }: { item: Geometry; set: (patch: Partial<Geometry>) => string | null }) {
  const t = useWords('plan');
  const metres = useMetres();
  const field = (key: keyof Geometry, label: string) => (
    <Field label={label} inputMode="decimal" value={show(item[key])} onCommit={(v) => metres(v, (m) => set({ [key]: m }))} />
  );
  return (
    <>
      <div className="field-row">
        {field('widthM', t('inspector.width'))}
        {field('depthM', t('inspector.depth'))}
      </div>
      <div className="field-row">
        {field('xM', t('inspector.x'))}
        {field('yM', t('inspector.y'))}
      </div>
      {field('rotationDeg', t('inspector.rotation'))}
    </>
  );
}

function ManyBooths({ editor, booths }: { editor: PlanEditor; booths: Booth[] }) {
  const t = useWords('plan');
  const apply = useApply();
  const setAll = (patch: Partial<Booth>) => apply(editor.updateBooths(booths.map((b) => ({ ...b, ...patch }))));
  const same = <K extends keyof Booth>(k: K) => (booths.every((b) => b[k] === booths[0]![k]) ? booths[0]![k] : undefined);
  return (
    <div className="plan-inspector">
      <p>{t('inspector.many', { count: editor.selection.size })}</p>
      <ZoneSelect editor={editor} value={same('zoneId') ?? null} onChange={(zoneId) => setAll({ zoneId })} />
      <label className="field">
        <span>{t('inspector.kind')}</span>
        <select value={same('kind') ?? ''} onChange={(e) => setAll({ kind: e.target.value as BoothKind })}>
          {same('kind') === undefined && <option value="">—</option>}
          {BoothKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function ZoneSelect({ editor, value, onChange }: { editor: PlanEditor; value: string | null; onChange: (zoneId: string | null) => void }) {
  const t = useWords('plan');
  return (
    <label className="field">
      <span>{t('inspector.zone')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('inspector.noZone')}</option>
        {[...editor.doc.zones.values()].map((z) => (
          <option key={z.id} value={z.id}>
            {z.name}
          </option>
        ))}
      </select>
    </label>
  );
}
