import { shellMessages, type ShellLanguage } from './messages';

/** The part of Electron's MenuItemConstructorOptions the menu uses: plain data, so it is tested under Node. */
export interface MenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: 'separator' | 'submenu' | 'normal';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuItem[];
  click?: () => void;
}

/** What a menu item asks for; main.ts carries it out (some in the main process, most in the window). */
export type MenuCommand =
  | { kind: 'new-fair' }
  | { kind: 'import-fair' }
  | { kind: 'import-exhibitors' }
  | { kind: 'library' }
  | { kind: 'open-fair'; fairId: string }
  | { kind: 'clear-recent' }
  | { kind: 'help' }
  | { kind: 'about' }
  | { kind: 'check-updates' }
  | { kind: 'show-log' };

export interface RecentFair {
  id: string;
  name: string;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  language: ShellLanguage;
  /** A packaged release has no Reload and no developer tools. */
  isPackaged: boolean;
  recentFairs: readonly RecentFair[];
  run: (command: MenuCommand) => void;
}

/** At most this many fairs under File › Recent fairs. */
export const RECENT_LIMIT = 8;

/** The fairs most recently opened, newest first, from the library's list. */
export function recentFairs(fairs: readonly { id: string; name: string; lastOpenedAt?: string | null }[]): RecentFair[] {
  return fairs
    .filter((f) => !!f.lastOpenedAt)
    .sort((a, b) => (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? ''))
    .slice(0, RECENT_LIMIT)
    .map(({ id, name }) => ({ id, name }));
}

const separator: MenuItem = { type: 'separator' };

/** The application menu in the person's language: File, Edit, View, Window, Help (and the app menu on macOS). */
export function buildMenuTemplate(options: MenuOptions): MenuItem[] {
  const m = shellMessages[options.language].menu;
  const mac = options.platform === 'darwin';
  const item = (id: string, label: string, command: MenuCommand, accelerator?: string): MenuItem => ({
    id,
    label,
    accelerator,
    click: () => options.run(command),
  });

  const recent: MenuItem[] = options.recentFairs.length
    ? [
        ...options.recentFairs.map((fair, i) =>
          item(`recent-${fair.id}`, fair.name, { kind: 'open-fair', fairId: fair.id }, i < 9 ? `CmdOrCtrl+Alt+${i + 1}` : undefined),
        ),
        separator,
        item('clear-recent', m.clearRecent, { kind: 'clear-recent' }),
      ]
    : [{ id: 'no-recent', label: m.noRecentFairs, enabled: false }];

  const appMenu: MenuItem[] = mac
    ? [
        {
          label: 'FairFloor',
          submenu: [
            item('about', m.about, { kind: 'about' }),
            item('check-updates', m.checkUpdates, { kind: 'check-updates' }),
            separator,
            { role: 'services', label: m.services },
            separator,
            { role: 'hide', label: m.hide },
            { role: 'hideOthers', label: m.hideOthers },
            { role: 'unhide', label: m.showAll },
            separator,
            { role: 'quit', label: m.quit },
          ],
        },
      ]
    : [];

  const file: MenuItem = {
    label: m.file,
    submenu: [
      item('new-fair', m.newFair, { kind: 'new-fair' }, 'CmdOrCtrl+N'),
      item('import-fair', m.importFair, { kind: 'import-fair' }, 'CmdOrCtrl+O'),
      item('import-exhibitors', m.importExhibitors, { kind: 'import-exhibitors' }),
      { id: 'recent', label: m.recentFairs, submenu: recent },
      separator,
      item('library', m.library, { kind: 'library' }, 'CmdOrCtrl+L'),
      separator,
      mac ? { role: 'close', label: m.closeWindow } : { role: 'quit', label: m.quit },
    ],
  };

  const edit: MenuItem = {
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      separator,
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'selectAll', label: m.selectAll },
    ],
  };

  const development: MenuItem[] = options.isPackaged
    ? []
    : [separator, { role: 'reload', label: m.reload }, { role: 'toggleDevTools', label: m.devTools }];
  const view: MenuItem = {
    label: m.view,
    submenu: [
      { role: 'zoomIn', label: m.zoomIn },
      { role: 'zoomOut', label: m.zoomOut },
      { role: 'resetZoom', label: m.resetZoom },
      separator,
      { role: 'togglefullscreen', label: m.fullScreen },
      ...development,
    ],
  };

  const windowMenu: MenuItem = {
    label: m.window,
    submenu: mac
      ? [{ role: 'minimize', label: m.minimize }, { role: 'zoom', label: m.zoom }, separator, { role: 'front', label: m.front }]
      : [
          { role: 'minimize', label: m.minimize },
          { role: 'close', label: m.closeWindow },
        ],
  };

  const help: MenuItem = {
    label: m.help,
    role: 'help',
    submenu: [
      item('help', m.userGuide, { kind: 'help' }, 'F1'),
      item('show-log', m.showLog, { kind: 'show-log' }),
      ...(mac
        ? []
        : [separator, item('check-updates', m.checkUpdates, { kind: 'check-updates' }), item('about', m.about, { kind: 'about' })]),
    ],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}
