import type { Booth, Dimension, Feature } from '../../../../shared/model/plan';
import { dimensionBounds } from '../../../../shared/plan/dimension';
import { bounds, unionBox, type Box } from '../model/geometry';
import { fitsArea, insideArea } from '../../../../shared/plan/fit';
import { numberOrder, READING_ORDER, type NumberOrder } from '../../../../shared/plan/order';
import { boothNumbers, nextFreeNumber, type Numbering } from '../../../../shared/plan/numbering';

export { nextFreeNumber };
import { applyDiff, emptyDiff, updatesOf, type Diff, type PlanDoc } from './records';

/** Why an edit was refused before anything was saved; the UI words it in the person's language. */
export type EditProblem =
  | { code: 'duplicateNumber'; number: string; boothId: string }
  | { code: 'emptyNumber'; boothId: string }
  | { code: 'badSize'; id: string }
  | { code: 'tooLarge'; id: string; area: string; widthM: number; depthM: number }
  | { code: 'outside'; id: string; number: string; area: string }
  | { code: 'noArea' };

const fits = (w: number, d: number, W: number, D: number) => fitsArea({ widthM: w, depthM: d }, { widthM: W, depthM: D });

/** Checks the plan a diff would leave: numbers present and unique, sizes positive and fitting. */
export function validate(doc: PlanDoc, diff: Diff): EditProblem | null {
  const touched = [...diff.added.booths, ...diff.updated.booths.map((p) => p[1])];
  const placed = [...diff.added.features, ...diff.updated.features.map((p) => p[1])];
  const resizedAreas = diff.updated.areas.map((p) => p[1]);
  if (touched.length === 0 && placed.length === 0 && resizedAreas.length === 0 && diff.added.areas.length === 0) return null;
  // The areas as they will be (a handful); the booths only when a check needs them all.
  const areaDiff = emptyDiff();
  areaDiff.added.areas = diff.added.areas;
  areaDiff.updated.areas = diff.updated.areas;
  areaDiff.removed.areas = diff.removed.areas;
  const areas = applyDiff(doc, areaDiff).areas;
  for (const r of [...touched, ...placed]) {
    const sized = 'number' in r ? r.widthM > 0 && r.depthM > 0 : r.widthM >= 0 && r.depthM >= 0;
    if (!sized) return { code: 'badSize', id: r.id };
    const area = areas.get(r.areaId);
    if (!area) return { code: 'noArea' };
    if (!fits(r.widthM, r.depthM, area.widthM, area.depthM))
      return { code: 'tooLarge', id: r.id, area: area.name, widthM: area.widthM, depthM: area.depthM };
    // The file refuses a booth off its area: so does the editor, before anything is saved.
    if ('number' in r && !insideArea(r, area)) return { code: 'outside', id: r.id, number: r.number, area: area.name };
  }
  for (const a of [...diff.added.areas, ...resizedAreas]) if (!(a.widthM > 0) || !(a.depthM > 0)) return { code: 'badSize', id: a.id };
  // A move keeps every number: only new booths and new numbers are checked, so a drag on a big
  // plan never copies or counts every booth.
  const numbered = [...diff.added.booths, ...diff.updated.booths.filter(([from, to]) => from.number !== to.number).map((p) => p[1])];
  if (resizedAreas.length === 0 && numbered.length === 0) return null;
  const next = applyDiff(doc, diff);
  for (const a of resizedAreas) {
    for (const b of next.booths.values()) {
      if (b.areaId === a.id && !fits(b.widthM, b.depthM, a.widthM, a.depthM))
        return { code: 'tooLarge', id: b.id, area: a.name, widthM: a.widthM, depthM: a.depthM };
      // A new outline may leave a booth in its notch: the file refuses that, so does the editor.
      if (b.areaId === a.id && !insideArea(b, a)) return { code: 'outside', id: b.id, number: b.number, area: a.name };
    }
  }
  if (numbered.length === 0) return null;
  const wanted = new Set(numbered.map((b) => b.number));
  const counts = new Map<string, number>();
  for (const b of next.booths.values()) if (wanted.has(b.number)) counts.set(b.number, (counts.get(b.number) ?? 0) + 1);
  for (const b of numbered) {
    if (!b.number.trim()) return { code: 'emptyNumber', boothId: b.id };
    if ((counts.get(b.number) ?? 0) > 1) return { code: 'duplicateNumber', number: b.number, boothId: b.id };
  }
  return null;
}

export function addBooths(booths: Booth[], features: Feature[] = []): Diff {
  const d = emptyDiff();
  d.added.booths = booths;
  d.added.features = features;
  return d;
}

/** Updates of booths and features given their new state; unchanged records are left out. */
export function updateItems(doc: PlanDoc, booths: Booth[], features: Feature[] = []): Diff {
  const d = emptyDiff();
  d.updated.booths = updatesOf(doc.booths, booths);
  d.updated.features = updatesOf(doc.features, features);
  return d;
}

/** Removes booths and features by id (locked booths stay). */
export function removeItems(doc: PlanDoc, ids: Iterable<string>): Diff {
  const d = emptyDiff();
  for (const id of ids) {
    const booth = doc.booths.get(id);
    if (booth && !booth.locked) d.removed.booths.push(booth);
    const feature = doc.features.get(id);
    if (feature) d.removed.features.push(feature);
    const dimension = doc.dimensions.get(id);
    if (dimension) d.removed.dimensions.push(dimension);
  }
  return d;
}

/** An area goes with everything on it. */
export function removeArea(doc: PlanDoc, areaId: string): Diff {
  const d = emptyDiff();
  const area = doc.areas.get(areaId);
  if (!area) return d;
  d.removed.booths = [...doc.booths.values()].filter((b) => b.areaId === areaId);
  d.removed.features = [...doc.features.values()].filter((f) => f.areaId === areaId);
  d.removed.dimensions = [...doc.dimensions.values()].filter((x) => x.areaId === areaId);
  d.removed.areas = [area];
  return d;
}

/** A zone goes; its booths keep their place with no zone. */
export function removeZone(doc: PlanDoc, zoneId: string): Diff {
  const d = emptyDiff();
  const zone = doc.zones.get(zoneId);
  if (!zone) return d;
  d.updated.booths = [...doc.booths.values()].filter((b) => b.zoneId === zoneId).map((b) => [b, { ...b, zoneId: null }]);
  d.removed.zones = [zone];
  return d;
}

export function translateItems(doc: PlanDoc, ids: Iterable<string>, dx: number, dy: number): Diff {
  const booths: Booth[] = [];
  const features: Feature[] = [];
  for (const id of ids) {
    const b = doc.booths.get(id);
    if (b && !b.locked) booths.push({ ...b, xM: round(b.xM + dx), yM: round(b.yM + dy) });
    const f = doc.features.get(id);
    if (f) features.push({ ...f, xM: round(f.xM + dx), yM: round(f.yM + dy) });
  }
  const d = updateItems(doc, booths, features);
  d.updated.dimensions = updatesOf(
    doc.dimensions,
    [...ids].flatMap((id) => {
      const x = doc.dimensions.get(id);
      return x ? [shiftDimension(x, dx, dy)] : [];
    }),
  );
  return d;
}

/** A dimension line moved by (dx, dy) metres, its points kept to the millimetre. */
export function shiftDimension(x: Dimension, dx: number, dy: number): Dimension {
  return { ...x, x1M: round(x.x1M + dx), y1M: round(x.y1M + dy), x2M: round(x.x2M + dx), y2M: round(x.y2M + dy) };
}

/** What the clipboard, copy and paste carry: booths, features and dimension lines. */
export type PlanItem = Booth | Feature | Dimension;

const isDimension = (r: PlanItem): r is Dimension => 'x1M' in r;
/** The box an item covers on its area. */
export const itemBox = (r: PlanItem): Box => (isDimension(r) ? dimensionBounds(r) : bounds(r));
const itemOf = (doc: PlanDoc, id: string): PlanItem | undefined => doc.booths.get(id) ?? doc.features.get(id) ?? doc.dimensions.get(id);

/** Copies placed beside the originals, with the next free numbers of their prefixes. */
export function duplicateItems(
  doc: PlanDoc,
  ids: Iterable<string>,
  offset: { dx: number; dy: number },
  newId: () => string,
  skip?: ReadonlySet<number>,
): Diff {
  const records = [...ids].map((id) => itemOf(doc, id)).filter((r): r is PlanItem => !!r);
  return copyRecords(doc, records, offset, newId, undefined, skip);
}

/** New records from copies (the clipboard keeps whole records, so pasting works after a delete). */
export function copyRecords(
  doc: PlanDoc,
  records: readonly PlanItem[],
  offset: { dx: number; dy: number },
  newId: () => string,
  areaId?: string,
  /** Numbers left out on purpose (e.g. 13): a copy never takes one. */
  skip?: ReadonlySet<number>,
): Diff {
  const d = emptyDiff();
  const used = new Set([...doc.booths.values()].map((b) => b.number));
  for (const r of records) {
    if (isDimension(r)) {
      d.added.dimensions.push({ ...shiftDimension(r, offset.dx, offset.dy), id: newId(), areaId: areaId ?? r.areaId });
      continue;
    }
    const placed = { id: newId(), xM: round(r.xM + offset.dx), yM: round(r.yM + offset.dy), areaId: areaId ?? r.areaId };
    if ('number' in r) {
      const number = nextFreeNumber(r.number, used, skip);
      used.add(number);
      d.added.booths.push({ ...r, ...placed, number, locked: false });
    } else d.added.features.push({ ...r, ...placed });
  }
  return d;
}

/**
 * Copies whose bounds are centred on `at` (the pointer), kept inside the area they land on; they
 * take the next free numbers that respect the skip list.
 */
export function pasteRecords(
  doc: PlanDoc,
  records: readonly PlanItem[],
  at: { x: number; y: number },
  areaId: string,
  newId: () => string,
  skip?: ReadonlySet<number>,
): Diff {
  const box = unionBox(records.map(itemBox));
  const area = doc.areas.get(areaId);
  if (!box || !area) return copyRecords(doc, records, { dx: 0, dy: 0 }, newId, areaId, skip);
  const clamp = (v: number, min: number, max: number) => Math.min(Math.max(v, min), Math.max(min, max));
  const x = clamp(at.x - box.width / 2, 0, area.widthM - box.width);
  const y = clamp(at.y - box.height / 2, 0, area.depthM - box.height);
  // Whole decimetres, as the grid and the nudges work.
  const dx = Math.round((x - box.x) * 10) / 10;
  const dy = Math.round((y - box.y) * 10) / 10;
  return copyRecords(doc, records, { dx, dy }, newId, areaId, skip);
}

/** Numbers the booths in the chosen order (by default reading order: rows top to bottom, left to right). */
export function renumberBooths(doc: PlanDoc, ids: Iterable<string>, numbering: Numbering, order: NumberOrder = READING_ORDER): Diff {
  const booths = [...ids].map((id) => doc.booths.get(id)).filter((b): b is Booth => !!b);
  const ordered = numberOrder(booths, order);
  const numbers = boothNumbers(numbering, ordered.length);
  return updateItems(
    doc,
    ordered.map((b, i) => ({ ...b, number: numbers[i]! })),
  );
}

/** The bounds of some booths, features and dimension lines together. */
export function itemsBounds(doc: PlanDoc, ids: Iterable<string>): Box | null {
  const records = [...ids].map((id) => itemOf(doc, id)).filter((r): r is PlanItem => !!r);
  return unionBox(records.map(itemBox));
}

/** Positions kept to the millimetre, so sums of 0.1 m steps stay readable. */
export function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
