import type { FairLibrary } from '../services/library';
import type { SettingsStore } from '../services/settings';

/** What every handler receives besides its validated input. */
export interface HandlerContext {
  library: FairLibrary;
  settings: SettingsStore;
  /** The name recorded in audit logs and on sales. */
  actor: () => string;
  mode: 'desktop' | 'browser';
  version: string;
}
