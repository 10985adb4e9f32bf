// `npm run dist`: builds FairFloor, says what will be signed, notarised and updated, then runs electron-builder.
// Extra arguments go to electron-builder (e.g. `npm run dist -- --dir`, `npm run dist -- --linux deb`).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { releasePlan } from './release-env.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const targetPlatform = process.argv.includes('--win')
  ? 'win32'
  : process.argv.includes('--mac')
    ? 'darwin'
    : process.argv.includes('--linux')
      ? 'linux'
      : process.platform;
const plan = releasePlan(process.env, targetPlatform);
for (const line of plan.lines) console.log(line);

await buildAll({ quiet: true });
const child = spawn('npx', ['electron-builder', ...plan.args, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...plan.env },
});
child.on('exit', (code) => process.exit(code ?? 1));
