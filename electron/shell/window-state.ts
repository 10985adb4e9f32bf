/** Where the window was when it was last closed, so it reopens there. */
export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

/**
 * The saved state, or null when the file holds anything else. Checked by hand, not with zod: the
 * window is made before the app's rules (and zod with them) have loaded.
 */
export function parseWindowState(saved: unknown): WindowState | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const s = saved as Record<string, unknown>;
  const int = (v: unknown): v is number => Number.isInteger(v);
  const flag = (v: unknown) => (v === undefined ? false : typeof v === 'boolean' ? v : null);
  const maximized = flag(s.maximized);
  const fullScreen = flag(s.fullScreen);
  if (!int(s.x) || !int(s.y) || !int(s.width) || !int(s.height) || s.width <= 0 || s.height <= 0) return null;
  if (maximized === null || fullScreen === null) return null;
  return { x: s.x, y: s.y, width: s.width, height: s.height, maximized, fullScreen };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 };
export const MIN_SIZE = { width: 960, height: 640 };
/** How much of the title bar must be on a screen for the window to count as reachable. */
const MIN_VISIBLE = 100;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The bounds to open the window with. A saved position is kept only while its title bar is still
 * on one of today's screens (a monitor may have been unplugged); it never opens larger than that
 * screen's work area. Anything unreadable gives the default size, centred on the primary screen.
 */
export function restoreBounds(saved: unknown, workAreas: readonly Rect[]): Rect & { maximized: boolean; fullScreen: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const state = parseWindowState(saved);
  if (!state) return { ...centred(DEFAULT_SIZE, primary), maximized: false, fullScreen: false };
  const titleBar: Rect = { x: state.x, y: state.y, width: state.width, height: 40 };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(MIN_VISIBLE, state.width) && o.height > 0;
  });
  const flags = { maximized: state.maximized, fullScreen: state.fullScreen };
  if (!home) return { ...centred(state, primary), ...flags };
  const width = Math.min(Math.max(state.width, MIN_SIZE.width), home.width);
  const height = Math.min(Math.max(state.height, MIN_SIZE.height), home.height);
  const x = Math.min(Math.max(state.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(state.y, home.y), home.y + home.height - height);
  return { x, y, width, height, ...flags };
}
