import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, buildFeedBridge, DESKTOP_CHANNELS, type DesktopBridge } from './preload-api';
import type { Reply } from '../shared/api/errors';

contextBridge.exposeInMainWorld(
  'fairfloor',
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Reply<unknown>>),
);

const desktop: DesktopBridge = {
  saveFile: (file) => ipcRenderer.invoke(DESKTOP_CHANNELS.saveFile, file),
  printPdf: (file) => ipcRenderer.invoke(DESKTOP_CHANNELS.printPdf, file),
};
contextBridge.exposeInMainWorld('fairfloorDesktop', desktop);
contextBridge.exposeInMainWorld('fairfloorFeed', buildFeedBridge(ipcRenderer));
