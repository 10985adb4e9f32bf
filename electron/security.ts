import { safeFileName } from '../shared/file-name';

/** The desktop window's origin: a privileged standard scheme, so the page is a secure context of its own. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fairfloor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The one content security policy: sent by the desktop app's `app://` protocol and by browser
 * mode's HTTP server alike (electron/shell/static-files.ts), never copied into the page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The window may only show the app itself: any page of its own origin, at any hash route. */
export function isOwnPage(url: string, origin: string = APP_ORIGIN): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === origin && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** What the IPC checks need of a frame: Electron's WebFrameMain, reduced to plain data. */
export interface FrameLike {
  url: string;
}

/**
 * A call is trusted only from the main frame of the app's own window showing the app's own page:
 * not from an iframe, another window, or a page the window was somehow navigated to.
 */
export function isAppFrame(frame: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined): boolean {
  return !!frame && !!mainFrame && frame === mainFrame && isOwnPage(frame.url);
}

/**
 * The name a PDF handed to the system viewer gets: no folders, no other extension. The viewer
 * is chosen by extension, so a name ending in anything but `.pdf` could start another program.
 */
export function safePdfName(requested: string): string {
  const base = requested.split(/[\\/]/).pop() ?? '';
  return safeFileName(base.replace(/\.pdf$/i, ''), '.pdf');
}
