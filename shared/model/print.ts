import { z } from 'zod';
import { Id, IsoDay } from './common';
import { FileBytes, Language } from './fair';

/** ISO A sizes the print shops take, from a handout (A4) to a wall poster (A0). */
export const PaperSize = z.enum(['A4', 'A3', 'A2', 'A1', 'A0']);
export type PaperSize = z.infer<typeof PaperSize>;

export const Orientation = z.enum(['portrait', 'landscape']);
export type Orientation = z.infer<typeof Orientation>;

export const Paper = z.object({
  size: PaperSize,
  orientation: Orientation,
  /** White border every printer needs, in millimetres. */
  marginMm: z.number().min(0).max(50),
});
export type Paper = z.infer<typeof Paper>;

/** One page per area scaled to fit, or tiles at a true scale that are taped together. */
export const MapLayout = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('fit') }),
  /** Every area on one sheet of the whole site, each at its place, at a true scale. */
  z.object({ mode: z.literal('site') }),
  z.object({
    mode: z.literal('tile'),
    /** The N of 1:N: 100 means 1 cm on paper is 1 m on the ground. */
    scale: z.number().int().min(10).max(5000),
    /** Paper shared by neighbouring tiles, so they can be glued, in millimetres. */
    overlapMm: z.number().min(0).max(50),
  }),
]);
export type MapLayout = z.infer<typeof MapLayout>;

/** Who holds the map: visitors never see prices or statuses; organizers see both; an exhibitor sees their own booths. */
export const MapVariant = z.enum(['visitor', 'organizer', 'exhibitor']);
export type MapVariant = z.infer<typeof MapVariant>;

/** `type`: inline, corner, peninsula, island, by the plan core's one rule (what pricing charges). */
export const ColorBy = z.enum(['zone', 'status', 'type']);
export type ColorBy = z.infer<typeof ColorBy>;

export const MapPrintOptions = z.object({
  /** null prints every area. */
  areaId: Id.nullable(),
  paper: Paper,
  layout: MapLayout,
  variant: MapVariant,
  /** The visitor map is always coloured by zone: statuses and booth types are for organizers. */
  colorBy: ColorBy,
  /** Exhibitor sheets: one exhibitor, or null for a sheet per exhibitor. */
  exhibitorId: Id.nullable(),
  index: z.object({ byExhibitor: z.boolean(), byBooth: z.boolean(), groupByZone: z.boolean() }),
  language: Language,
});
export type MapPrintOptions = z.infer<typeof MapPrintOptions>;

export const ReportPrintOptions = z.object({
  paper: Paper,
  language: Language,
  /** The revenue heat map as the appendix's last pages ("Sơ đồ doanh thu theo gian hàng"); absent: included. */
  heatMap: z.boolean().optional(),
});
export type ReportPrintOptions = z.infer<typeof ReportPrintOptions>;

/** Signs for staff mode: one page per booth with a QR code opening the staff page on that booth. */
export const BoothSignsOptions = z.object({ paper: Paper, language: Language });
export type BoothSignsOptions = z.infer<typeof BoothSignsOptions>;

/** The revenue heat map on paper: booths coloured by the same steps as the screen, for one day or the whole fair. */
export const HeatMapPrintOptions = z.object({
  /** null prints every area, one page each. */
  areaId: Id.nullable(),
  /** null: the whole fair ("cả hội chợ"). */
  day: IsoDay.nullable(),
  metric: z.enum(['revenue', 'revenuePerM2']),
  paper: Paper,
  language: Language,
});
export type HeatMapPrintOptions = z.infer<typeof HeatMapPrintOptions>;

export const PrintRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('map'), options: MapPrintOptions }),
  z.object({ kind: z.literal('report'), options: ReportPrintOptions }),
  z.object({ kind: z.literal('boothSigns'), options: BoothSignsOptions }),
  z.object({ kind: z.literal('heatMap'), options: HeatMapPrintOptions }),
]);
export type PrintRequest = z.infer<typeof PrintRequest>;

/** A PDF being made: polled by the dialog, which shows the progress. */
export const PrintJob = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), jobId: Id, done: z.number().int(), total: z.number().int() }),
  z.object({ state: z.literal('done'), jobId: Id, pageCount: z.number().int(), file: FileBytes }),
  z.object({ state: z.literal('failed'), jobId: Id, message: z.string() }),
]);
export type PrintJob = z.infer<typeof PrintJob>;

export const DEFAULT_MAP_OPTIONS: Omit<MapPrintOptions, 'language'> = {
  areaId: null,
  paper: { size: 'A3', orientation: 'landscape', marginMm: 10 },
  layout: { mode: 'fit' },
  variant: 'visitor',
  colorBy: 'zone',
  exhibitorId: null,
  index: { byExhibitor: true, byBooth: true, groupByZone: false },
};

/** What the print dialog offers to choose from. */
export const PrintChoices = z.object({
  areas: z.array(z.object({ id: Id, name: z.string(), booths: z.number().int() })),
  /** Exhibitors holding at least one booth: the ones an exhibitor sheet can be printed for. */
  exhibitors: z.array(z.object({ id: Id, name: z.string(), booths: z.array(z.string()) })),
});
export type PrintChoices = z.infer<typeof PrintChoices>;
