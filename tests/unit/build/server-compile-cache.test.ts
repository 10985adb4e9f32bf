import { build, type BuildOptions } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverBuildOptions } from '../../../build/scripts/server.mjs';

/** Every file under `dir`, however deep (Node files its cache by version and hash). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

describe('browser mode, as built', () => {
  it('keeps the compiled code of its rules on disk for the next start', async () => {
    mkdirSync('dist', { recursive: true });
    const out = mkdtempSync(join(process.cwd(), 'dist', 'server-test-'));
    const cache = mkdtempSync(join(tmpdir(), 'fairfloor-compile-cache-'));
    const data = mkdtempSync(join(tmpdir(), 'fairfloor-compile-cache-data-'));
    try {
      await build({ ...(serverBuildOptions() as BuildOptions), outdir: out, sourcemap: false, logLevel: 'silent' });
      const child = spawn(process.execPath, [join(out, 'serve.mjs'), '--data-dir', data, '--no-open', '--no-demo'], {
        stdio: ['ignore', 'pipe', 'inherit'],
        // Not NODE_COMPILE_CACHE, which would turn the cache on by itself: the server's own default, the temp folder.
        env: { ...process.env, CI: '1', NODE_COMPILE_CACHE: '', TMPDIR: cache },
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        const url = await new Promise<URL>((resolve, reject) => {
          let said = '';
          child.stdout.on('data', (chunk: Buffer) => {
            said += chunk.toString();
            const found = /Open (http\S+)/.exec(said);
            if (found) resolve(new URL(found[1]!));
          });
          child.once('exit', (code) => reject(new Error(`server exited ${code}: ${said}`)));
        });
        // The first call loads the rules (their chunk, zod, the database driver).
        const reply = await fetch(`${url.origin}/api/listFairs`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` },
          body: '{}',
        });
        expect(reply.status).toBe(200);
      } finally {
        child.kill('SIGTERM');
        await exited;
      }
      // Node writes its cache as modules load and when the process ends.
      expect(filesUnder(cache).length).toBeGreaterThan(3);
    } finally {
      for (const dir of [out, cache, data]) rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
