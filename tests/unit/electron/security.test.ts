import { describe, expect, it } from 'vitest';
import { isOwnPage, safePdfName } from '../../../electron/security';

describe('the desktop window stays on the app', () => {
  const index = 'file:///opt/FairFloor/resources/app.asar/dist/renderer/index.html';

  it('allows the index page and its hash routes, nothing else', () => {
    expect(isOwnPage(index, index)).toBe(true);
    expect(isOwnPage(`${index}#/fair/abc/plan`, index)).toBe(true);
    expect(isOwnPage('https://example.com/', index)).toBe(false);
    expect(isOwnPage('file:///etc/passwd', index)).toBe(false);
    expect(isOwnPage(`${index}.evil.html`, index)).toBe(false);
    expect(isOwnPage(`${index}?next=https://example.com`, index)).toBe(false);
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
