import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-area-background';
import * as m0003 from './0003-exhibitors';
import * as m0004 from './0004-sales-totals';
import * as m0005 from './0005-payment-ledger';
import * as m0006 from './0006-bank-transfers';
import * as m0007 from './0007-staff-devices';
import * as m0008 from './0008-report-data';
import * as m0009 from './0009-area-drawing';
import * as m0010 from './0010-booking-sums-index';
import * as m0011 from './0011-booking-money';
import * as m0012 from './0012-area-outline';
import * as m0013 from './0013-dimensions-numbering';
import * as m0014 from './0014-sale-totals-by-day';

export interface Migration {
  /** The `PRAGMA user_version` a file has once this migration ran. */
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** In order; a new migration is a new file and one line here. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: m0001.up },
  { version: 2, name: 'area-background', up: m0002.up },
  { version: 3, name: 'exhibitors', up: m0003.up },
  { version: 4, name: 'sales-totals', up: m0004.up },
  { version: 5, name: 'payment-ledger', up: m0005.up },
  { version: 6, name: 'bank-transfers', up: m0006.up },
  { version: 7, name: 'staff-devices', up: m0007.up },
  { version: 8, name: 'report-data', up: m0008.up },
  { version: 9, name: 'area-drawing', up: m0009.up },
  { version: 10, name: 'booking-sums-index', up: m0010.up },
  { version: 11, name: 'booking-money', up: m0011.up },
  { version: 12, name: 'area-outline', up: m0012.up },
  { version: 13, name: 'dimensions-numbering', up: m0013.up },
  { version: 14, name: 'sale-totals-by-day', up: m0014.up },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
