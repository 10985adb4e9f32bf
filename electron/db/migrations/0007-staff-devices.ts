import type { Database } from 'better-sqlite3';

/**
 * Staff mode: phones that joined the fair over the venue's Wi-Fi, the short-lived codes they
 * joined with, and on every sale the phone's own entry id (a retry, a reload or a double tap
 * never records twice: the unique index is the one judge) and the device that recorded it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE staff_device (
      id TEXT PRIMARY KEY,
      -- "Máy 3" on the organizer's lists: people share names, numbers stay apart.
      number INTEGER NOT NULL UNIQUE CHECK (number > 0),
      person_name TEXT NOT NULL CHECK (length(person_name) BETWEEN 1 AND 60),
      -- What the phone said it is ("Android", "iPhone"), to tell two phones of one person apart.
      platform TEXT NOT NULL DEFAULT '',
      -- SHA-256 of the device token: the token itself never rests on disk.
      token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
      joined_at TEXT NOT NULL,
      last_seen_at TEXT,
      revoked_at TEXT,
      revoked_by TEXT
    );

    CREATE TABLE staff_join_code (
      code_hash TEXT PRIMARY KEY CHECK (length(code_hash) = 64),
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT,
      device_id TEXT REFERENCES staff_device(id),
      CHECK ((used_at IS NULL) = (device_id IS NULL))
    );

    ALTER TABLE sale ADD COLUMN client_entry_id TEXT CHECK (client_entry_id IS NULL OR length(client_entry_id) BETWEEN 8 AND 64);
    ALTER TABLE sale ADD COLUMN device_id TEXT REFERENCES staff_device(id);
    CREATE UNIQUE INDEX sale_client_entry ON sale(client_entry_id) WHERE client_entry_id IS NOT NULL;
    CREATE INDEX sale_device_day ON sale(device_id, day) WHERE device_id IS NOT NULL;
  `);
}
