import { fairDays, formatDay } from '../dates';
import type { Language } from '../model/fair';
import { formatNumber } from '../money';
import { EDITION_FIGURES, type FairReport } from '../model/report';
import { PROVINCE_COUNT } from '../provinces';
import { num, wordsFor } from './compose-words';
import type { Cell, ReportBlock, ReportDoc, ReportTable } from './document';
import { changePercent, dongProse, placeDateLine, sharePercent } from './words';

const sentenceCase = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1).toLocaleLowerCase('vi');
const joinList = (parts: string[], and: string) =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The Department's report ("Báo cáo kết quả tổ chức hội chợ", Decree 30/2020/NĐ-CP) as blocks and
 * tables. Every format renders this one description, so they say the same thing to the đồng.
 */
export function composeReport(r: FairReport, language: Language): ReportDoc {
  const w = wordsFor(language);
  const n = (v: number) => num(v, language);
  const money = (v: number) => dongProse(v, language);
  const s = r.settings;
  const fairName = r.fair.name;
  const days = fairDays(r.fair.firstDay, r.fair.lastDay).length;
  const participants = r.exhibitors.participating;

  const body: ReportBlock[] = [];
  const para = (text: string, italic = false) => body.push({ kind: 'para', text, italic });
  const sub = (text: string) => body.push({ kind: 'subheading', text });

  body.push({ kind: 'heading', text: w.headings.purpose });
  sub(w.sub.purpose);
  for (const l of lines(s.purpose || w.defaultPurpose(r.fair.organizer, fairName))) para(l);
  sub(w.sub.time);
  body.push({ kind: 'bullet', text: w.time(r.day ?? r.fair.firstDay, r.day ?? r.fair.lastDay, r.day ? 1 : days) });
  body.push({ kind: 'bullet', text: w.venue(r.fair.venue) });
  body.push({ kind: 'bullet', text: w.organizer(r.fair.organizer) });

  body.push({ kind: 'heading', text: w.headings.scale });
  sub(w.sub.booths);
  para(w.booths(n(r.booths.allocated), formatNumber(r.booths.standardEquivalent, language, 1), n(r.booths.sellable), n(r.booths.total)));
  sub(w.sub.units);
  const typeParts = r.exhibitors.byType
    .filter((t) => t.count > 0)
    .map((t) => (t.type === null ? w.unitUnknown(n(t.count)) : w.unitType(n(t.count), t.type)));
  para(w.units(n(participants), joinList(typeParts, w.and)));
  sub(w.sub.provinces);
  const hostName = r.provinces.host || '—';
  const where = [
    w.inside(n(r.provinces.inside), hostName, sharePercent(r.provinces.inside, participants, language)),
    w.outside(n(r.provinces.outside), sharePercent(r.provinces.outside, participants, language)),
    ...(r.provinces.unknown ? [w.unknownProvince(n(r.provinces.unknown))] : []),
  ];
  para(`${w.provinces(n(r.provinces.count), n(PROVINCE_COUNT))}${w.inWhich}${joinList(where, w.and)}.`);
  sub(w.sub.ocop);
  const stars = r.ocop.byStars.map((b) => w.ocopStars(n(b.products), b.stars));
  para(r.ocop.products ? w.ocop(n(r.ocop.products), n(r.ocop.exhibitors), joinList(stars, w.and)) : w.noOcop);

  body.push({ kind: 'heading', text: w.headings.results });
  sub(w.sub.visitors);
  para(r.day ? w.visitorsDay(n(r.visitors.total)) : w.visitors(n(r.visitors.total)));
  sub(w.sub.sales);
  para(w.sales(money(r.revenue.total), n(r.revenue.total), money(r.revenue.perBooth), money(r.revenue.perDay)));
  sub(w.sub.agreements);
  const a = r.agreements;
  para(a.contracts + a.mous ? w.agreements(n(a.contracts), n(a.mous), a.valueDong ? money(a.valueDong) : '') : w.noAgreements);
  sub(w.sub.comparison);
  const c = r.comparison;
  if (c) {
    para(w.comparison(c.name));
    for (const key of EDITION_FIGURES) {
      const [label, unit] = w.figures[key];
      const delta = c.current[key] - c.previous[key];
      const isMoney = unit === 'đồng';
      const amount = isMoney ? money(Math.abs(delta)) : `${n(Math.abs(delta))} ${unit}`;
      body.push({
        kind: 'bullet',
        text: `${w.change(label, amount, changePercent(c.current[key], c.previous[key], language), delta > 0, delta === 0)} (${
          isMoney ? money(c.previous[key]) : n(c.previous[key])
        } → ${isMoney ? money(c.current[key]) : n(c.current[key])}).`,
      });
    }
  } else para(w.noComparison, true);

  body.push({ kind: 'heading', text: w.headings.assessment });
  if (s.assessment) for (const l of lines(s.assessment)) para(l);
  else para(w.placeholderAssessment, true);
  body.push({ kind: 'heading', text: w.headings.recommendations });
  if (s.recommendations) for (const l of lines(s.recommendations)) para(l);
  else para(w.placeholderRecommendations, true);

  const title = r.day ? w.titleDay(fairName, r.day) : w.title(fairName);
  const issuer = r.fair.organizer || sentenceCase(s.issuingBody);
  return {
    header: {
      parentBody: s.parentBody.toLocaleUpperCase('vi'),
      issuingBody: s.issuingBody.toLocaleUpperCase('vi'),
      number: `${w.number} ${s.number}`,
      nation: w.nation,
      motto: w.motto,
      placeDate: placeDateLine(s.place, s.reportDay ?? r.fair.lastDay, language),
    },
    kind: w.kind,
    title,
    body,
    closing: w.closing(fairName, issuer),
    recipientsLabel: w.recipients,
    recipients: lines(s.recipients).map((l) => (l.startsWith('-') ? l : `- ${l}`)),
    signer: { authority: s.signerAuthority.toLocaleUpperCase('vi'), title: s.signerTitle.toLocaleUpperCase('vi'), name: s.signerName },
    appendixTitle: w.appendix,
    appendixNote: w.appendixNote(title),
    tables: tables(r, language),
    press: pressSummary(r, language),
    fileBase: `${w.file}-${r.day ?? r.fair.firstDay}`,
  };
}

function tables(r: FairReport, language: Language): ReportTable[] {
  const w = wordsFor(language);
  const u = w.units1;
  const c = r.comparison;
  const figure = (key: (typeof EDITION_FIGURES)[number] | null, value: number): Cell[] => {
    if (!c) return [value];
    if (!key) return [value, '', ''];
    return [value, c.previous[key], changePercent(c.current[key], c.previous[key], language) ?? ''];
  };
  const summaryRows: Cell[][] = [
    ['1', w.rows.booths, u.booth, ...figure('booths', r.booths.allocated)],
    ['', `– ${w.rows.standard}`, u.booth, ...figure(null, r.booths.standardEquivalent)],
    ['2', w.rows.exhibitors, u.unit, ...figure('exhibitors', r.exhibitors.participating)],
    ...r.exhibitors.byType
      .filter((t) => t.count > 0 || t.type !== null)
      .map((t): Cell[] => ['', `– ${w.unitTypes[t.type ?? 'none']}`, u.unit, ...figure(null, t.count)]),
    ['3', w.rows.provinces, u.province, ...figure('provinces', r.provinces.count)],
    ['4', w.rows.ocop, u.product, ...figure('ocopProducts', r.ocop.products)],
    ...r.ocop.byStars.map((b): Cell[] => ['', `– ${w.rows.ocopStars(b.stars)}`, u.product, ...figure(null, b.products)]),
    ['5', w.rows.visitors, u.visit, ...figure('visitors', r.visitors.total)],
    ['6', w.rows.revenue, w.dong, ...figure('revenue', r.revenue.total)],
    ['', `– ${w.rows.perBooth}`, w.dong, ...figure(null, r.revenue.perBooth)],
    ['', `– ${w.rows.perDay}`, w.dong, ...figure(null, r.revenue.perDay)],
    ['7', w.rows.agreements, u.doc, ...figure('agreements', r.agreements.contracts + r.agreements.mous)],
    ['8', w.rows.agreementsValue, w.dong, ...figure('agreementsValue', r.agreements.valueDong)],
  ];
  const summaryColumns = c
    ? [
        { header: w.stt, width: 0.07, align: 'center' as const },
        { header: w.indicator, width: 0.38, align: 'left' as const },
        { header: w.unitCol, width: 0.12, align: 'center' as const },
        { header: w.quantity, width: 0.16, align: 'right' as const, numeric: true },
        { header: w.previous, width: 0.15, align: 'right' as const, numeric: true },
        { header: w.changePct, width: 0.12, align: 'right' as const },
      ]
    : [
        { header: w.stt, width: 0.08, align: 'center' as const },
        { header: w.indicator, width: 0.52, align: 'left' as const },
        { header: w.unitCol, width: 0.16, align: 'center' as const },
        { header: w.quantity, width: 0.24, align: 'right' as const, numeric: true },
      ];

  const byDay: ReportTable = {
    label: '',
    title: w.t2,
    unit: w.unitLine(w.dong),
    columns: [
      { header: w.stt, width: 0.08, align: 'center' },
      { header: w.dayCol, width: 0.27, align: 'left' },
      { header: w.revenueCol, width: 0.27, align: 'right', numeric: true },
      { header: w.entriesCol, width: 0.18, align: 'right', numeric: true },
      { header: w.visitorsCol, width: 0.2, align: 'right', numeric: true },
    ],
    rows: r.byDay.map((d, i) => [i + 1, formatDay(d.day, language), d.revenue, d.entries, d.visitors]),
    total: ['', w.total, r.revenue.total, r.revenue.entries, r.visitors.total],
  };
  const byZone: ReportTable = {
    label: '',
    title: w.tZone,
    unit: w.unitLine(w.dong),
    columns: [
      { header: w.stt, width: 0.08, align: 'center' },
      { header: w.zoneCol, width: 0.42, align: 'left' },
      { header: w.boothsCol, width: 0.2, align: 'right', numeric: true },
      { header: w.revenueCol, width: 0.3, align: 'right', numeric: true },
    ],
    rows: r.byZone.map((z, i) => [i + 1, z.name || w.noZone, z.booths, z.revenue]),
    total: ['', w.total, r.byZone.reduce((t, z) => t + z.booths, 0), r.byZone.reduce((t, z) => t + z.revenue, 0)],
  };
  const byCategory: ReportTable = {
    label: '',
    title: w.tCategory,
    unit: w.unitLine(w.dong),
    columns: [
      { header: w.stt, width: 0.08, align: 'center' },
      { header: w.categoryCol, width: 0.42, align: 'left' },
      { header: w.unitsCol, width: 0.2, align: 'right', numeric: true },
      { header: w.revenueCol, width: 0.3, align: 'right', numeric: true },
    ],
    rows: r.byCategory.map((c, i) => [i + 1, c.category || w.uncategorized, c.exhibitors, c.revenue]),
    total: ['', w.total, r.byCategory.reduce((t, c) => t + c.exhibitors, 0), r.byCategory.reduce((t, c) => t + c.revenue, 0)],
  };
  const provinceRows: Cell[][] = r.provinces.list.map((p, i) => [i + 1, p.province, p.exhibitors]);
  if (r.provinces.unknown) provinceRows.push([provinceRows.length + 1, w.otherProvince, r.provinces.unknown]);
  const byProvince: ReportTable = {
    label: '',
    title: w.t3,
    unit: w.unitLine(u.unit),
    columns: [
      { header: w.stt, width: 0.1, align: 'center' },
      { header: w.provinceCol, width: 0.6, align: 'left' },
      { header: w.unitsCol, width: 0.3, align: 'right', numeric: true },
    ],
    rows: provinceRows,
    total: ['', w.total, r.exhibitors.participating],
  };
  const agreements: ReportTable = {
    label: '',
    title: w.t4,
    unit: w.unitLine(w.dong),
    columns: [
      { header: w.stt, width: 0.06, align: 'center' },
      { header: w.kindCol, width: 0.14, align: 'left' },
      { header: w.partiesCol, width: 0.36, align: 'left' },
      { header: w.signedCol, width: 0.12, align: 'center' },
      { header: w.valueCol, width: 0.16, align: 'right', numeric: true },
      { header: w.noteCol, width: 0.16, align: 'left' },
    ],
    rows: r.agreements.list.map((a, i) => [
      i + 1,
      w.kinds[a.kind],
      a.parties,
      a.signedOn ? formatDay(a.signedOn, language) : '',
      a.valueDong,
      a.note,
    ]),
    total: ['', w.total, '', '', r.agreements.valueDong, ''],
  };
  const exhibitors: ReportTable = {
    label: '',
    title: w.t5,
    unit: w.unitLine(w.dong),
    columns: [
      { header: w.stt, width: 0.06, align: 'center' },
      { header: w.nameCol, width: 0.23, align: 'left' },
      { header: w.addressCol, width: 0.19, align: 'left' },
      { header: w.categoryCol, width: 0.12, align: 'left' },
      { header: w.ocopCol, width: 0.16, align: 'left' },
      { header: w.boothsCol, width: 0.07, align: 'right', numeric: true },
      { header: w.revenueCol, width: 0.17, align: 'right', numeric: true },
    ],
    rows: r.exhibitorList.map((e, i) => [
      i + 1,
      e.legalName,
      e.address,
      e.category || w.uncategorized,
      e.ocopProducts.map((p) => `${p.name} (${w.starsShort(p.stars)})`).join('; '),
      e.boothNumbers.length,
      e.revenue,
    ]),
    total: [
      '',
      w.total,
      '',
      '',
      '',
      r.exhibitorList.reduce((t, e) => t + e.boothNumbers.length, 0),
      r.exhibitorList.reduce((t, e) => t + e.revenue, 0),
    ],
  };
  // Numbered in order: "Biểu 1", "Biểu 2"…
  return [
    { label: '', title: w.t1, unit: '', columns: summaryColumns, rows: summaryRows },
    byDay,
    byZone,
    byCategory,
    byProvince,
    agreements,
    exhibitors,
  ].map((t, i) => ({ ...t, label: `${w.table} ${i + 1}` }));
}

/** One paragraph a press officer can paste: the figures newspapers quote. */
export function pressSummary(r: FairReport, language: Language): string {
  const w = wordsFor(language);
  const n = (v: number) => num(v, language);
  const a = r.agreements.contracts + r.agreements.mous;
  return w.press({
    when: w.pressWhen(r.day ?? r.fair.firstDay, r.day ?? r.fair.lastDay),
    where: r.fair.venue,
    organizer: r.fair.organizer,
    fair: r.fair.name,
    booths: n(r.booths.allocated),
    units: n(r.exhibitors.participating),
    provinces: `${n(r.provinces.count)}/${n(PROVINCE_COUNT)}`,
    ocop: r.ocop.products ? w.pressOcop(n(r.ocop.products)) : '',
    visitors: n(r.visitors.total),
    revenue: dongProse(r.revenue.total, language),
    agreements: a ? w.pressAgreements(n(a), r.agreements.valueDong ? dongProse(r.agreements.valueDong, language) : '') : '',
  });
}
