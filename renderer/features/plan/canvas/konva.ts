import Konva from 'konva';

declare global {
  interface Window {
    /** The canvas library, reachable from tests and the developer console to read the stage. */
    Konva?: typeof Konva;
  }
}

if (typeof window !== 'undefined' && !window.Konva) window.Konva = Konva;

export { Konva };

/** Shape ids on the stage: tests and the stage-level handler find booths by them. */
export const boothShapeId = (boothId: string) => `booth-${boothId}`;
export const boothLabelId = (boothId: string) => `booth-label-${boothId}`;
export const featureShapeId = (featureId: string) => `feature-${featureId}`;

const UI_FONTS = ['400 12px "Be Vietnam Pro"', '600 12px "Be Vietnam Pro"'];
export const CANVAS_FONT = '"Be Vietnam Pro", system-ui, sans-serif';

let fontsLoaded: Promise<void> | null = null;

/** Canvas text does not repaint when a font arrives, so the first draw waits for the UI font. */
export function loadCanvasFonts(): Promise<void> {
  fontsLoaded ??= Promise.all(UI_FONTS.map((f) => document.fonts.load(f, 'Gian hàng Ẩm thực 0123')))
    .then(() => undefined)
    .catch(() => undefined);
  return fontsLoaded;
}

/**
 * Marks a group of many nodes that Konva never draws one by one (booths are painted in one pass,
 * labels drawn by the scene): a pan or zoom changes the stage's transform, and Konva would walk
 * every node below to mark its cached transform stale, firing an event per node (about 100 ms a
 * step at 20,000 booths). Konva stops that walk at a cached container and has the nodes below
 * compute their transform afresh when asked, so lookups (`#booth-<id>`, client rects) stay right.
 */
export function withoutTransformWalk<T extends Konva.Container>(group: T): T {
  group.isCached = () => true;
  return group;
}
