import type { FairLibrary } from '../services/library';
import type { SettingsStore } from '../services/settings';
import type { StaffModeControl } from '../server/staff-mode';
import type { Uploads } from './uploads';

/** What every handler receives besides its validated input. */
export interface HandlerContext {
  library: FairLibrary;
  settings: SettingsStore;
  /** The name recorded in audit logs and on sales: the person holding the staff phone, if one calls. */
  actor: () => string;
  /** The staff phone making the current call (staff mode), else null. */
  deviceId: () => string | null;
  /** Staff mode: the LAN listener for phones, its devices and join codes. */
  staff: StaffModeControl;
  /** Files sent ahead of the call that uses them (browser mode), and the bytes of any file a call carries. */
  files: Uploads;
  mode: 'desktop' | 'browser';
  version: string;
}
