// The venue bench page (a separate build entry, never part of the app bundle): reads a 5 MB DXF to
// its preview in the Web Worker and, as the baseline, on the window's thread; then shows the editor
// with that drawing under a generated plan (or without it, `drawing=0`) for the driver to pan.
import '@fontsource/be-vietnam-pro/400.css';
import '../../../styles.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { DEFAULT_DRAWING_PLACEMENT, type AreaDrawing } from '../../../../shared/model/venue';
import { drawingContent, detectInUnits } from '../../../../shared/venue/dxf-import';
import { readDxf, type DxfDrawing } from '../../../../shared/venue/dxf-read';
import { initI18n, loadCatalogues } from '../../../i18n';
import { EditorCanvas } from '../canvas/EditorCanvas';
import { zoneFill } from '../canvas/colors';
import { loadCanvasFonts } from '../canvas/konva';
import { PlanEditor } from '../editor/editor';
import { DxfPreview } from '../venue/DxfPreview';
import { readDxfOffThread } from '../venue/readDxfOffThread';
import { generatedPlan } from './generate';
import { bigVenueDxf } from './venueDxf';

interface ToPreview {
  /** From the file's bytes to its preview on screen. */
  ms: number;
  /** The longest the window went without a frame meanwhile: how long the plan froze. */
  worstFrameMs: number;
}

declare global {
  interface Window {
    venueBench?: {
      ready: boolean;
      bytes: number;
      entities: number;
      worker?: ToPreview;
      mainThread?: ToPreview;
    };
  }
}

const params = new URLSearchParams(window.location.search);
const withDrawing = params.get('drawing') !== '0';
const n = Number(params.get('n') ?? '2000');
const host = document.getElementById('root')!;
const state: NonNullable<Window['venueBench']> = { ready: false, bytes: 0, entities: 0 };
window.venueBench = state;
const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Reads the bytes one way, draws the preview, and times it with the worst gap between frames. */
async function toPreview(
  bytes: Uint8Array,
  read: (b: Uint8Array) => Promise<DxfDrawing>,
): Promise<{ drawing: DxfDrawing; figures: ToPreview }> {
  const box = document.createElement('div');
  box.style.cssText = 'position:absolute;inset:0;background:#fff';
  host.appendChild(box);
  await nextFrame();
  let worst = 0;
  let last = performance.now();
  let sampling = true;
  const sample = (now: number) => {
    worst = Math.max(worst, now - last);
    last = now;
    if (sampling) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  const t0 = performance.now();
  const drawing = await read(bytes.slice());
  const layer = drawing.layers.find((l) => l.name === 'Gian hàng')!.name;
  const booths = detectInUnits(drawing, layer).booths;
  const root = createRoot(box);
  flushSync(() =>
    root.render(
      <DxfPreview
        drawing={drawing}
        shown={new Set(drawing.layers.map((l) => l.name))}
        booths={booths}
        picked={[]}
        outline={null}
        onPick={() => undefined}
        label="bench"
      />,
    ),
  );
  await nextFrame();
  await nextFrame();
  const ms = performance.now() - t0;
  sampling = false;
  worst = Math.max(worst, performance.now() - last);
  root.unmount();
  box.remove();
  return { drawing, figures: { ms, worstFrameMs: worst } };
}

async function start() {
  // The plan's screens show from the start here: their strings are loaded before anything renders.
  initI18n('en');
  await loadCatalogues();
  await loadCanvasFonts();
  const bytes = bigVenueDxf();
  state.bytes = bytes.length;
  const inWorker = await toPreview(bytes, (b) => readDxfOffThread(b));
  state.worker = inWorker.figures;
  state.mainThread = (await toPreview(bytes, async (b) => readDxf(b))).figures;
  const drawing = inWorker.drawing;
  state.entities = drawing.paths.length + drawing.texts.length;

  const { plan } = generatedPlan(n);
  const editor = new PlanEditor({ plan });
  // The walls and booth outlines at 1 mm a unit, on the plan's hall.
  const content = drawingContent(drawing, new Set(drawing.layers.map((l) => l.name)), 0.001, 'bench.dxf');
  const area: AreaDrawing = { areaId: plan.areas[0]!.id, ...content, placement: DEFAULT_DRAWING_PLACEMENT };
  createRoot(host).render(
    <div style={{ width: window.innerWidth, height: window.innerHeight }}>
      <EditorCanvas
        editor={editor}
        boothFill={zoneFill(plan)}
        issueIds={new Set()}
        ariaLabel="bench"
        onRefused={() => undefined}
        onPlaceBlock={() => undefined}
        drawing={withDrawing ? area : null}
      />
    </div>,
  );
  while (!window.Konva?.stages[0]?.getLayers()[0]?.getChildren().length) await nextFrame();
  for (let i = 0; i < 5; i++) await nextFrame();
  state.ready = true;
}

void start();
