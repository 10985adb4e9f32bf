import { describe, expect, it } from 'vitest';
import { classifyIncoming, fileFromArgv, IncomingQueue } from '../../../electron/shell/launch-file';
import { buildMenuTemplate, recentFairs, type MenuCommand, type MenuItem } from '../../../electron/shell/menu';
import { shellMessages } from '../../../electron/shell/messages';

describe('a file named on the command line', () => {
  it('is found after the executable (packaged) or the app folder (development), past Chromium switches', () => {
    expect(
      fileFromArgv(['C:\\Program Files\\FairFloor\\FairFloor.exe', 'D:\\Hội chợ\\Xuân 2026.fairfloor'], { isPackaged: true, cwd: 'C:\\' }),
    ).toMatch(/Xuân 2026\.fairfloor$/);
    expect(
      fileFromArgv(['/opt/FairFloor/fairfloor', '--allow-file-access-from-files', '/home/lan/fair.fairfloor'], { isPackaged: true }),
    ).toBe('/home/lan/fair.fairfloor');
    expect(fileFromArgv(['/usr/bin/electron', '.', 'list.xlsx'], { isPackaged: false, cwd: '/home/lan' })).toBe('/home/lan/list.xlsx');
    // In development the second argument is the app folder, not a file to open.
    expect(fileFromArgv(['/usr/bin/electron', 'app.fairfloor'], { isPackaged: false })).toBeNull();
    expect(fileFromArgv(['FairFloor', 'file:///home/lan/H%E1%BB%99i%20ch%E1%BB%A3.FAIRFLOOR'], { isPackaged: true })).toBe(
      '/home/lan/Hội chợ.FAIRFLOOR',
    );
    expect(fileFromArgv(['FairFloor', '/home/lan/notes.txt', '--inspect'], { isPackaged: true })).toBeNull();
    expect(fileFromArgv(['FairFloor'], { isPackaged: true })).toBeNull();
  });

  it('opens a fair of the library in place and brings anything else in as a copy or an import', () => {
    const library = '/home/lan/.config/FairFloor/fairs';
    expect(classifyIncoming(`${library}/f1a2.fairfloor`, library)).toEqual({
      kind: 'open-fair',
      fairId: 'f1a2',
      fileName: 'f1a2.fairfloor',
    });
    expect(classifyIncoming('/home/lan/Downloads/f1a2.fairfloor', library)).toEqual({
      kind: 'import-fair',
      path: '/home/lan/Downloads/f1a2.fairfloor',
      fileName: 'f1a2.fairfloor',
    });
    // A name that is no fair id is imported, even from the library folder.
    expect(classifyIncoming(`${library}/Hội chợ (1).fairfloor`, library)?.kind).toBe('import-fair');
    expect(classifyIncoming('/home/lan/don-vi.XLSX', library)?.kind).toBe('import-exhibitors');
    expect(classifyIncoming('/home/lan/don-vi.csv', library)?.kind).toBe('import-exhibitors');
    expect(classifyIncoming('/home/lan/photo.png', library)).toBeNull();
  });

  it('waits for the window, then hands files over in order, and waits again after a reload', () => {
    const queue = new IncomingQueue<string>();
    const got: string[] = [];
    queue.push('a');
    queue.push('b');
    expect(got).toEqual([]);
    queue.attach((f) => got.push(f));
    expect(got).toEqual(['a', 'b']);
    queue.push('c');
    expect(got).toEqual(['a', 'b', 'c']);
    queue.detach();
    queue.push('d');
    expect(got).toEqual(['a', 'b', 'c']);
    const later: string[] = [];
    queue.attach((f) => later.push(f));
    expect(later).toEqual(['d']);
  });
});

const flatten = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...flatten(i.submenu ?? [])]);

describe('the application menu', () => {
  const fairs = [
    { id: 'a', name: 'Hội chợ Xuân', lastOpenedAt: '2026-01-02T00:00:00Z' },
    { id: 'b', name: 'Chợ Tết', lastOpenedAt: '2026-02-01T00:00:00Z' },
    { id: 'c', name: 'Never opened', lastOpenedAt: null },
  ];

  it('lists the fairs last opened, newest first, at most eight', () => {
    expect(recentFairs(fairs)).toEqual([
      { id: 'b', name: 'Chợ Tết' },
      { id: 'a', name: 'Hội chợ Xuân' },
    ]);
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `f${i}`, name: `F${i}`, lastOpenedAt: `2026-01-${String(i + 10)}` }));
    expect(recentFairs(many).map((f) => f.id)).toEqual(['f11', 'f10', 'f9', 'f8', 'f7', 'f6', 'f5', 'f4']);
  });

  for (const language of ['vi', 'en'] as const) {
    it(`has File, Edit, View, Window and Help in ${language}, with the app's own help and about`, () => {
      const m = shellMessages[language].menu;
      const ran: MenuCommand[] = [];
      const template = buildMenuTemplate({
        platform: 'win32',
        language,
        isPackaged: true,
        recentFairs: recentFairs(fairs),
        run: (c) => ran.push(c),
      });
      expect(template.map((i) => i.label)).toEqual([m.file, m.edit, m.view, m.window, m.help]);
      const all = flatten(template);
      const byId = (id: string) => all.find((i) => i.id === id);
      byId('help')?.click?.();
      byId('about')?.click?.();
      byId('recent-b')?.click?.();
      byId('new-fair')?.click?.();
      expect(ran).toEqual([{ kind: 'help' }, { kind: 'about' }, { kind: 'open-fair', fairId: 'b' }, { kind: 'new-fair' }]);
      expect(byId('recent')?.label).toBe(m.recentFairs);
      expect(byId('recent-b')?.label).toBe('Chợ Tết');
      // Every label is in the chosen language and nothing links to Electron's own site.
      for (const item of all) if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
      expect(JSON.stringify(template)).not.toMatch(/electronjs|Learn More/);
    });
  }

  it('has no Reload and no developer tools in a release, and has them in development', () => {
    const roles = (isPackaged: boolean) =>
      flatten(buildMenuTemplate({ platform: 'linux', language: 'vi', isPackaged, recentFairs: [], run: () => undefined })).map(
        (i) => i.role,
      );
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('says so when no fair was opened yet, and puts About in the app menu on macOS', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', language: 'en', isPackaged: true, recentFairs: [], run: () => undefined });
    expect(mac[0]?.label).toBe('FairFloor');
    expect(mac[0]?.submenu?.[0]?.id).toBe('about');
    const empty = flatten(mac).find((i) => i.id === 'no-recent');
    expect(empty).toMatchObject({ label: shellMessages.en.menu.noRecentFairs, enabled: false });
  });
});
