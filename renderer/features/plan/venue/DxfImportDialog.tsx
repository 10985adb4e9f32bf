import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaDrawing } from '../../../../shared/model/venue';
import { scaleFromKnownLength } from '../../../../shared/venue/dxf-booths';
import { insideArea } from '../../../../shared/plan/fit';
import {
  detectInUnits,
  drawingContent,
  extentInUnits,
  nearestVertex,
  outlineBox,
  outlineLayers,
  scaleBooth,
} from '../../../../shared/venue/dxf-import';
import { DxfReadError, type DxfDrawing, type DxfProgress } from '../../../../shared/venue/dxf-read';
import { readDxfOffThread } from './readDxfOffThread';
import { pickFile } from '../../../api/files';
import { Dialog } from '../../../ui/Dialog';
import type { PlanEditor } from '../editor/editor';
import { parseNumber, useProblemText } from '../ui/problems';
import { formatNumber } from '../../../../shared/money';
import { DxfPreview } from './DxfPreview';
import { useDxfImport } from './useDxfImport';
import './venue.css';

/** Larger than any venue drawing; a file past it is refused before it is read. */
const MAX_DXF_BYTES = 80 * 1024 * 1024;
const UNITS = [
  ['mm', 0.001],
  ['cm', 0.01],
  ['m', 1],
  ['in', 0.0254],
  ['ft', 0.3048],
] as const;
const BOOTH_LAYER = /gian|booth|stand|ki[oố]t|stall/i;

export const isDxfName = (name: string) => /\.dxf$/i.test(name);

interface Loaded {
  name: string;
  drawing: DxfDrawing;
}

/** Reads a dropped or chosen file; a damaged, binary or DWG file gets a message, never an exception. */
export type DxfRefusal = { problem: string; name: string };

export async function loadDxf(file: File, progress?: DxfProgress): Promise<Loaded | DxfRefusal> {
  if (file.size > MAX_DXF_BYTES) return { problem: 'tooLarge', name: file.name };
  try {
    return { name: file.name, drawing: await readDxfOffThread(new Uint8Array(await file.arrayBuffer()), progress) };
  } catch (e) {
    return { problem: e instanceof DxfReadError ? e.problem : 'damaged', name: file.name };
  }
}

/** How far a DXF being read has come: the plan stays usable meanwhile (the file is read off the window's thread). */
export function ReadingProgress({ fraction }: { fraction: number }) {
  const { t } = useTranslation('venue');
  const percent = Math.round(fraction * 100);
  return (
    <label className="dxf-progress" role="status">
      {t('dxf.progress', { percent })}
      <progress max={100} value={percent} />
    </label>
  );
}

/** A length for the reader, by the UI language (shared helper). */
const fmt = (v: number, digits: number, language: string) => formatNumber(v, language === 'en' ? 'en' : 'vi', digits);
/** A length put into a field: no thousands separator, so that it reads back as typed. */
const fieldText = (v: number, digits: number, language: string) => {
  const text = String(Number(v.toFixed(digits)));
  return language === 'en' ? text : text.replace('.', ',');
};

/**
 * DXF import: choose the layers that become the area's drawing and the layer whose rectangles are
 * booths, confirm the units against one length you know, and land it all as one undoable step.
 */
export function DxfImportDialog({
  editor,
  fairId,
  initial,
  problem = null,
  previous,
  onImported,
  onClose,
}: {
  editor: PlanEditor;
  fairId: string;
  initial: Loaded | null;
  /** A dropped file that could not be read: said at once, with the chance to choose another. */
  problem?: DxfRefusal | null;
  previous: AreaDrawing | null;
  /** After the import landed: the screen shows the whole area. */
  onImported?: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['venue', 'common']);
  const problemText = useProblemText();
  const land = useDxfImport(editor, fairId);
  const [loaded, setLoaded] = useState<Loaded | null>(initial);
  const [error, setError] = useState<string | null>(
    problem ? t(`venue:dxf.problem.${problem.problem}` as 'venue:dxf.problem.damaged', { name: problem.name }) : null,
  );
  /** How far the file being read has come (0…1); null when not reading. */
  const [reading, setReading] = useState<number | null>(null);
  const drawing = loaded?.drawing ?? null;
  const [boothLayer, setBoothLayer] = useState('');
  const [outlineLayer, setOutlineLayer] = useState('');
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const [metresPerUnit, setMetresPerUnit] = useState<number | null>(null);
  const [picked, setPicked] = useState<[number, number][]>([]);
  const [lengthText, setLengthText] = useState('');
  const [lengthError, setLengthError] = useState<string | null>(null);

  const take = (l: Loaded) => {
    setLoaded(l);
    setError(null);
    const booth = l.drawing.layers.find((x) => x.paths > 0 && BOOTH_LAYER.test(x.name))?.name ?? '';
    setBoothLayer(booth);
    setOutlineLayer('');
    setShown(new Set(l.drawing.layers.filter((x) => x.paths > 0 && x.name !== booth).map((x) => x.name)));
    setMetresPerUnit(l.drawing.metresPerUnit);
    setPicked([]);
    setLengthText('');
  };
  const [started, setStarted] = useState(false);
  if (initial && !started) {
    setStarted(true);
    take(initial);
  }
  const open = async (file: File | null) => {
    if (!file) return;
    if (!isDxfName(file.name)) return setError(t('venue:dxf.notDxf', { name: file.name }));
    setReading(0);
    const r = await loadDxf(file, setReading);
    setReading(null);
    if ('problem' in r) setError(t(`venue:dxf.problem.${r.problem}` as 'venue:dxf.problem.damaged', { name: file.name }));
    else take(r);
  };

  const outline = useMemo(() => (drawing && outlineLayer ? outlineBox(drawing, outlineLayer) : null), [drawing, outlineLayer]);
  const detection = useMemo(() => (drawing && boothLayer ? detectInUnits(drawing, boothLayer) : null), [drawing, boothLayer]);
  const pickedUnits = picked.length === 2 ? Math.hypot(picked[1]![0] - picked[0]![0], picked[1]![1] - picked[0]![1]) : null;
  const known = parseNumber(lengthText);
  const confirmed = pickedUnits !== null && pickedUnits > 0 && known !== null && known > 0 && metresPerUnit !== null;
  const taken = useMemo(() => new Set([...editor.doc.booths.values()].map((b) => b.number)), [editor.doc.booths]);
  const clashes = (detection?.booths ?? []).filter((b) => taken.has(b.number)).map((b) => b.number);

  const pick = (at: [number, number], unitsPerPixel: number) => {
    if (!drawing) return;
    const snapped = nearestVertex(drawing, new Set([...shown, boothLayer]), at, unitsPerPixel * 12) ?? at;
    const next = picked.length >= 2 ? [snapped] : [...picked, snapped];
    setPicked(next);
    setLengthError(null);
    if (next.length === 2 && metresPerUnit) {
      const units = Math.hypot(next[1]![0] - next[0]![0], next[1]![1] - next[0]![1]);
      setLengthText(fieldText(units * metresPerUnit, 3, i18n.language));
    }
  };
  const typeLength = (text: string) => {
    setLengthText(text);
    setLengthError(null);
    const m = parseNumber(text);
    if (pickedUnits && m !== null && m > 0) setMetresPerUnit(scaleFromKnownLength(pickedUnits, m));
  };
  const submit = () => {
    if (!drawing || !loaded) return;
    if (!confirmed) return setLengthError(t('venue:dxf.confirmFirst'));
    const mpu = metresPerUnit!;
    const ext = outline ? { width: outline.width, depth: outline.depth } : extentInUnits(drawing);
    const offset: [number, number] = outline ? [outline.x, outline.y] : [0, 0];
    // The closed polyline taken as the area's edges is its outline too: booths off that floor stay out.
    const shape = outline && {
      widthM: outline.width * mpu,
      depthM: outline.depth * mpu,
      outline: outline.points.map(([x, y]) => ({ x: x * mpu, y: y * mpu })),
    };
    const result = land(
      {
        content: drawingContent(drawing, shown, mpu, loaded.name, offset),
        booths: (detection?.booths ?? [])
          .filter((b) => !taken.has(b.number))
          .map((b) => scaleBooth(b, mpu, offset))
          .filter((b) => !shape || insideArea(b, shape)),
        extent: { widthM: ext.width * mpu, depthM: ext.depth * mpu },
        outline: shape?.outline,
      },
      previous,
    );
    if (!result.ok) return setError(problemText(result.problem));
    onClose();
    onImported?.();
  };

  const unitName = drawing?.metresPerUnit ? UNITS.find(([, m]) => m === drawing.metresPerUnit)?.[0] : undefined;
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {t('common:cancel')}
      </button>
      {drawing && (
        <button type="button" className="primary" onClick={submit} disabled={shown.size === 0 && !detection?.booths.length}>
          {t('venue:dxf.import', { count: (detection?.booths.length ?? 0) - clashes.length })}
        </button>
      )}
    </>
  );
  return (
    <Dialog title={t('venue:dxf.title')} open onClose={onClose} footer={footer} wide>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!drawing ? (
        <div
          className="dxf-drop"
          data-testid="dxf-drop"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            e.stopPropagation();
            void open(e.dataTransfer.files[0] ?? null);
          }}
        >
          <p>{t('venue:dxf.empty')}</p>
          <button type="button" className="primary" disabled={reading !== null} onClick={() => void pickFile('.dxf').then(open)}>
            {reading !== null ? t('venue:dxf.reading') : t('venue:dxf.choose')}
          </button>
          {reading !== null && <ReadingProgress fraction={reading} />}
        </div>
      ) : (
        <div className="dxf-import">
          <DxfPreview
            drawing={drawing}
            shown={shown}
            booths={detection?.booths ?? []}
            picked={picked}
            outline={outline}
            onPick={pick}
            label={t('venue:dxf.preview', { name: loaded!.name })}
          />
          <div className="dxf-options">
            <fieldset>
              <legend>{t('venue:dxf.layers')}</legend>
              {drawing.layers
                .filter((l) => l.paths > 0)
                .map((l) => (
                  <label key={l.name} className="plan-check">
                    <input
                      type="checkbox"
                      checked={shown.has(l.name)}
                      onChange={(e) => {
                        const next = new Set(shown);
                        if (e.target.checked) next.add(l.name);
                        else next.delete(l.name);
                        setShown(next);
                      }}
                    />
                    {t('venue:dxf.layer', { name: l.name, count: l.paths })}
                  </label>
                ))}
            </fieldset>
            <label className="field">
              <span>{t('venue:dxf.boothLayer')}</span>
              <select value={boothLayer} onChange={(e) => setBoothLayer(e.target.value)}>
                <option value="">{t('venue:dxf.noBooths')}</option>
                {drawing.layers
                  .filter((l) => l.paths > 0)
                  .map((l) => (
                    <option key={l.name} value={l.name}>
                      {l.name}
                    </option>
                  ))}
              </select>
            </label>
            <label className="field">
              <span>{t('venue:dxf.outlineLayer')}</span>
              <select value={outlineLayer} onChange={(e) => setOutlineLayer(e.target.value)}>
                <option value="">{t('venue:dxf.noOutline')}</option>
                {outlineLayers(drawing).map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
            {detection && (
              <p className="hint" role="status" data-testid="dxf-found">
                {t('venue:dxf.found', { count: detection.booths.length })}
                {detection.unnumbered > 0 && ' ' + t('venue:dxf.unnumbered', { count: detection.unnumbered })}
                {detection.duplicates.length > 0 &&
                  ' ' + t('venue:dxf.duplicates', { numbers: detection.duplicates.slice(0, 8).join(', ') })}
                {clashes.length > 0 && ' ' + t('venue:dxf.clashes', { count: clashes.length, numbers: clashes.slice(0, 8).join(', ') })}
              </p>
            )}
            <fieldset>
              <legend>{t('venue:dxf.units')}</legend>
              <p className="hint">
                {unitName ? t('venue:dxf.unitsSaid', { unit: t(`venue:dxf.unit.${unitName}`) }) : t('venue:dxf.unitsUnknown')}
              </p>
              <label className="field">
                <span>{t('venue:dxf.unitLabel')}</span>
                <select
                  value={UNITS.find(([, m]) => m === metresPerUnit)?.[0] ?? ''}
                  onChange={(e) => {
                    const m = UNITS.find(([u]) => u === e.target.value)?.[1] ?? null;
                    setMetresPerUnit(m);
                    if (m && pickedUnits) setLengthText(fieldText(pickedUnits * m, 3, i18n.language));
                  }}
                >
                  <option value="" disabled>
                    {t('venue:dxf.unit.custom')}
                  </option>
                  {UNITS.map(([u]) => (
                    <option key={u} value={u}>
                      {t(`venue:dxf.unit.${u}`)}
                    </option>
                  ))}
                </select>
              </label>
              <p className="hint" role="status" data-testid="dxf-pick-hint">
                {picked.length < 2
                  ? t('venue:dxf.pickHint', { count: 2 - picked.length })
                  : t('venue:dxf.picked', { units: fmt(pickedUnits ?? 0, 1, i18n.language) })}
              </p>
              <label className="field">
                <span>{t('venue:dxf.knownLength')}</span>
                <input
                  inputMode="decimal"
                  value={lengthText}
                  disabled={picked.length < 2}
                  aria-invalid={lengthError ? 'true' : undefined}
                  onChange={(e) => typeLength(e.target.value)}
                />
                {lengthError && (
                  <span className="field-error" role="alert">
                    {lengthError}
                  </span>
                )}
              </label>
              {metresPerUnit && (
                <p className="hint" data-testid="dxf-size">
                  {t(outline ? 'venue:dxf.outlineSize' : 'venue:dxf.size', {
                    width: fmt((outline?.width ?? extentInUnits(drawing).width) * metresPerUnit, 1, i18n.language),
                    depth: fmt((outline?.depth ?? extentInUnits(drawing).depth) * metresPerUnit, 1, i18n.language),
                  })}
                </p>
              )}
            </fieldset>
          </div>
        </div>
      )}
    </Dialog>
  );
}
