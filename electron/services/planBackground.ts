import { ApiError } from '../../shared/api/errors';
import type { AreaBackground, BackgroundPlacement } from '../../shared/model/plan';
import type { Db } from '../db/open';
import { placeUnderlay, readPlacement, removeUnderlay, requireArea, storeUnderlay, type Underlay } from './venue/underlay';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const BACKGROUND: Underlay<BackgroundPlacement> = {
  table: 'area_background',
  placement: {
    xM: 'x_m',
    yM: 'y_m',
    metresPerPixel: 'metres_per_pixel',
    opacity: 'opacity',
    visible: 'visible',
    rotationDeg: 'rotation_deg',
    locked: 'locked',
  },
  booleans: ['visible', 'locked'],
  name: 'background',
  missing: 'This area has no background drawing',
};

export function readAreaBackground(db: Db, areaId: string): AreaBackground | null {
  const placement = readPlacement(db, BACKGROUND, areaId);
  if (!placement) return null;
  const row = db
    .prepare('SELECT mime, data, pixel_width AS pixelWidth, pixel_height AS pixelHeight FROM area_background WHERE area_id = ?')
    .get(areaId) as { mime: AreaBackground['mime']; data: Buffer; pixelWidth: number; pixelHeight: number };
  return {
    areaId,
    mime: row.mime,
    pixelWidth: row.pixelWidth,
    pixelHeight: row.pixelHeight,
    ...placement,
    base64: row.data.toString('base64'),
  };
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
    throw new ApiError('FILE_INVALID', `This file is not a readable ${input.mime === 'image/png' ? 'PNG' : 'JPEG'} image`, {
      reason: 'notImage',
    });
  }
  storeUnderlay(
    db,
    actor,
    BACKGROUND,
    input.areaId,
    { mime: input.mime, data, pixel_width: input.pixelWidth, pixel_height: input.pixelHeight },
    input.placement,
    { mime: input.mime, bytes: data.length },
  );
  return readAreaBackground(db, input.areaId)!;
}

/** Places the image; with `from`, only if the file still holds that placement (else CONFLICT). */
export function updateAreaBackground(
  db: Db,
  actor: string,
  areaId: string,
  p: BackgroundPlacement,
  from: BackgroundPlacement | null = null,
): BackgroundPlacement {
  return placeUnderlay(db, actor, BACKGROUND, areaId, from, p);
}

export function removeAreaBackground(db: Db, actor: string, areaId: string): { removed: boolean } {
  return removeUnderlay(db, actor, BACKGROUND, areaId);
}
