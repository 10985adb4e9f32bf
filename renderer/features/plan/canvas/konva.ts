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
