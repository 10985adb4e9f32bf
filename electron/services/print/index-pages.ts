import { formatDong } from '../../../shared/money';
import type { MapPrintOptions } from '../../../shared/model/print';
import type { Booth } from '../../../shared/model/plan';
import type { MapData } from './data';
import type { PdfContext } from './document';
import type { LabelKey } from './labels';
import { safeColor } from './style';
import { layIndex, type Column, type FlowTable, type IndexLayout, type TableSection } from './index-flow';

export interface IndexScope {
  data: MapData;
  /** The booths of the printed areas. */
  booths: Booth[];
  options: MapPrintOptions;
}

const NO_ZONE_KEY = '';

/** Groups rows by the zone of a booth, zones in name order and booths without a zone last. */
function byZone<T>(
  ctx: PdfContext,
  scope: IndexScope,
  items: T[],
  zoneOf: (item: T) => string | null,
  row: (item: T) => string[],
): TableSection[] {
  if (!scope.options.index.groupByZone) return [{ rows: items.map(row) }];
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = zoneOf(item) ?? NO_ZONE_KEY;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const zones = scope.data.plan.zones.filter((z) => groups.has(z.id));
  const sections: TableSection[] = zones.map((z) => ({ heading: z.name, color: safeColor(z.color), rows: groups.get(z.id)!.map(row) }));
  if (groups.has(NO_ZONE_KEY)) sections.push({ heading: ctx.t('noZone'), rows: groups.get(NO_ZONE_KEY)!.map(row) });
  return sections;
}

export function indexRowCount(scope: IndexScope): number {
  const held = scope.booths.filter((b) => scope.data.holders.has(b.id));
  const organizer = scope.options.variant === 'organizer';
  const exhibitors = new Set(held.map((b) => scope.data.holders.get(b.id)!.exhibitor.id)).size;
  return (
    (scope.options.index.byExhibitor ? exhibitors : 0) + (scope.options.index.byBooth ? (organizer ? scope.booths.length : held.length) : 0)
  );
}

/** The directory's tables: exhibitors A–Z with their booths, and booths by number with their exhibitor. */
function indexTables(ctx: PdfContext, scope: IndexScope): FlowTable[] {
  const { data, options } = scope;
  const t = ctx.t;
  const organizer = options.variant === 'organizer';
  const collator = new Intl.Collator(ctx.language, { numeric: true, sensitivity: 'base' });
  const areaName = new Map(data.plan.areas.map((a) => [a.id, a.name]));
  const zoneName = new Map(data.plan.zones.map((z) => [z.id, z.name]));
  // Booths of one area need no area column: it would say the same on every row (the map names the area),
  // and leaving it out makes the columns narrower, so more fit across a sheet.
  const withArea = new Set(scope.booths.map((b) => b.areaId)).size > 1;
  const tables: FlowTable[] = [];

  if (options.index.byExhibitor) {
    const boothsOf = new Map<string, Booth[]>();
    for (const b of scope.booths) {
      const holder = data.holders.get(b.id);
      if (!holder) continue;
      const list = boothsOf.get(holder.exhibitor.id);
      if (list) list.push(b);
      else boothsOf.set(holder.exhibitor.id, [b]);
    }
    const entries = [...boothsOf.entries()]
      .map(([id, booths]) => ({ exhibitor: data.exhibitors.get(id)!, booths: booths.sort((a, b) => collator.compare(a.number, b.number)) }))
      .sort(
        (a, b) =>
          collator.compare(a.exhibitor.mapName, b.exhibitor.mapName) || collator.compare(a.exhibitor.legalName, b.exhibitor.legalName),
      );
    const columns: Column[] = [
      { header: t('exhibitor'), weight: 'bold', maxEm: 30 },
      { header: t('booths'), maxEm: 14 },
      ...(withArea ? [{ header: t('area'), maxEm: 14 }] : []),
    ];
    const row = (e: (typeof entries)[number]) => [
      e.exhibitor.mapName === e.exhibitor.legalName ? e.exhibitor.mapName : `${e.exhibitor.mapName} — ${e.exhibitor.legalName}`,
      e.booths.map((b) => b.number).join(', '),
      ...(withArea ? [[...new Set(e.booths.map((b) => areaName.get(b.areaId) ?? ''))].join(', ')] : []),
    ];
    // An exhibitor spread over zones is listed under the zone of its first booth.
    const sections = byZone(ctx, scope, entries, (e) => e.booths[0]?.zoneId ?? null, row);
    tables.push({ title: t('indexByExhibitor'), columns, sections, empty: t('noExhibitors') });
  }

  if (options.index.byBooth) {
    const booths = scope.booths.filter((b) => organizer || data.holders.has(b.id)).sort((a, b) => collator.compare(a.number, b.number));
    const columns: Column[] = [
      { header: t('booth'), weight: 'bold', maxEm: 8 },
      { header: t('exhibitor'), maxEm: 20 },
      { header: t('zone'), maxEm: 12 },
      ...(withArea ? [{ header: t('area'), maxEm: 14 }] : []),
      ...(organizer ? [{ header: t('status'), maxEm: 10 }, { header: t('price'), align: 'right', maxEm: 10 } satisfies Column] : []),
    ];
    const row = (b: Booth) => {
      const holder = data.holders.get(b.id);
      const base = [b.number, holder?.exhibitor.mapName ?? '', (b.zoneId && zoneName.get(b.zoneId)) || ''];
      if (withArea) base.push(areaName.get(b.areaId) ?? '');
      if (!organizer) return base;
      const status: LabelKey = b.kind === 'non_sellable' ? 'notForSale' : (holder?.status ?? 'free');
      return [...base, t(status), formatDong(b.priceDong, ctx.language)];
    };
    tables.push({
      title: t('indexByBooth'),
      columns,
      sections: byZone(ctx, scope, booths, (b) => b.zoneId, row),
      empty: t('noExhibitors'),
    });
  }
  return tables;
}

/** The index measured for this paper, or null when none is asked for. */
export function indexLayout(ctx: PdfContext, scope: IndexScope): IndexLayout | null {
  const tables = indexTables(ctx, scope);
  return tables.length ? layIndex(ctx, tables) : null;
}
