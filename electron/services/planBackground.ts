import { ApiError } from '../../shared/api/errors';
import type { AreaBackground, BackgroundPlacement } from '../../shared/model/plan';
import type { Db } from '../db/open';
import { audit } from './audit';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

interface Row {
  areaId: string;
  mime: AreaBackground['mime'];
  data: Buffer;
  pixelWidth: number;
  pixelHeight: number;
  xM: number;
  yM: number;
  metresPerPixel: number;
  opacity: number;
  visible: number;
}

const COLUMNS = `area_id AS areaId, mime, data, pixel_width AS pixelWidth, pixel_height AS pixelHeight, x_m AS xM, y_m AS yM,
  metres_per_pixel AS metresPerPixel, opacity, visible`;

export function readAreaBackground(db: Db, areaId: string): AreaBackground | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM area_background WHERE area_id = ?`).get(areaId) as Row | undefined;
  if (!row) return null;
  const { data, visible, ...rest } = row;
  return { ...rest, visible: visible === 1, base64: data.toString('base64') };
}

function requireArea(db: Db, areaId: string): void {
  if (!db.prepare('SELECT 1 FROM area WHERE id = ?').get(areaId))
    throw new ApiError('NOT_FOUND', 'This area is no longer in the plan', { id: areaId });
}

/** Stores a background drawing; bytes that are not the PNG or JPEG they claim to be are refused. */
export function setAreaBackground(
  db: Db,
  actor: string,
  input: {
    areaId: string;
    mime: AreaBackground['mime'];
    base64: string;
    /** The image's bytes when they arrived some other way than inline (an upload). */
    data?: Buffer;
    pixelWidth: number;
    pixelHeight: number;
    placement: BackgroundPlacement;
  },
): AreaBackground {
  requireArea(db, input.areaId);
  const data = input.data ?? Buffer.from(input.base64, 'base64');
  const magic = input.mime === 'image/png' ? PNG : JPEG;
  if (data.length < magic.length || !magic.every((b, i) => data[i] === b)) {
    throw new ApiError('FILE_INVALID', `This file is not a readable ${input.mime === 'image/png' ? 'PNG' : 'JPEG'} image`);
  }
  const p = input.placement;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO area_background (area_id, mime, data, pixel_width, pixel_height, x_m, y_m, metres_per_pixel, opacity, visible, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(area_id) DO UPDATE SET mime = excluded.mime, data = excluded.data, pixel_width = excluded.pixel_width,
         pixel_height = excluded.pixel_height, x_m = excluded.x_m, y_m = excluded.y_m, metres_per_pixel = excluded.metres_per_pixel,
         opacity = excluded.opacity, visible = excluded.visible, updated_at = excluded.updated_at`,
    ).run(
      input.areaId,
      input.mime,
      data,
      input.pixelWidth,
      input.pixelHeight,
      p.xM,
      p.yM,
      p.metresPerPixel,
      p.opacity,
      p.visible ? 1 : 0,
      new Date().toISOString(),
    );
    audit(db, actor, 'plan.background.set', 'area', input.areaId, { mime: input.mime, bytes: data.length });
  }).immediate();
  return readAreaBackground(db, input.areaId)!;
}

export function updateAreaBackground(db: Db, actor: string, areaId: string, p: BackgroundPlacement): BackgroundPlacement {
  const changed = db
    .transaction(() => {
      const r = db
        .prepare(
          'UPDATE area_background SET x_m = ?, y_m = ?, metres_per_pixel = ?, opacity = ?, visible = ?, updated_at = ? WHERE area_id = ?',
        )
        .run(p.xM, p.yM, p.metresPerPixel, p.opacity, p.visible ? 1 : 0, new Date().toISOString(), areaId);
      if (r.changes) audit(db, actor, 'plan.background.update', 'area', areaId, { ...p });
      return r.changes;
    })
    .immediate();
  if (!changed) throw new ApiError('NOT_FOUND', 'This area has no background drawing');
  return p;
}

export function removeAreaBackground(db: Db, actor: string, areaId: string): { removed: boolean } {
  return db
    .transaction(() => {
      const removed = db.prepare('DELETE FROM area_background WHERE area_id = ?').run(areaId).changes > 0;
      if (removed) audit(db, actor, 'plan.background.remove', 'area', areaId);
      return { removed };
    })
    .immediate();
}
