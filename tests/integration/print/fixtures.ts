import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../../electron/db/open';
import { FairLibrary } from '../../../electron/services/library';
import type { TracedShape } from '../../../electron/services/print/document';
import type { PrintJobs } from '../../../electron/services/print/jobs';
import { renderMapPdf } from '../../../electron/services/print/map-pdf';
import { Progress } from '../../../electron/services/print/progress';
import { DEFAULT_MAP_OPTIONS, type MapPrintOptions, type Paper, type PrintJob } from '../../../shared/model/print';
import { readPdf } from './pdf-reader';

export function tempLibrary(): { library: FairLibrary; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fairfloor-print-'));
  const library = new FairLibrary(dir);
  return { library, dispose: () => (library.closeAll(), rmSync(dir, { recursive: true, force: true })) };
}

/** Polls a print job until it is done or failed; every state seen goes to `seen`. */
export async function settleJob(jobs: PrintJobs, jobId: string, seen?: PrintJob[]): Promise<PrintJob> {
  for (;;) {
    const job = jobs.get(jobId);
    seen?.push(job);
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const mapOptions = (patch: Partial<MapPrintOptions> = {}): MapPrintOptions => ({ ...DEFAULT_MAP_OPTIONS, language: 'vi', ...patch });

/** The index's two table titles, as printed in Vietnamese, and the options asking for both lists. */
export const BY_EXHIBITOR = 'Danh sách đơn vị tham gia (theo tên)';
export const BY_BOOTH = 'Danh sách gian hàng (theo số gian)';
export const BOTH_LISTS = { byExhibitor: true, byBooth: true, groupByZone: false };
export const landscape = (size: Paper['size']): Paper => ({ size, orientation: 'landscape', marginMm: 10 });

/** A map printed with every shape it draws traced, its pages read back. */
export async function printTraced(db: Db, patch: Partial<MapPrintOptions>) {
  const shapes: TracedShape[] = [];
  const result = await renderMapPdf(db, mapOptions(patch), new Progress(), new Date(), (s) => shapes.push(s));
  return { pages: await readPdf(result.bytes), pageCount: result.pageCount, shapes };
}

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
export function fairWith(
  library: FairLibrary,
  area: { name: string; width: number; depth: number },
  booths: TestBooth[],
  extraAreas: { name: string; width: number; depth: number }[] = [],
): { id: string; db: Db; areaId: string } {
  let areaId = '';
  const { id } = library.create(
    {
      name: 'Hội chợ thử nghiệm',
      venue: 'Nhà văn hóa Lê Chân',
      organizer: 'Trung tâm Xúc tiến',
      firstDay: '2026-01-10',
      lastDay: '2026-01-12',
      notes: '',
    },
    'test',
    (db) => {
      areaId = randomUUID();
      db.prepare('INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES (?, ?, ?, ?, 0)').run(
        areaId,
        area.name,
        area.width,
        area.depth,
      );
      extraAreas.forEach((a, i) =>
        db
          .prepare('INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES (?, ?, ?, ?, ?)')
          .run(randomUUID(), a.name, a.width, a.depth, i + 1),
      );
      const at = '2026-01-01T00:00:00.000Z';
      const exhibitorIds = new Map<string, string>();
      for (const b of booths) {
        const boothId = randomUUID();
        db.prepare(
          'INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, rotation_deg, price_dong) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 2500000)',
        ).run(boothId, areaId, b.number, b.x, b.y, b.w ?? 3, b.d ?? 3, b.rotation ?? 0);
        if (!b.exhibitor) continue;
        let exhibitorId = exhibitorIds.get(b.exhibitor);
        if (!exhibitorId) {
          exhibitorId = randomUUID();
          exhibitorIds.set(b.exhibitor, exhibitorId);
          db.prepare('INSERT INTO exhibitor (id, legal_name, short_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
            exhibitorId,
            `Công ty ${b.exhibitor}`,
            b.exhibitor,
            at,
            at,
          );
        }
        db.prepare(
          "INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES (?, ?, ?, 'paid', ?, ?)",
        ).run(randomUUID(), boothId, exhibitorId, at, at);
      }
    },
  );
  return { id, db: library.db(id), areaId };
}

const KINDS = ['Hợp tác xã Nông sản', 'Công ty TNHH Thủ công', 'Cơ sở Ẩm thực', 'Hộ kinh doanh Đặc sản'];
const PLACES = ['Thủy Nguyên', 'Kiến Thụy', 'Đồ Sơn', 'Vĩnh Bảo', 'Tiên Lãng', 'Cát Hải', 'Hồng Bàng', 'Lê Chân'];

/** A fair of `n` 3 m booths in blocks of ten with aisles, 80 % of them held by an exhibitor (two booths each). */
export function bigFair(library: FairLibrary, n: number): { db: Db; areaId: string } {
  const columns = Math.ceil(Math.sqrt(n * 1.5));
  const rows = Math.ceil(n / columns);
  const areaId = randomUUID();
  const { id } = library.create(
    {
      name: `Hội chợ ${n} gian`,
      venue: 'Trung tâm Hội chợ Triển lãm',
      organizer: 'Sở Công Thương',
      firstDay: '2026-05-01',
      lastDay: '2026-05-05',
      notes: '',
    },
    'bench',
    (db) => {
      const pitchX = 3 + 3 / 10;
      db.prepare('INSERT INTO area (id, name, width_m, depth_m, sort_order) VALUES (?, ?, ?, ?, 0)').run(
        areaId,
        'Nhà triển lãm chính',
        columns * pitchX + 6,
        rows * 5 + 6,
      );
      const zones = ['#2f9e44', '#e8590c', '#c2255c', '#1971c2'].map((color, i) => {
        const zoneId = randomUUID();
        db.prepare('INSERT INTO zone (id, name, color) VALUES (?, ?, ?)').run(zoneId, `Phân khu ${i + 1}`, color);
        return zoneId;
      });
      const booth = db.prepare(
        'INSERT INTO booth (id, area_id, number, x_m, y_m, width_m, depth_m, zone_id, price_dong) VALUES (?, ?, ?, ?, ?, 3, 3, ?, 3000000)',
      );
      const exhibitor = db.prepare(
        "INSERT INTO exhibitor (id, legal_name, short_name, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
      );
      const allocation = db.prepare(
        "INSERT INTO allocation (id, booth_id, exhibitor_id, status, created_at, updated_at) VALUES (?, ?, ?, 'paid', '2026-01-01', '2026-01-01')",
      );
      let exhibitorId = '';
      for (let i = 0; i < n; i++) {
        const boothId = randomUUID();
        const [row, column] = [Math.floor(i / columns), i % columns];
        booth.run(
          boothId,
          areaId,
          `${String.fromCharCode(65 + (row % 26))}${row}-${column + 1}`,
          3 + column * pitchX + Math.floor(column / 10) * 0,
          3 + row * 5,
          zones[row % 4],
        );
        if (i % 5 === 4) continue;
        if (i % 2 === 0) {
          exhibitorId = randomUUID();
          const short = `${KINDS[i % 4]!.split(' ').slice(-1)[0]} ${PLACES[i % 8]} ${i}`;
          exhibitor.run(exhibitorId, `${KINDS[i % 4]} ${PLACES[(i >> 3) % 8]} số ${i}`, short);
        }
        allocation.run(randomUUID(), boothId, exhibitorId);
      }
    },
  );
  return { db: library.db(id), areaId };
}
