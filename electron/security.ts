import { safeFileName } from '../shared/file-name';
/** One policy for both the desktop window and browser mode: only the app's own files run. */
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

/** The window may only show the app itself: its index page, at any of its hash routes. */
export function isOwnPage(url: string, rendererUrl: string): boolean {
  return url === rendererUrl || url.startsWith(`${rendererUrl}#`);
}

/**
 * The name a PDF handed to the system viewer gets: no folders, no other extension. The viewer
 * is chosen by extension, so a name ending in anything but `.pdf` could start another program.
 */
export function safePdfName(requested: string): string {
  const base = requested.split(/[\\/]/).pop() ?? '';
  return safeFileName(base.replace(/\.pdf$/i, ''), '.pdf');
}
