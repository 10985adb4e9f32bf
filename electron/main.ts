import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type MenuItemConstructorOptions } from 'electron';
import log from 'electron-log/main';
import type { AppUpdater } from 'electron-updater';
import { readFileSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppCore } from './app-core';
import { deferredIpc, type DeferredIpc } from './ipc-deferred';
import { DESKTOP_CALL_CHANNELS, DESKTOP_CHANNELS, ipcChannel, type WindowCommand } from './preload-api';
import { startWhenPageRests } from './server/late-start';
import { APP_INDEX_URL, APP_SCHEME, isAppFrame, isOwnPage } from './security';
import type { IncomingFileMessage } from './shell/incoming';
import { classifyIncoming, fileFromArgv, IncomingQueue } from './shell/launch-file';
import { buildMenuTemplate, recentFairs, type MenuCommand } from './shell/menu';
import { shellText, type ShellLanguage } from './shell/messages';
import { resolveAppUrl, staticHeaders } from './shell/static-files';
import { TempPdfs } from './shell/temp-pdfs';
import { UPDATE_CHECK_AFTER_MS, UPDATER_SETTINGS, updatePolicy } from './shell/updates';
import { restoreBounds, MIN_SIZE } from './shell/window-state';
import { FEED_CHANNEL } from '../shared/api/channels';

// The desktop app: window, menu, dialogs and wiring only. The rules live in app-core and services,
// and every decision worth testing lives in electron/shell/* (plain Node). They load from a bundle of
// their own (desktop-core.cjs) once the window is up: nothing here may import the contract, zod, the
// handlers or the database driver (tests/unit/build/desktop-main.test.ts checks the built file).

/** Written in by the build from FAIRFLOOR_UPDATE_URL; empty when the installers were built without one. */
declare const __FAIRFLOOR_UPDATE_URL__: string;
/** The contract's method names, written in by the build (as for the preload), so the schemas stay out. */
declare const __FAIRFLOOR_METHOD_NAMES__: readonly string[];

const rendererRoot = join(__dirname, '..', 'renderer');
const logPath = () => join(app.getPath('userData'), 'logs', 'main.log');
log.transports.file.resolvePathFn = logPath;
log.errorHandler.startCatching({ showDialog: false });
Object.assign(console, log.functions);

let mainWindow: BrowserWindow | null = null;
let core: AppCore | null = null;
const incoming = new IncomingQueue<IncomingFileMessage>();
const tempPdfs = new TempPdfs(tmpdir(), String(process.pid));

/** The real frame check: the main frame of the app's own window, showing the app's own page. */
const isTrusted = (frame: unknown) => isAppFrame(frame as { url: string } | null, mainWindow?.webContents.mainFrame ?? null);
const language = (): ShellLanguage => core?.ctx.settings.get().language ?? 'vi';

// app:// must be known before the app is ready: a standard, secure scheme with fetch (the API is IPC).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// One FairFloor at a time: a second launch hands its file to this one and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const file = fileFromArgv(argv, { isPackaged: app.isPackaged, cwd });
    if (file) void takeFile(file);
  });
  // macOS hands files over with open-file, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void takeFile(path);
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => startupFailed(error));
}

function startupFailed(error: unknown): void {
  log.error('FairFloor could not start:', error);
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    shellText(language(), 'dialogs', 'startupFailedTitle'),
    shellText(language(), 'dialogs', 'startupFailed', { reason, logPath: logPath() }),
  );
  app.exit(1);
}

async function start(): Promise<void> {
  log.info(`FairFloor ${app.getVersion()} starting (${process.platform} ${process.arch}, Electron ${process.versions.electron})`);
  // Each file of the interface served is announced, so the rules load once the page's scripts are sent.
  const pageRequests = new EventEmitter();
  protocol.handle(APP_SCHEME, async (request) => {
    const served = new EventEmitter();
    pageRequests.emit('request', { url: new URL(request.url).pathname }, served);
    try {
      const file = resolveAppUrl(rendererRoot, request.url);
      if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
      return new Response(await readFile(file), { headers: staticHeaders(file) });
    } finally {
      served.emit('close');
    }
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  // The window first: its renderer starts and asks for the interface while the rules load. Every call
  // channel is registered now and waits for them, so no call from the page can come too early; the
  // rules load as in browser mode, once the page's scripts are sent, at its first call, or 1.5 s on.
  createWindow();
  let loadNow = () => {};
  const ipc = deferredIpc(ipcMain, [...__FAIRFLOOR_METHOD_NAMES__.map(ipcChannel), ...DESKTOP_CALL_CHANNELS], () => loadNow());
  loadNow = startWhenPageRests(pageRequests, () => {
    loadCore(ipc).catch((error: unknown) => {
      ipc.fail(error);
      startupFailed(error);
    });
  });
  ipcMain.on(DESKTOP_CHANNELS.incomingReady, (event) => {
    if (isTrusted(event.senderFrame)) incoming.attach((file) => mainWindow?.webContents.send(DESKTOP_CHANNELS.incomingFile, file));
  });

  tempPdfs.removeStale();
  refreshMenu();
  const launchFile = fileFromArgv(process.argv, { isPackaged: app.isPackaged });
  if (launchFile) void takeFile(launchFile);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => {
    tempPdfs.removeOwn();
    core?.close();
  });
  setTimeout(() => void setupUpdates(false), UPDATE_CHECK_AFTER_MS).unref();
}

/** The rules, the library and the PDF workers, from their own bundle; then the window's calls are answered. */
async function loadCore(ipc: DeferredIpc): Promise<void> {
  const { startDesktopCore } = await import('./desktop-core');
  core = startDesktopCore({
    dataDir: process.env.FAIRFLOOR_DATA_DIR ?? app.getPath('userData'),
    version: app.getVersion(),
    seedDemo: true,
    staff: { staticDir: rendererRoot },
    // PDFs are made in a worker thread (built beside this file): the window and the staff phones keep being answered.
    workerFile: join(__dirname, 'job-worker.cjs'),
    ipc,
    isTrusted,
    desktop: { saveFile, printPdf },
    afterWrite,
  });
  // The change feed reaches every window, so each open screen refetches what another one wrote.
  core.feed.subscribe((change) => BrowserWindow.getAllWindows().forEach((w) => w.webContents.send(FEED_CHANNEL, change)));
  // The menu's recent fairs and language, now that the library is open.
  refreshMenu();
}

/** The menu shows recent fairs and speaks the chosen language: rebuilt after writes that change either. */
const MENU_METHODS = new Set(['openFair', 'createFair', 'importFair', 'deleteFair', 'updateFair', 'duplicateFair', 'updateSettings']);
function afterWrite(method: string, input: unknown): void {
  if (method === 'openFair' && core) {
    const fairId = (input as { fairId: string }).fairId;
    app.addRecentDocument(core.ctx.library.pathOf(fairId));
  }
  if (MENU_METHODS.has(method)) refreshMenu();
}

function refreshMenu(): void {
  let recent: ReturnType<typeof recentFairs> = [];
  try {
    recent = core ? recentFairs(core.ctx.library.list().fairs) : [];
  } catch (error) {
    log.warn('Could not list recent fairs for the menu:', error);
  }
  const template = buildMenuTemplate({
    platform: process.platform,
    language: language(),
    isPackaged: app.isPackaged,
    recentFairs: recent,
    run: runCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}

function sendToWindow(command: WindowCommand): void {
  if (!mainWindow) createWindow();
  mainWindow?.webContents.send(DESKTOP_CHANNELS.menuCommand, command);
}

function runCommand(command: MenuCommand): void {
  switch (command.kind) {
    case 'about':
      app.setAboutPanelOptions({ applicationName: 'FairFloor', applicationVersion: app.getVersion(), copyright: 'FairFloor' });
      app.showAboutPanel();
      return;
    case 'help':
      void dialog.showMessageBox({
        type: 'info',
        title: shellText(language(), 'dialogs', 'helpTitle'),
        message: shellText(language(), 'dialogs', 'helpTitle'),
        detail: shellText(language(), 'dialogs', 'help', { dataDir: core?.ctx.library.fairsDir ?? '' }),
        buttons: [shellText(language(), 'dialogs', 'ok')],
      });
      return;
    case 'show-log':
      shell.showItemInFolder(logPath());
      return;
    case 'check-updates':
      void setupUpdates(true);
      return;
    case 'clear-recent':
      app.clearRecentDocuments();
      return;
    default:
      sendToWindow(command);
  }
}

function windowStatePath(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

function createWindow(): void {
  let saved: unknown = null;
  try {
    saved = JSON.parse(readFileSync(windowStatePath(), 'utf8'));
  } catch {
    // First start, or an unreadable file: the default size, centred.
  }
  const bounds = restoreBounds(
    saved,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'FairFloor',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    if (bounds.fullScreen) window.setFullScreen(true);
    window.show();
  });
  // The app never navigates away from itself, and never opens windows on a page's request.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  window.webContents.on('will-frame-navigate', (event) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // A reload drops the window's listeners: files wait until the page listens again.
  window.webContents.on('did-start-loading', () => incoming.detach());
  window.on('close', () => {
    const state = { ...window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() };
    try {
      writeFileSync(windowStatePath(), JSON.stringify(state));
    } catch (error) {
      log.warn('Could not remember the window position:', error);
    }
  });
  window.on('closed', () => {
    incoming.detach();
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_INDEX_URL);
}

/** A file from the system: fairs in the library open, anything else goes to the window to import. */
async function takeFile(path: string): Promise<void> {
  const libraryDir = core?.ctx.library.fairsDir ?? join(process.env.FAIRFLOOR_DATA_DIR ?? app.getPath('userData'), 'fairs');
  const decided = classifyIncoming(path, libraryDir);
  if (!decided) return;
  log.info(`File handed over: ${path} (${decided.kind})`);
  try {
    if (decided.kind === 'open-fair') {
      incoming.push(decided);
    } else {
      const base64 = (await readFile(decided.path)).toString('base64');
      incoming.push({ kind: decided.kind, fileName: decided.fileName, base64 });
    }
    app.addRecentDocument(path);
  } catch (error) {
    log.error(`Could not read ${path}:`, error);
    dialog.showErrorBox('FairFloor', String(error instanceof Error ? error.message : error));
  }
}

async function saveFile(file: { fileName: string; base64: string }): Promise<{ saved: boolean; path?: string }> {
  if (!mainWindow) return { saved: false };
  const result = await dialog.showSaveDialog(mainWindow, { defaultPath: file.fileName });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFile(result.filePath, Buffer.from(file.base64, 'base64'));
  return { saved: true, path: result.filePath };
}

async function printPdf(file: { fileName: string; base64: string }): Promise<void> {
  // The system's PDF viewer owns printing: it offers the print dialog with paper and scaling.
  const path = tempPdfs.write(file.fileName, Buffer.from(file.base64, 'base64'));
  const failure = await shell.openPath(path);
  if (failure) {
    log.warn(`The system could not open ${path}: ${failure}`);
    throw new Error(shellText(language(), 'dialogs', 'openFailed', { reason: failure, path }));
  }
}

let updatesWired = false;
let updater: Promise<AppUpdater> | null = null;
/** electron-updater (with its file, YAML and HTTP libraries) loads with the first check, not when the app starts. */
const loadUpdater = () => (updater ??= import('electron-updater').then((m) => m.autoUpdater));

/** On start (quietly) and from the menu (saying what it found); an update is offered, never forced. */
async function setupUpdates(interactive: boolean): Promise<void> {
  const policy = updatePolicy({
    feedUrl: __FAIRFLOOR_UPDATE_URL__,
    isPackaged: app.isPackaged,
    disabledByEnv: process.env.FAIRFLOOR_NO_UPDATES,
  });
  const say = (message: string) => {
    if (interactive) void dialog.showMessageBox({ type: 'info', message, buttons: [shellText(language(), 'dialogs', 'ok')] });
  };
  if (!policy.enabled) {
    log.info(policy.reason);
    say(shellText(language(), 'dialogs', 'updatesOff'));
    return;
  }
  const autoUpdater = await loadUpdater();
  if (!updatesWired) {
    updatesWired = true;
    autoUpdater.logger = log;
    Object.assign(autoUpdater, UPDATER_SETTINGS);
    autoUpdater.setFeedURL({ provider: 'generic', url: policy.feedUrl });
    autoUpdater.on('update-available', async (info) => {
      const t = (key: 'download' | 'later') => shellText(language(), 'dialogs', key);
      const answer = await dialog.showMessageBox({
        type: 'info',
        title: shellText(language(), 'dialogs', 'updateAvailableTitle'),
        message: shellText(language(), 'dialogs', 'updateAvailable', { version: info.version, current: app.getVersion() }),
        buttons: [t('download'), t('later')],
        defaultId: 0,
        cancelId: 1,
      });
      if (answer.response === 0) void autoUpdater.downloadUpdate();
    });
    autoUpdater.on('update-downloaded', async (info) => {
      const answer = await dialog.showMessageBox({
        type: 'info',
        title: shellText(language(), 'dialogs', 'updateReadyTitle'),
        message: shellText(language(), 'dialogs', 'updateReady', { version: info.version }),
        buttons: [shellText(language(), 'dialogs', 'restartNow'), shellText(language(), 'dialogs', 'later')],
        defaultId: 1,
        cancelId: 1,
      });
      if (answer.response === 0) autoUpdater.quitAndInstall();
    });
  }
  autoUpdater
    .checkForUpdates()
    .then((result) => {
      if (!result?.isUpdateAvailable) say(shellText(language(), 'dialogs', 'upToDate', { version: app.getVersion() }));
    })
    .catch((error: unknown) => {
      log.warn('Update check failed:', error);
      say(shellText(language(), 'dialogs', 'updateFailed', { reason: error instanceof Error ? error.message : String(error) }));
    });
}
