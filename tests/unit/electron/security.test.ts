import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, CONTENT_SECURITY_POLICY, isAppFrame, isOwnPage, safePdfName } from '../../../electron/security';
import { staticHeaders } from '../../../electron/shell/static-files';

describe('the desktop window stays on the app', () => {
  it('allows the app origin and its hash routes, nothing else', () => {
    expect(isOwnPage(APP_INDEX_URL)).toBe(true);
    expect(isOwnPage(`${APP_INDEX_URL}#/fair/abc/plan`)).toBe(true);
    expect(isOwnPage('https://example.com/')).toBe(false);
    expect(isOwnPage('file:///opt/FairFloor/resources/app.asar/dist/renderer/index.html')).toBe(false);
    expect(isOwnPage('app://fairfloor.evil.example/index.html')).toBe(false);
    expect(isOwnPage('app://user:pw@fairfloor/index.html')).toBe(false);
    expect(isOwnPage('not a url')).toBe(false);
  });

  it('trusts only the main frame of the app window, and only while it shows the app', () => {
    const main = { url: `${APP_INDEX_URL}#/` };
    expect(isAppFrame(main, main)).toBe(true);
    expect(isAppFrame({ url: APP_INDEX_URL }, main)).toBe(false); // an iframe with the same page
    expect(isAppFrame(null, main)).toBe(false);
    expect(isAppFrame(main, null)).toBe(false); // the window is gone
    const wandered = { url: 'https://example.com/' };
    expect(isAppFrame(wandered, wandered)).toBe(false);
  });

  it('has one CSP, which the interface is served with', () => {
    expect(staticHeaders('/x/index.html')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('a PDF handed to the system viewer', () => {
  it('keeps a Vietnamese name and always ends in .pdf', () => {
    expect(safePdfName('Sơ đồ gian hàng – Vườn hoa Kim Đồng.pdf')).toBe('Sơ đồ gian hàng – Vườn hoa Kim Đồng.pdf');
    expect(safePdfName('Báo cáo')).toBe('Báo cáo.pdf');
    expect(safePdfName('report.PDF')).toBe('report.pdf');
  });

  it('cannot climb out of its folder or become a program', () => {
    expect(safePdfName('../../.bashrc')).toBe('bashrc.pdf');
    expect(safePdfName('C:\\Windows\\evil.exe')).toBe('evil.exe.pdf');
    expect(safePdfName('a/b/c.pdf')).toBe('c.pdf');
    expect(safePdfName('x\u0000y<>:"|?*.pdf')).toBe('xy.pdf');
    expect(safePdfName('')).toBe('FairFloor.pdf');
    expect(safePdfName('...')).toBe('FairFloor.pdf');
  });
});
