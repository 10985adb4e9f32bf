import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../../electron/db/open';
import { FairLibrary } from '../../../electron/services/library';
import { DEFAULT_MAP_OPTIONS, type MapPrintOptions } from '../../../shared/model/print';

export function tempLibrary(): { library: FairLibrary; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-print-'));
  const library = new FairLibrary(dir);
  return { library, dispose: () => (library.closeAll(), rmSync(dir, { recursive: true, force: true })) };
}

export const mapOptions = (patch: Partial<MapPrintOptions> = {}): MapPrintOptions => ({ ...DEFAULT_MAP_OPTIONS, language: 'vi', ...patch });

export interface TestBooth {
  number: string;
  x: number;
  y: number;
  w?: number;
  d?: number;
  rotation?: number;
  exhibitor?: string;
}

/** A fair with one area and the given booths, each optionally held (paid) by an exhibitor of that short name. */
export function fairWith(library: FairLibrary, area: { name: string; width: number; depth: number }, booths: TestBooth[], extraAreas: { name: string; width: number; depth: number }[] = []): { id: string; db: Db; areaId: string } {
  let areaId = '';
  const { id } = library.create({ name: 'Hội chợ thử nghiệm', venue: 'Nhà văn hoá Lê Chân', organizer: 'Trung tâm Xúc tiến', firstDay: '2026-01-10', lastDay: '2026-01-12', notes: '' }, 'test', (db) => {
    areaId = randomUUID();
    db.prepare('INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES (?, ?, ?, ?, 0)').run(areaId, area.name, area.width, area.depth);
    extraAreas.forEach((a, i) => db.prepare('INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES (?, ?, ?, ?, ?)').run(randomUUID(), a.name, a.width, a.depth, i + 1));
    const at = '2026-01-01T00:00:00.000Z';
    const exhibitorIds = new Map<string, string>();
    for (const b of booths) {
      const boothId = randomUUID();
      db.prepare('INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, rotation_deg, price_dong) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 2500000)').run(
        boothId, areaId, b.number, b.x, b.y, b.w ?? 3, b.d ?? 3, b.rotation ?? 0,
      );
      if (!b.exhibitor) continue;
      let exhibitorId = exhibitorIds.get(b.exhibitor);
      if (!exhibitorId) {
        exhibitorId = randomUUID();
        exhibitorIds.set(b.exhibitor, exhibitorId);
        db.prepare('INSERT INTO exhibitor (id, legal_name, short_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(exhibitorId, `Công ty ${b.exhibitor}`, b.exhibitor, at, at);
      }
      db.prepare("INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES (?, ?, ?, 'paid', ?, ?)").run(randomUUID(), boothId, exhibitorId, at, at);
    }
  });
  return { id, db: library.db(id), areaId };
}
