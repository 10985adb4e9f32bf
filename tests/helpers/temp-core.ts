import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createAppCore, type AppCore } from '../../electron/app-core';

/**
 * The app's core (browser mode, outputs checked against the contract) in a fresh temp folder for each
 * test, closed and removed afterwards; `call` dispatches a method and throws on a refusal.
 */
export function useTempCore(options: { seedDemo?: boolean } = {}): {
  readonly core: AppCore;
  call: <T>(method: string, input: unknown) => Promise<T>;
} {
  let dir = '';
  let core: AppCore | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairfloor-core-'));
    core = createAppCore({ dataDir: join(dir, 'data'), mode: 'browser', version: 'test', checkOutputs: true, seedDemo: options.seedDemo });
  });
  afterEach(() => {
    core?.close();
    core = null;
    rmSync(dir, { recursive: true, force: true });
  });
  const current = () => {
    if (!core) throw new Error('the core exists only inside a test');
    return core;
  };
  return {
    get core() {
      return current();
    },
    async call<T>(method: string, input: unknown): Promise<T> {
      const reply = await current().dispatch(method as never, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return reply.value as T;
    },
  };
}
