import type { AreaBackground, BackgroundPlacement } from '../../../../shared/model/plan';
import type { Point } from '../model/geometry';

/** Where a background image lies on its area: its corners in metres (turned about the top-left corner). */
export interface ImageFrame {
  /** Top-left, top-right, bottom-right, bottom-left. */
  corners: [Point, Point, Point, Point];
  centre: Point;
  /** Unit vectors along the image's width and down its height, as turned. */
  u: Point;
  v: Point;
  widthM: number;
  depthM: number;
}

type Placed = Pick<AreaBackground, 'xM' | 'yM' | 'rotationDeg' | 'metresPerPixel' | 'pixelWidth' | 'pixelHeight'>;

export function imageFrame(bg: Placed): ImageFrame {
  const a = (bg.rotationDeg * Math.PI) / 180;
  // Clockwise on a y-down plan, as the canvas and the printed map turn it.
  const u = { x: Math.cos(a), y: Math.sin(a) };
  const v = { x: -Math.sin(a), y: Math.cos(a) };
  const [widthM, depthM] = [bg.pixelWidth * bg.metresPerPixel, bg.pixelHeight * bg.metresPerPixel];
  const at = (i: number, j: number) => ({ x: bg.xM + u.x * i + v.x * j, y: bg.yM + u.y * i + v.y * j });
  return {
    corners: [at(0, 0), at(widthM, 0), at(widthM, depthM), at(0, depthM)],
    centre: at(widthM / 2, depthM / 2),
    u,
    v,
    widthM,
    depthM,
  };
}

/** Whether a point of the plan lies on the image. */
export function onImage(bg: Placed, p: Point): boolean {
  const f = imageFrame(bg);
  const [dx, dy] = [p.x - bg.xM, p.y - bg.yM];
  const i = dx * f.u.x + dy * f.u.y;
  const j = dx * f.v.x + dy * f.v.y;
  return i >= 0 && i <= f.widthM && j >= 0 && j <= f.depthM;
}

const mm = (v: number) => Math.round(v * 1000) / 1000;

/** Moved by (dx, dy) metres. */
export function movedImage(p: BackgroundPlacement, dx: number, dy: number): BackgroundPlacement {
  return { ...p, xM: mm(p.xM + dx), yM: mm(p.yM + dy) };
}

/**
 * Turned about its centre by the angle the pointer swept around it (from `start` to `now`), to a
 * tenth of a degree; with `snap`, to whole steps of 15°. The result stays within (−180°, 180°].
 */
export function turnedImage(bg: Placed & BackgroundPlacement, start: Point, now: Point, snap: boolean): BackgroundPlacement {
  const { centre } = imageFrame(bg);
  const swept = (Math.atan2(now.y - centre.y, now.x - centre.x) - Math.atan2(start.y - centre.y, start.x - centre.x)) * (180 / Math.PI);
  let deg = bg.rotationDeg + swept;
  deg = snap ? Math.round(deg / 15) * 15 : Math.round(deg * 10) / 10;
  deg = ((((deg + 180) % 360) + 360) % 360) - 180;
  if (deg === -180) deg = 180;
  const turned = imageFrame({ ...bg, rotationDeg: deg, xM: 0, yM: 0 });
  // The top-left corner that keeps the centre where it was.
  return { ...placementOf(bg), rotationDeg: deg, xM: mm(centre.x - turned.centre.x), yM: mm(centre.y - turned.centre.y) };
}

/** Scaled evenly with its top-left corner held, so that the bottom-right corner follows the pointer along the diagonal. */
export function scaledImage(bg: Placed & BackgroundPlacement, now: Point): BackgroundPlacement {
  const f = imageFrame(bg);
  const [dx, dy] = [f.corners[2].x - bg.xM, f.corners[2].y - bg.yM];
  const diag2 = dx * dx + dy * dy;
  const along = ((now.x - bg.xM) * dx + (now.y - bg.yM) * dy) / diag2;
  // Never smaller than a hundredth of what it was: a scale of zero would lose the image.
  const k = Math.max(0.01, along);
  return { ...placementOf(bg), metresPerPixel: Number((bg.metresPerPixel * k).toPrecision(6)) };
}

/** Where the image lies and how it shows, without its bytes. */
export function placementOf(p: BackgroundPlacement): BackgroundPlacement {
  const { xM, yM, metresPerPixel, opacity, visible, rotationDeg, locked } = p;
  return { xM, yM, metresPerPixel, opacity, visible, rotationDeg, locked };
}
