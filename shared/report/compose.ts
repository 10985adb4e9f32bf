import { fairDays, formatDay } from '../dates';
import type { Language } from '../model/fair';
import { formatNumber } from '../money';
import { DAY_FIGURES, EDITION_FIGURES, type EditionFigures, type FairReport } from '../model/report';
import { PROVINCE_COUNT } from '../provinces';
import { num, wordsFor } from './compose-words';
import type { Cell, ReportBlock, ReportColumn, ReportDoc, ReportTable } from './document';
import { changePercent, dongProse, placeDateLine, sharePercent } from './words';

const sentenceCase = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1).toLocaleLowerCase('vi');
const joinList = (parts: string[], and: string) =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
const sum = <T>(list: readonly T[], of: (item: T) => number) => list.reduce((n, item) => n + of(item), 0);
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
  sub(w.sub.fees);
  // Exact to the đồng: an accountant checks these against the receipts.
  const dong = (v: number) => `${n(v)} ${w.dong}`;
  const m = r.money;
  para(
    w.fees({
      invoiced: dong(m.invoicedDong),
      paid: dong(m.paidDong),
      receivable: dong(m.receivableDong),
      refunded: dong(m.refundedDong),
      credit: dong(m.creditDong),
    }),
  );
  /** One bullet per compared figure: the change in numbers and per cent, then "before → now". */
  const compare = (
    keys: readonly (typeof EDITION_FIGURES)[number][],
    cmp: { previous: EditionFigures; current: EditionFigures },
    byDay: boolean,
  ) => {
    for (const key of keys) {
      const [label, unit] = w.figures[key];
      const delta = cmp.current[key] - cmp.previous[key];
      const isMoney = unit === 'đồng';
      const amount = isMoney ? money(Math.abs(delta)) : `${n(Math.abs(delta))} ${unit}`;
      const said =
        byDay && delta === 0
          ? w.sameDay(label)
          : w.change(label, amount, changePercent(cmp.current[key], cmp.previous[key], language), delta > 0, delta === 0);
      const show = (v: number) => (isMoney ? money(v) : n(v));
      body.push({ kind: 'bullet', text: `${said} (${show(cmp.previous[key])} → ${show(cmp.current[key])}).` });
    }
  };
  const c = r.comparison;
  sub(r.day ? w.sub.comparisonDay : w.sub.comparison);
  if (c) {
    const byDay = c.kind === 'day';
    para(byDay ? w.comparisonDay(c.firstDay) : w.comparison(c.name));
    compare(byDay ? DAY_FIGURES : EDITION_FIGURES, c, byDay);
  } else para(r.day ? w.noComparisonDay : w.noComparison, true);
  if (r.day) {
    // Day 3 with day 3 of the previous edition, beside the day before.
    const same = r.sameDayLastEdition;
    const dayNumber = fairDays(r.fair.firstDay, r.fair.lastDay).indexOf(r.day) + 1;
    sub(w.subSameDay);
    if (same) {
      para(w.sameDayLastEdition(same.dayNumber, same.day, same.name));
      compare(DAY_FIGURES, same, false);
    } else para(w.noSameDayLastEdition(dayNumber), true);
  }

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
  const compared = c?.kind === 'day' ? DAY_FIGURES : EDITION_FIGURES;
  const figure = (key: (typeof EDITION_FIGURES)[number] | null, value: number): Cell[] => {
    if (!c) return [value];
    if (!key || !compared.includes(key)) return [value, '', ''];
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
        { header: c.kind === 'day' ? w.previousDay : w.previous, width: 0.15, align: 'right' as const, numeric: true },
        { header: w.changePct, width: 0.12, align: 'right' as const },
      ]
    : [
        { header: w.stt, width: 0.08, align: 'center' as const },
        { header: w.indicator, width: 0.52, align: 'left' as const },
        { header: w.unitCol, width: 0.16, align: 'center' as const },
        { header: w.quantity, width: 0.24, align: 'right' as const, numeric: true },
      ];

  /** An appendix table: its rows numbered under STT (the width the other columns leave), totals after "Tổng cộng". */
  const numbered = (title: string, unit: string, columns: ReportColumn[], rows: Cell[][], total?: Cell[]): ReportTable => ({
    label: '',
    title,
    unit: unit && w.unitLine(unit),
    columns: [{ header: w.stt, width: 1 - sum(columns, (col) => col.width), align: 'center' }, ...columns],
    rows: rows.map((row, i) => [i + 1, ...row]),
    ...(total ? { total: ['', w.total, ...total] } : {}),
  });
  const text = (header: string, width: number, align: ReportColumn['align'] = 'left'): ReportColumn => ({ header, width, align });
  const amount = (header: string, width: number): ReportColumn => ({ header, width, align: 'right', numeric: true });

  const byDay = numbered(
    w.t2,
    w.dong,
    [text(w.dayCol, 0.27), amount(w.revenueCol, 0.27), amount(w.entriesCol, 0.18), amount(w.visitorsCol, 0.2)],
    r.byDay.map((d) => [formatDay(d.day, language), d.revenue, d.entries, d.visitors]),
    [r.revenue.total, r.revenue.entries, r.visitors.total],
  );
  const byZone = numbered(
    w.tZone,
    w.dong,
    [text(w.zoneCol, 0.42), amount(w.boothsCol, 0.2), amount(w.revenueCol, 0.3)],
    r.byZone.map((z) => [z.name || w.noZone, z.booths, z.revenue]),
    [sum(r.byZone, (z) => z.booths), sum(r.byZone, (z) => z.revenue)],
  );
  const byCategory = numbered(
    w.tCategory,
    w.dong,
    [text(w.categoryCol, 0.42), amount(w.unitsCol, 0.2), amount(w.revenueCol, 0.3)],
    r.byCategory.map((cat) => [cat.category || w.uncategorized, cat.exhibitors, cat.revenue]),
    [sum(r.byCategory, (cat) => cat.exhibitors), sum(r.byCategory, (cat) => cat.revenue)],
  );
  const byProvince = numbered(
    w.t3,
    u.unit,
    [text(w.provinceCol, 0.6), amount(w.unitsCol, 0.3)],
    [
      ...r.provinces.list.map((p): Cell[] => [p.province, p.exhibitors]),
      ...(r.provinces.unknown ? [[w.otherProvince, r.provinces.unknown]] : []),
    ],
    [r.exhibitors.participating],
  );
  const agreements = numbered(
    w.t4,
    w.dong,
    [text(w.kindCol, 0.14), text(w.partiesCol, 0.36), text(w.signedCol, 0.12, 'center'), amount(w.valueCol, 0.16), text(w.noteCol, 0.16)],
    r.agreements.list.map((a) => [w.kinds[a.kind], a.parties, a.signedOn ? formatDay(a.signedOn, language) : '', a.valueDong, a.note]),
    ['', '', r.agreements.valueDong, ''],
  );
  // Booth fees as the payment ledger sums them: paid − refunded − credit = invoiced − receivable.
  const m = r.money;
  const fees = numbered(
    w.tFees,
    w.dong,
    [text(w.indicator, 0.62), amount(w.amountCol, 0.3)],
    [
      [w.feeRows.invoiced, m.invoicedDong],
      [w.feeRows.paid, m.paidDong],
      [w.feeRows.refunded, m.refundedDong],
      [w.feeRows.credit, m.creditDong],
      [w.feeRows.receivable, m.receivableDong],
    ],
  );
  const exhibitors = numbered(
    w.t5,
    w.dong,
    [
      text(w.nameCol, 0.23),
      text(w.addressCol, 0.19),
      text(w.categoryCol, 0.12),
      text(w.ocopCol, 0.16),
      amount(w.boothsCol, 0.07),
      amount(w.revenueCol, 0.17),
    ],
    r.exhibitorList.map((e) => [
      e.legalName,
      e.address,
      e.category || w.uncategorized,
      e.ocopProducts.map((p) => `${p.name} (${w.starsShort(p.stars)})`).join('; '),
      e.boothNumbers.length,
      e.revenue,
    ]),
    ['', '', '', sum(r.exhibitorList, (e) => e.boothNumbers.length), sum(r.exhibitorList, (e) => e.revenue)],
  );
  // Numbered in order: "Biểu 1", "Biểu 2"…
  return [
    { label: '', title: w.t1, unit: '', columns: summaryColumns, rows: summaryRows },
    byDay,
    byZone,
    byCategory,
    byProvince,
    agreements,
    fees,
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
