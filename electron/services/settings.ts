import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, Settings } from '../../shared/model/fair';

/** App-wide settings live beside the fairs, in the library folder, as a small JSON file. */
export class SettingsStore {
  private readonly path: string;
  private cached: Settings | undefined;
  private readonly statePath: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'settings.json');
    this.statePath = join(dataDir, 'library-state.json');
  }

  /** The demo fair is made once, on first run; deleting it later must not bring it back. */
  demoCreated(): boolean {
    try {
      return JSON.parse(readFileSync(this.statePath, 'utf8')).demoCreated === true;
    } catch {
      return false;
    }
  }

  markDemoCreated(): void {
    writeAtomically(this.statePath, JSON.stringify({ demoCreated: true }));
  }

  get(): Settings {
    if (!this.cached) {
      try {
        this.cached = Settings.parse({ ...DEFAULT_SETTINGS, ...JSON.parse(readFileSync(this.path, 'utf8')) });
      } catch {
        this.cached = { ...DEFAULT_SETTINGS };
      }
    }
    return this.cached;
  }

  update(patch: Partial<Settings>): Settings {
    const next = Settings.parse({ ...this.get(), ...patch });
    writeAtomically(this.path, JSON.stringify(next, null, 2));
    this.cached = next;
    return next;
  }
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
