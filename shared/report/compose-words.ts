import { translator } from '../i18n';
import { formatDay } from '../dates';
import { formatNumber } from '../money';
import type { Language } from '../model/fair';
import type { EditionFigures } from '../model/report';
import type { UnitType } from '../unit-type';

/** The booth-fee figures of the payment ledger, already written as amounts. */
export interface MoneyWords {
  invoiced: string;
  paid: string;
  receivable: string;
  refunded: string;
  credit: string;
}

interface Press {
  when: string;
  where: string;
  organizer: string;
  fair: string;
  booths: string;
  units: string;
  provinces: string;
  ocop: string;
  visitors: string;
  revenue: string;
  agreements: string;
}

const FIGURES = ['booths', 'exhibitors', 'provinces', 'ocopProducts', 'visitors', 'revenue', 'agreements', 'agreementsValue'] as const;

/**
 * The report's sentences in one language, made from the catalogue's `report` namespace (shared/i18n/report.ts):
 * the words live there, this only chooses which entry a case takes and fills it.
 */
function build(language: Language) {
  const t = translator(language, 'report');
  const day = (d: string) => formatDay(d, language);
  const orDefault = (organizer: string, lower = false) => organizer || t(lower ? 'theOrganizerLower' : 'theOrganizer');
  const section = <K extends string>(prefix: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}` as never)])) as Record<K, string>;
  return {
    nation: t('nation'),
    motto: t('motto'),
    number: t('number'),
    kind: t('kind'),
    title: (fair: string) => t('title', { fair }),
    titleDay: (fair: string, d: string) => t('titleDay', { fair, day: day(d) }),
    headings: section('headings', ['purpose', 'scale', 'results', 'assessment', 'recommendations'] as const),
    sub: section('sub', [
      'purpose',
      'time',
      'booths',
      'units',
      'provinces',
      'ocop',
      'visitors',
      'sales',
      'agreements',
      'fees',
      'comparison',
      'comparisonDay',
    ] as const),
    defaultPurpose: (organizer: string, fair: string) => t('defaultPurpose', { organizer: orDefault(organizer), fair }),
    time: (first: string, last: string, days: number) =>
      first === last
        ? t('timeOneDay', { first: day(first) })
        : t('time', { first: day(first), last: day(last), days: language === 'vi' ? String(days).padStart(2, '0') : String(days) }),
    venue: (venue: string) => t('venue', { venue: venue || t('notGiven') }),
    organizer: (organizer: string) => t('organizer', { organizer: organizer || t('notGiven') }),
    booths: (allocated: string, std: string, sellable: string, total: string) => t('booths', { allocated, std, sellable, total }),
    units: (n: string, parts: string) => (parts ? t('unitsOf', { n, parts }) : t('units', { n })),
    unitType: (n: string, type: UnitType | null) => t(`unitType.${type ?? 'company'}`, { n }),
    unitUnknown: (n: string) => t('unitUnknown', { n }),
    and: t('and'),
    provinces: (count: string, of: string) => t('provinces', { n: count, of }),
    inside: (n: string, host: string, share: string) => t('inside', { n, host, share }),
    outside: (n: string, share: string) => t('outside', { n, share }),
    unknownProvince: (n: string) => t('unknownProvince', { n }),
    inWhich: t('inWhich'),
    ocop: (products: string, exhibitors: string, stars: string) => t('ocop', { products, exhibitors, stars }),
    ocopStars: (n: string, stars: number) => t('ocopStars', { n, stars }),
    noOcop: t('noOcop'),
    visitors: (n: string) => t('visitors', { n }),
    visitorsDay: (n: string) => t('visitorsDay', { n }),
    sales: (total: string, exact: string, perBooth: string, perDay: string) => t('sales', { total, exact, perBooth, perDay }),
    agreements: (contracts: string, mous: string, value: string) =>
      value ? t('agreementsWorth', { contracts, mous, value }) : t('agreements', { contracts, mous }),
    noAgreements: t('noAgreements'),
    fees: (m: MoneyWords) => t('fees', { ...m }),
    tFees: t('tFees'),
    feeRows: section('feeRows', ['invoiced', 'paid', 'refunded', 'credit', 'receivable'] as const),
    amountCol: t('amountCol'),
    comparison: (name: string) => t('comparison', { name }),
    noComparison: t('noComparison'),
    comparisonDay: (d: string) => t('comparisonDay', { day: day(d) }),
    noComparisonDay: t('noComparisonDay'),
    sameDay: (label: string) => t('sameDay', { label }),
    previousDay: t('previousDay'),
    change: (label: string, delta: string, pct: string | null, up: boolean, same: boolean) =>
      same ? t('same', { label }) : t(`${up ? 'up' : 'down'}${pct ? 'Pct' : ''}`, { label, delta, pct }),
    figures: Object.fromEntries(FIGURES.map((k) => [k, [t(`figures.${k}.label`), t(`figures.${k}.unit`)]])) as Record<
      keyof EditionFigures,
      [string, string]
    >,
    placeholderAssessment: t('placeholderAssessment'),
    placeholderRecommendations: t('placeholderRecommendations'),
    closing: (fair: string, body: string) => t('closing', { fair, body }),
    recipients: t('recipients'),
    appendix: t('appendix'),
    appendixNote: (title: string) => t('appendixNote', { titleLower: `${title.charAt(0).toLowerCase()}${title.slice(1)}` }),
    table: t('table'),
    stt: t('stt'),
    unitCol: t('unitCol'),
    unitLine: (unit: string) => t('unitLine', { unit }),
    total: t('total'),
    dong: t('dong'),
    t1: t('t1'),
    indicator: t('indicator'),
    quantity: t('quantity'),
    previous: t('previous'),
    changePct: t('changePct'),
    t2: t('t2'),
    dayCol: t('dayCol'),
    revenueCol: t('revenueCol'),
    entriesCol: t('entriesCol'),
    visitorsCol: t('visitorsCol'),
    t3: t('t3'),
    tZone: t('tZone'),
    zoneCol: t('zoneCol'),
    noZone: t('noZone'),
    tCategory: t('tCategory'),
    provinceCol: t('provinceCol'),
    unitsCol: t('unitsCol'),
    otherProvince: t('otherProvince'),
    t4: t('t4'),
    kindCol: t('kindCol'),
    kinds: section('kinds', ['contract', 'mou'] as const),
    partiesCol: t('partiesCol'),
    signedCol: t('signedCol'),
    valueCol: t('valueCol'),
    noteCol: t('noteCol'),
    t5: t('t5'),
    nameCol: t('nameCol'),
    addressCol: t('addressCol'),
    categoryCol: t('categoryCol'),
    ocopCol: t('ocopCol'),
    starsShort: (n: number) => t('starsShort', { n }),
    boothsCol: t('boothsCol'),
    uncategorized: t('uncategorized'),
    rows: {
      ...section('rows', [
        'booths',
        'standard',
        'exhibitors',
        'provinces',
        'ocop',
        'visitors',
        'revenue',
        'perBooth',
        'perDay',
        'agreements',
        'agreementsValue',
      ] as const),
      ocopStars: (n: number) => t('rows.ocopStars', { n }),
    },
    units1: section('units1', ['booth', 'unit', 'province', 'product', 'visit', 'doc'] as const),
    unitTypes: section('unitTypes', ['company', 'cooperative', 'household', 'facility', 'none'] as const),
    press: (p: Press) => t(p.where ? 'pressAt' : 'press', { ...p, organizer: orDefault(p.organizer, true) }),
    pressWhen: (first: string, last: string) =>
      first === last ? t('pressWhenDay', { first: day(first) }) : t('pressWhen', { first: day(first), last: day(last) }),
    pressOcop: (n: string) => t('pressOcop', { n }),
    pressAgreements: (n: string, value: string) => (value ? t('pressAgreementsWorth', { n, value }) : t('pressAgreements', { n })),
    file: t('file'),
    subSameDay: t('subSameDay'),
    sameDayLastEdition: (n: number, d: string, name: string) => t('sameDayLastEdition', { n, day: day(d), name }),
    noSameDayLastEdition: (n: number) => t('noSameDayLastEdition', { n }),
  };
}

export type Words = ReturnType<typeof build>;

const cache = new Map<Language, Words>();
/** The report's words in one language, built once from the catalogue. */
export const wordsFor = (language: Language): Words => {
  let w = cache.get(language);
  if (!w) cache.set(language, (w = build(language)));
  return w;
};
export const num = (n: number, language: Language) => formatNumber(n, language);
