import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { MethodName } from '../shared/api/contract';
import type { Reply } from '../shared/api/errors';
import { buildBridge, buildFeedBridge, DESKTOP_CHANNELS, type DesktopBridge, type WindowCommand } from './preload-api';
import type { IncomingFileMessage } from './shell/incoming';

/** The contract's method names, written in by the build: the preload carries names, never schemas. */
declare const __FAIRFLOOR_METHOD_NAMES__: readonly MethodName[];

contextBridge.exposeInMainWorld(
  'fairfloor',
  buildBridge(__FAIRFLOOR_METHOD_NAMES__, (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Reply<unknown>>),
);

/** Subscribes to one main → window event; the page gets the data only, never the IPC event object. */
function listen<T>(channel: string, listener: (value: T) => void, onSubscribe?: () => void): () => void {
  const wrapped = (_event: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, wrapped);
  onSubscribe?.();
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const desktop: DesktopBridge = {
  saveFile: (file) => ipcRenderer.invoke(DESKTOP_CHANNELS.saveFile, file),
  printPdf: (file) => ipcRenderer.invoke(DESKTOP_CHANNELS.printPdf, file),
  // A file dropped or picked from disk has a path; one made in the page has none and goes as bytes.
  uploadFile: async (file) => {
    const path = webUtils.getPathForFile(file);
    if (path) return ipcRenderer.invoke(DESKTOP_CHANNELS.uploadFile, path) as Promise<Reply<{ upload: string }>>;
    return ipcRenderer.invoke(DESKTOP_CHANNELS.uploadBytes, new Uint8Array(await file.arrayBuffer())) as Promise<Reply<{ upload: string }>>;
  },
  uploadBytes: (bytes) => ipcRenderer.invoke(DESKTOP_CHANNELS.uploadBytes, bytes),
  onIncomingFile: (listener) =>
    listen<IncomingFileMessage>(DESKTOP_CHANNELS.incomingFile, listener, () => ipcRenderer.send(DESKTOP_CHANNELS.incomingReady)),
  onMenuCommand: (listener) => listen<WindowCommand>(DESKTOP_CHANNELS.menuCommand, listener),
};
contextBridge.exposeInMainWorld('fairfloorDesktop', desktop);
contextBridge.exposeInMainWorld('fairfloorFeed', buildFeedBridge(ipcRenderer));
