import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { preloadBuildOptions } from '../../../build/scripts/preload.mjs';
import { releasePlan } from '../../../build/scripts/release-env.mjs';
import { METHOD_NAMES } from '../../../shared/api/contract';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
  deb: { depends: string[] };
  nsis: { perMachine: boolean; oneClick: boolean };
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; mimeType: string }[];
  win: unknown;
  mac: unknown;
  linux: unknown;
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('the installers', () => {
  it('keep every Debian dependency electron-builder would add, xdg-utils included, and add to them', () => {
    const FpmTarget = (
      require('app-builder-lib/out/targets/FpmTarget') as { default: { prototype: { getDefaultDepends: (target: string) => string[] } } }
    ).default;
    const defaults = FpmTarget.prototype.getDefaultDepends.call(null, 'deb');
    expect(defaults).toContain('xdg-utils');
    for (const dep of defaults) expect(config.deb.depends, dep).toContain(dep);
    expect(config.deb.depends.length).toBeGreaterThan(defaults.length);
  });

  it('associate .fairfloor on all three platforms, per machine on Windows', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'fairfloor', mimeType: 'application/vnd.fairfloor' })]);
    expect(config.win && config.mac && config.linux).toBeTruthy();
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
  });

  it('switch off running as Node, NODE_OPTIONS, --inspect and file:// privileges in the Electron binary', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it("leave out better-sqlite3's sources, other platforms' binaries and the DejaVu faces the PDFs do not use", () => {
    expect(config.files).toContain('!node_modules/better-sqlite3/{deps,src,binding.gyp,README.md}');
    expect(config.files).toContain('!node_modules/better-sqlite3/prebuilds/!(${platform}-${arch}.node)');
    expect(config.files).toContain('!node_modules/dejavu-fonts-ttf/**');
    const fonts = readFileSync('electron/services/print/fonts.ts', 'utf8');
    // Every font file the PDFs load is put back in.
    for (const [, file] of fonts.matchAll(/'((?:dejavu-fonts-ttf|@expo-google-fonts)[^']+\.ttf)'/g)) {
      expect(config.files, file).toContain(`node_modules/${file}`);
    }
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/*.node']);
  });
});

describe('signing, notarisation and updates at build time', () => {
  it('say in one line each what is skipped when the variables are absent', () => {
    const mac = releasePlan({}, 'darwin');
    expect(mac.lines).toEqual([
      expect.stringMatching(/^Updates: skipped — FAIRFLOOR_UPDATE_URL/),
      expect.stringMatching(/^Signing \(macOS\): skipped/),
      expect.stringMatching(/^Notarisation \(macOS\): skipped/),
    ]);
    expect(mac.args).toContain('-c.mac.notarize=false');
    expect(mac.env).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    const win = releasePlan({}, 'win32');
    expect(win.lines[1]).toMatch(/^Signing \(Windows\): skipped/);
  });

  it('use what is set', () => {
    const mac = releasePlan(
      {
        CSC_LINK: 'cert.p12',
        APPLE_API_KEY: 'k.p8',
        APPLE_API_KEY_ID: 'id',
        APPLE_API_ISSUER: 'iss',
        FAIRFLOOR_UPDATE_URL: 'https://u.example.vn/ff',
      },
      'darwin',
    );
    expect(mac.lines[0]).toMatch(/^Updates: the app will look for updates at https:\/\/u\.example\.vn\/ff/);
    expect(mac.args).toEqual(
      expect.arrayContaining(['-c.publish.provider=generic', '-c.publish.url=https://u.example.vn/ff', '-c.mac.notarize=true']),
    );
    expect(mac.env).toEqual({});
    expect(releasePlan({ WIN_CSC_LINK: 'x.pfx' }, 'win32').lines[1]).toMatch(/^Signing \(Windows\): with/);
  });
});

describe('the preload', () => {
  it('carries the method names only: no zod, no schema, a few kilobytes', async () => {
    const result = await build((await preloadBuildOptions({ write: false, sourcemap: false })) as BuildOptions);
    const code = result.outputFiles?.[0]?.text ?? '';
    expect(code.length).toBeLessThan(16 * 1024);
    expect(code).not.toMatch(/ZodError|safeParse|\$ZodType/);
    for (const name of METHOD_NAMES) expect(code, name).toContain(`"${name}"`);
  });
});
