import type { Area, Booth, Dimension, Feature, FeatureKind, Zone } from '../model/plan';
import { rectangleOutline } from './outline';

/**
 * The plan's record kinds in one place: their defaults and how each field is stored (the column
 * map). The editor builds records through these; the services read and write rows through them.
 */
export interface RecordMap {
  areas: Area;
  zones: Zone;
  booths: Booth;
  features: Feature;
  dimensions: Dimension;
}
export type RecordKind = keyof RecordMap;
export const RECORD_KINDS: readonly RecordKind[] = ['areas', 'zones', 'booths', 'features', 'dimensions'];

export const STANDARD_BOOTH_M = 3;

/** A sensible first size for each kind of feature, in metres. */
export const FEATURE_SIZE: Record<FeatureKind, { widthM: number; depthM: number }> = {
  wall: { widthM: 10, depthM: 0.3 },
  aisle: { widthM: 20, depthM: 3 },
  entrance: { widthM: 4, depthM: 1 },
  exit: { widthM: 3, depthM: 1 },
  stage: { widthM: 10, depthM: 6 },
  info_desk: { widthM: 3, depthM: 2 },
  pillar: { widthM: 0.6, depthM: 0.6 },
  restroom: { widthM: 4, depthM: 3 },
  label: { widthM: 8, depthM: 1.2 },
};

/** Defaults of each record kind: everything else builds records through these. */
export const defaults = {
  booth: (
    id: string,
    areaId: string,
    number: string,
    at: { xM: number; yM: number },
    size = { widthM: STANDARD_BOOTH_M, depthM: STANDARD_BOOTH_M },
  ): Booth => ({
    id,
    areaId,
    number,
    xM: at.xM,
    yM: at.yM,
    widthM: size.widthM,
    depthM: size.depthM,
    rotationDeg: 0,
    kind: 'standard',
    typeOverride: null,
    zoneId: null,
    priceDong: 0,
    notes: '',
    locked: false,
  }),
  feature: (id: string, areaId: string, kind: FeatureKind, at: { xM: number; yM: number }, size = FEATURE_SIZE[kind]): Feature => ({
    id,
    areaId,
    kind,
    xM: at.xM,
    yM: at.yM,
    widthM: size.widthM,
    depthM: size.depthM,
    rotationDeg: 0,
    label: '',
  }),
  area: (id: string, name: string, widthM: number, depthM: number, sortOrder: number, site = { xM: 0, yM: 0 }): Area => ({
    id,
    name,
    widthM,
    depthM,
    sortOrder,
    outline: rectangleOutline(widthM, depthM),
    siteXM: site.xM,
    siteYM: site.yM,
  }),
  zone: (id: string, name: string, color: string): Zone => ({ id, name, color }),
  /** A dimension line standing 1 m off the points it measures. */
  dimension: (id: string, areaId: string, a: { x: number; y: number }, b: { x: number; y: number }, offsetM = 1): Dimension => ({
    id,
    areaId,
    x1M: a.x,
    y1M: a.y,
    x2M: b.x,
    y2M: b.y,
    offsetM,
  }),
};

/** Each kind's table and the column of each field (the model speaks camelCase metres, SQLite snake_case). */
export const COLUMN_MAP: { [K in RecordKind]: { table: string; columns: { [F in keyof RecordMap[K]]-?: string } } } = {
  areas: {
    table: 'area',
    columns: {
      id: 'id',
      name: 'name',
      widthM: 'width_m',
      depthM: 'depth_m',
      sortOrder: 'sort_order',
      outline: 'outline_json',
      siteXM: 'site_x_m',
      siteYM: 'site_y_m',
    },
  },
  zones: { table: 'zone', columns: { id: 'id', name: 'name', color: 'color' } },
  booths: {
    table: 'booth',
    columns: {
      id: 'id',
      areaId: 'area_id',
      number: 'number',
      xM: 'x_m',
      yM: 'y_m',
      widthM: 'width_m',
      depthM: 'depth_m',
      rotationDeg: 'rotation_deg',
      kind: 'kind',
      typeOverride: 'type_override',
      zoneId: 'zone_id',
      priceDong: 'price_dong',
      notes: 'notes',
      locked: 'locked',
    },
  },
  features: {
    table: 'feature',
    columns: {
      id: 'id',
      areaId: 'area_id',
      kind: 'kind',
      xM: 'x_m',
      yM: 'y_m',
      widthM: 'width_m',
      depthM: 'depth_m',
      rotationDeg: 'rotation_deg',
      label: 'label',
    },
  },
  dimensions: {
    table: 'dimension',
    columns: { id: 'id', areaId: 'area_id', x1M: 'x1_m', y1M: 'y1_m', x2M: 'x2_m', y2M: 'y2_m', offsetM: 'offset_m' },
  },
};

/** The fields of a kind, in the column map's order. */
export const fieldsOf = <K extends RecordKind>(kind: K) => Object.keys(COLUMN_MAP[kind].columns) as (keyof RecordMap[K] & string)[];

/** `col AS field, …` for reading a kind's rows as records. */
export function selectList(kind: RecordKind): string {
  const columns = COLUMN_MAP[kind].columns as Record<string, string>;
  return Object.entries(columns)
    .map(([field, column]) => (field === column ? column : `${column} AS ${field}`))
    .join(', ');
}

/** Whether two records of a kind hold the same values in every stored field (an outline by its points). */
export function sameRecord<K extends RecordKind>(kind: K, a: RecordMap[K], b: RecordMap[K]): boolean {
  for (const f of fieldsOf(kind)) {
    const x: unknown = a[f];
    const y: unknown = b[f];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/** An outline as its column holds it: the points as JSON, `[]` for the plain rectangle. */
export const outlineToColumn = (outline: readonly { x: number; y: number }[]): string =>
  JSON.stringify(outline.map((p) => ({ x: p.x, y: p.y })));

export function outlineFromColumn(json: unknown): { x: number; y: number }[] {
  if (typeof json !== 'string') return [];
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed)
      ? (parsed as { x: number; y: number }[]).filter((p) => Number.isFinite(p?.x) && Number.isFinite(p?.y))
      : [];
  } catch {
    return [];
  }
}
