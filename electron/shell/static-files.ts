import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from '../security';

/**
 * The built interface, served the same way by the desktop app's `app://` protocol and by browser
 * mode's HTTP server: one path check, one set of headers, one content security policy.
 */

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/**
 * The file under `root` that a URL path names, or null when it names none or tries to leave `root`
 * (`..`, encoded slashes, absolute paths, NUL bytes). `/` is the index page.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded.replace(/^[/\\]+/, '') || 'index.html';
  const base = resolve(root);
  const file = resolve(base, normalize(wanted));
  const inside = relative(base, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return null;
  if (!existsSync(file) || statSync(file).isDirectory()) return null;
  return file;
}

/** The file an `app://fairfloor/…` request asks for; null for another host or a path outside the interface. */
export function resolveAppUrl(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveInside(root, url.pathname);
}

/** Headers for one file of the interface: its type, the CSP, and caching (the page itself never cached). */
export function staticHeaders(file: string): Record<string, string> {
  const isHtml = extname(file) === '.html';
  return {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
  };
}

/** The interface's index page, or null when the interface is not built. */
export function indexFile(root: string): string | null {
  const file = join(root, 'index.html');
  return existsSync(file) ? file : null;
}
