// The plan bench page (a separate build entry, never part of the app bundle): draws one generated
// plan with the product's canvas or one of two baselines and exposes hooks for the bench driver.
// `mode=floorview` hosts the read-only FloorView with every callback, for its browser test.
import '@fontsource/be-vietnam-pro/400.css';
import '../../../styles.css';
import { createRoot } from 'react-dom/client';
import { initI18n, loadCatalogues } from '../../../i18n';
import { EditorCanvas } from '../canvas/EditorCanvas';
import { FloorViewHarness } from './FloorViewHarness';
import { zoneFill } from '../canvas/colors';
import { loadCanvasFonts } from '../canvas/konva';
import { PlanEditor } from '../editor/editor';
import { generatedPlan } from './generate';
import { NaivePlan } from './NaivePlan';
import { mountRawCanvas } from './RawCanvasPlan';
import type { BenchSurface } from './surface';

declare global {
  interface Window {
    bench?: { surface: BenchSurface | null; ready: boolean; firstDrawMs: number; boothCount: number; scene?: unknown };
  }
}

const params = new URLSearchParams(window.location.search);
const mode = params.get('mode') ?? 'ours';
const n = Number(params.get('n') ?? '2000');
const { plan } = generatedPlan(n);
const host = document.getElementById('root')!;
const width = window.innerWidth;
const height = window.innerHeight;
const state: NonNullable<Window['bench']> = { surface: null, ready: false, firstDrawMs: 0, boothCount: n };
window.bench = state;
const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

async function start() {
  // The plan's screens show from the start here: their strings are loaded before anything renders.
  initI18n('en');
  await loadCatalogues();
  const t0 = performance.now();
  await loadCanvasFonts();
  if (mode === 'floorview') {
    createRoot(host).render(<FloorViewHarness plan={plan} expose={(s) => (state.surface = s)} />);
  } else if (mode === 'raw') {
    state.surface = mountRawCanvas(host, plan, width, height);
  } else if (mode === 'naive') {
    createRoot(host).render(<NaivePlan plan={plan} width={width} height={height} expose={(s) => (state.surface = s)} />);
  } else {
    const editor = new PlanEditor({ plan });
    const fill = zoneFill(plan);
    createRoot(host).render(
      <div style={{ width, height }}>
        <EditorCanvas
          editor={editor}
          boothFill={fill}
          issueIds={new Set()}
          ariaLabel="bench"
          onRefused={() => undefined}
          onPlaceBlock={() => undefined}
          onReady={(api) => {
            if (!api) return;
            state.scene = api.scene;
            state.surface = {
              toScreen: (p) => ({
                x: p.x * api.scene.currentView.scale + api.scene.currentView.x,
                y: p.y * api.scene.currentView.scale + api.scene.currentView.y,
              }),
              select: (ids) => editor.select(ids),
              selectedCount: () => editor.selection.size,
            };
          }}
        />
      </div>,
    );
  }
  // Drawn: the stage (or canvas) exists with every booth, and one more frame has been painted.
  while (!state.surface || (mode !== 'raw' && !window.Konva?.stages[0]?.getLayers()[0]?.getChildren().length)) await nextFrame();
  await nextFrame();
  state.firstDrawMs = performance.now() - t0;
  state.ready = true;
}

void start();
