import { app, BrowserWindow, dialog, ipcMain, session, shell, type WebFrameMain } from 'electron';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppCore } from './app-core';
import { registerIpcRoutes } from './ipc-routes';
import { DESKTOP_CHANNELS } from './preload-api';
import { FEED_CHANNEL } from '../shared/api/feed';
import { CONTENT_SECURITY_POLICY, isOwnPage, safePdfName } from './security';

// The desktop app: window, dialogs and wiring only. Everything else lives in app-core and services.

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let mainWindow: BrowserWindow | null = null;

const isAppFrame = (frame: unknown): boolean => {
  const f = frame as WebFrameMain | null;
  return !!f && !!mainWindow && f === mainWindow.webContents.mainFrame && f.url.startsWith(rendererUrl);
};

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 640,
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
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // The app never navigates away from itself, and never opens windows on a page's request.
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, rendererUrl)) event.preventDefault();
  });
  mainWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadFile(rendererIndex);
}

function wireDesktopDialogs(): void {
  ipcMain.handle(DESKTOP_CHANNELS.saveFile, async (event, file: { fileName: string; base64: string }) => {
    if (!isAppFrame(event.senderFrame) || !mainWindow) return { saved: false };
    const result = await dialog.showSaveDialog(mainWindow, { defaultPath: file.fileName });
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, Buffer.from(file.base64, 'base64'));
    return { saved: true, path: result.filePath };
  });
  ipcMain.handle(DESKTOP_CHANNELS.printPdf, async (event, file: { fileName: string; base64: string }) => {
    if (!isAppFrame(event.senderFrame)) return;
    // The system's PDF viewer owns printing: it offers the print dialog with paper and scaling.
    const dir = await mkdtemp(join(tmpdir(), 'fairfloor-print-'));
    const path = join(dir, safePdfName(file.fileName));
    await writeFile(path, Buffer.from(file.base64, 'base64'));
    await shell.openPath(path);
  });
}

app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const core = createAppCore({
    dataDir: process.env.FAIRFLOOR_DATA_DIR ?? app.getPath('userData'),
    mode: 'desktop',
    version: app.getVersion(),
    seedDemo: true,
    staff: { staticDir: join(__dirname, '..', 'renderer') },
  });
  registerIpcRoutes(ipcMain, core.dispatch, isAppFrame);
  // The change feed reaches every window, so each open screen refetches what another one wrote.
  core.feed.subscribe((change) => BrowserWindow.getAllWindows().forEach((w) => w.webContents.send(FEED_CHANNEL, change)));
  wireDesktopDialogs();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => core.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
