import { mkdtempSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintPdfInput, SaveFileInput } from '../../../electron/shell/desktop-channels';
import { TempPdfs } from '../../../electron/shell/temp-pdfs';
import { UPDATER_SETTINGS, updatePolicy } from '../../../electron/shell/updates';
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds } from '../../../electron/shell/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('the window reopens where it was', () => {
  it('keeps a saved position that is still on a screen', () => {
    expect(restoreBounds({ x: 1500, y: 100, width: 1400, height: 900, maximized: true }, [laptop, monitor])).toEqual({
      x: 1500,
      y: 100,
      width: 1400,
      height: 900,
      maximized: true,
      fullScreen: false,
    });
  });

  it('comes back to the main screen when its monitor was unplugged', () => {
    const bounds = restoreBounds({ x: 1500, y: 100, width: 1400, height: 900 }, [laptop]);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(laptop.width);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(laptop.height);
  });

  it('is pulled back inside a screen it hangs off, and never opens larger than the screen or smaller than the minimum', () => {
    const bounds = restoreBounds({ x: 900, y: -20, width: 3000, height: 300 }, [laptop]);
    expect(bounds).toMatchObject({ x: 0, y: 0, width: laptop.width, height: MIN_SIZE.height });
  });

  it('starts centred at the default size when nothing (or nonsense) was saved', () => {
    for (const saved of [
      null,
      {},
      { x: 'a' },
      { x: 0, y: 0, width: -5, height: 10 },
      { x: 0.5, y: 0, width: 900, height: 700 },
      { x: 0, y: 0, width: 900, height: 700, maximized: 'yes' },
      'garbage',
    ]) {
      expect(restoreBounds(saved, [monitor])).toEqual({
        x: monitor.x + (monitor.width - DEFAULT_SIZE.width) / 2,
        y: monitor.y + (monitor.height - DEFAULT_SIZE.height) / 2,
        ...DEFAULT_SIZE,
        maximized: false,
        fullScreen: false,
      });
    }
  });
});

describe('updates', () => {
  it('are skipped, with one line saying why, unless a packaged build has an https feed', () => {
    expect(updatePolicy({ feedUrl: 'https://updates.example.vn/fairfloor/', isPackaged: false })).toEqual({
      enabled: false,
      reason: 'Updates: skipped (development build).',
    });
    expect(updatePolicy({ feedUrl: '', isPackaged: true })).toMatchObject({
      enabled: false,
      reason: expect.stringMatching(/^Updates: skipped \(no update address/),
    });
    expect(updatePolicy({ feedUrl: undefined, isPackaged: true }).enabled).toBe(false);
    expect(updatePolicy({ feedUrl: 'http://updates.example.vn/', isPackaged: true })).toMatchObject({
      enabled: false,
      reason: expect.stringContaining('https'),
    });
    expect(updatePolicy({ feedUrl: 'not a url', isPackaged: true }).enabled).toBe(false);
    expect(updatePolicy({ feedUrl: 'https://updates.example.vn/ff/', isPackaged: true, disabledByEnv: '1' }).enabled).toBe(false);
    expect(updatePolicy({ feedUrl: ' https://updates.example.vn/ff/ ', isPackaged: true })).toEqual({
      enabled: true,
      feedUrl: 'https://updates.example.vn/ff/',
      checkOnStart: true,
    });
  });

  it('are never forced: nothing downloads unasked, installing waits for a restart or quit', () => {
    expect(UPDATER_SETTINGS).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: true, allowDowngrade: false });
  });
});

describe('desktop-only channels validate their input', () => {
  const pdf = Buffer.from('%PDF-1.7\n…').toString('base64');

  it('accepts a file to save and a PDF to print', () => {
    expect(SaveFileInput.safeParse({ fileName: 'Báo cáo.xlsx', base64: 'UEsDBA==' }).success).toBe(true);
    expect(PrintPdfInput.safeParse({ fileName: 'Sơ đồ.pdf', base64: pdf }).success).toBe(true);
  });

  it('refuses missing names, non-strings, and anything to print that is not a PDF', () => {
    expect(SaveFileInput.safeParse({ fileName: '', base64: 'AA==' }).success).toBe(false);
    expect(SaveFileInput.safeParse({ fileName: 'a.xlsx', base64: 42 }).success).toBe(false);
    expect(SaveFileInput.safeParse({ fileName: 'x'.repeat(300), base64: 'AA==' }).success).toBe(false);
    expect(PrintPdfInput.safeParse({ fileName: 'run.pdf', base64: Buffer.from('MZ\x90\x00 not a pdf').toString('base64') }).success).toBe(
      false,
    );
    expect(PrintPdfInput.safeParse({ fileName: 'run.pdf' }).success).toBe(false);
  });
});

describe('PDFs handed to the viewer for printing', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });

  it('are removed when the app quits, and a crashed run’s folder a day later', () => {
    const root = mkdtempSync(join(tmpdir(), 'fairfloor-temp-root-'));
    roots.push(root);
    const stale = join(root, 'fairfloor-print-111');
    const recent = join(root, 'fairfloor-print-222');
    for (const dir of [stale, recent]) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'map.pdf'), '%PDF-');
    }
    const old = (Date.now() - 25 * 3600 * 1000) / 1000;
    utimesSync(stale, old, old);
    writeFileSync(join(root, 'someone-else.txt'), 'not ours');

    const pdfs = new TempPdfs(root, '333');
    const path = pdfs.write('../Sơ đồ.pdf', Buffer.from('%PDF-1.7'));
    expect(path).toBe(join(root, 'fairfloor-print-333', 'Sơ đồ.pdf'));
    expect(pdfs.removeStale()).toBe(1);
    expect(readdirSync(root).sort()).toEqual(['fairfloor-print-222', 'fairfloor-print-333', 'someone-else.txt']);
    pdfs.removeOwn();
    expect(readdirSync(root).sort()).toEqual(['fairfloor-print-222', 'someone-else.txt']);
  });
});
