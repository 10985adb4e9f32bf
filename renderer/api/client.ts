import { createContext, useContext } from 'react';
import type { FairApi, MethodName } from '../../shared/api/contract';
import { ApiError, type Reply } from '../../shared/api/errors';
import type { RawBridge } from '../../electron/preload-api';
import { httpUploader, sendFilesAhead, type Uploader } from './uploads';

declare global {
  interface Window {
    /** Present in the desktop app only: the preload's one-function-per-method bridge. */
    fairfloor?: RawBridge;
  }
}

type Transport = (name: MethodName, input: unknown) => Promise<Reply<unknown>>;

const TOKEN_KEY = 'fairfloor.token';

/** Browser mode's token arrives once in the URL; it moves to session storage and out of the address bar. */
export function takeSessionToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(token: string): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      const ahead = await sendFilesAhead(httpUploader(token), input);
      if ('refused' in ahead) return ahead.refused;
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(ahead.input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'FairFloor is not responding. Is it still running?' } };
    }
    try {
      return (await response.json()) as Reply<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `Unexpected reply (${response.status}) from FairFloor.` } };
    }
  };
}

/** The desktop app: each method over its own IPC channel; chosen files go ahead, streamed from disk by the main process. */
function ipcTransport(bridge: RawBridge): Transport {
  const desktop = window.fairfloorDesktop;
  const upload: Uploader = async (body) => {
    if (body instanceof File) return desktop!.uploadFile(body);
    return desktop!.uploadBytes(body instanceof Blob ? new Uint8Array(await body.arrayBuffer()) : body);
  };
  return async (name, input) => {
    const ahead = desktop ? await sendFilesAhead(upload, input, false) : { input };
    return 'refused' in ahead ? ahead.refused : bridge[name](ahead.input);
  };
}

/**
 * The one client the renderer uses; it never knows whether IPC or HTTP carries the call. A method is
 * made when first called: the client needs no list of names, so the contract's schemas (zod) stay
 * out of the bundle that shows the library.
 */
export function createClient(transport?: Transport): FairApi {
  const bridge = window.fairfloor;
  const send: Transport = transport ?? (bridge ? ipcTransport(bridge) : httpTransport(takeSessionToken()));
  const methods = new Map<string, (input: unknown) => Promise<unknown>>();
  const method = (name: string) => {
    const call = async (input: unknown) => {
      const reply = await send(name as MethodName, input);
      if (reply.ok) return reply.value;
      throw ApiError.fromShape(reply.error);
    };
    methods.set(name, call);
    return call;
  };
  // `then` is never a method: the client is not mistaken for a promise when a hook returns it.
  return new Proxy({} as FairApi, {
    get: (_, name) => (typeof name !== 'string' || name === 'then' ? undefined : (methods.get(name) ?? method(name))),
  });
}

export const ApiContext = createContext<FairApi | null>(null);

export function useApi(): FairApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext.Provider>');
  return api;
}
