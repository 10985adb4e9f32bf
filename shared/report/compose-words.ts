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

/** The report's fixed words in both languages; Vietnamese follows the official style of Decree 30. */
const VI = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: 'Số:',
  kind: 'BÁO CÁO',
  title: (fair: string) => `Kết quả tổ chức ${fair}`,
  titleDay: (fair: string, day: string) => `Kết quả ngày ${formatDay(day, 'vi')} của ${fair}`,
  headings: {
    purpose: 'I. MỤC ĐÍCH, CĂN CỨ, THỜI GIAN VÀ ĐỊA ĐIỂM',
    scale: 'II. QUY MÔ HỘI CHỢ',
    results: 'III. KẾT QUẢ TỔ CHỨC HỘI CHỢ',
    assessment: 'IV. ĐÁNH GIÁ CHUNG',
    recommendations: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
  },
  sub: {
    purpose: '1. Mục đích, căn cứ',
    time: '2. Thời gian, địa điểm',
    booths: '1. Gian hàng',
    units: '2. Đơn vị tham gia',
    provinces: '3. Địa bàn',
    ocop: '4. Sản phẩm OCOP',
    visitors: '1. Lượt khách',
    sales: '2. Doanh thu bán hàng trực tiếp',
    agreements: '3. Hợp đồng, biên bản ghi nhớ',
    fees: '4. Thu tiền thuê gian hàng',
    comparison: '5. So sánh với kỳ trước',
    comparisonDay: '5. So sánh với ngày trước',
  },
  defaultPurpose: (organizer: string, fair: string) =>
    `${organizer || 'Ban Tổ chức'} tổ chức ${fair} nhằm quảng bá, giới thiệu sản phẩm truyền thống, sản phẩm OCOP của địa phương; kết nối cung cầu, hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh mở rộng thị trường tiêu thụ.`,
  time: (first: string, last: string, days: number) =>
    first === last
      ? `Thời gian: ngày ${formatDay(first, 'vi')}.`
      : `Thời gian: từ ngày ${formatDay(first, 'vi')} đến hết ngày ${formatDay(last, 'vi')} (${String(days).padStart(2, '0')} ngày).`,
  venue: (venue: string) => `Địa điểm: ${venue || '(chưa ghi)'}.`,
  organizer: (organizer: string) => `Đơn vị tổ chức: ${organizer || '(chưa ghi)'}.`,
  booths: (allocated: string, std: string, sellable: string, total: string) =>
    `Hội chợ bố trí ${allocated} gian hàng (tương đương ${std} gian tiêu chuẩn 3 m × 3 m) trong tổng số ${sellable} gian cho thuê; tổng số ${total} vị trí trên mặt bằng.`,
  units: (n: string, parts: string) => `Có ${n} đơn vị tham gia${parts ? `, gồm ${parts}` : ''}.`,
  unitType: (n: string, type: UnitType | null) =>
    `${n} ${{ company: 'doanh nghiệp', cooperative: 'hợp tác xã', household: 'hộ kinh doanh', facility: 'cơ sở sản xuất' }[type ?? 'company']}${type === null ? '' : ''}`,
  unitUnknown: (n: string) => `${n} đơn vị chưa xác định loại hình`,
  and: ' và ',
  provinces: (count: string, of: string) => `Các đơn vị tham gia đến từ ${count}/${of} tỉnh, thành`,
  inside: (n: string, host: string, share: string) => `${n} đơn vị của ${host} (${share})`,
  outside: (n: string, share: string) => `${n} đơn vị ngoài địa bàn (${share})`,
  unknownProvince: (n: string) => `${n} đơn vị chưa ghi tỉnh, thành`,
  inWhich: '; trong đó ',
  ocop: (products: string, exhibitors: string, stars: string) =>
    `Trưng bày, giới thiệu ${products} sản phẩm OCOP của ${exhibitors} đơn vị, gồm ${stars}.`,
  ocopStars: (n: string, stars: number) => `${n} sản phẩm ${stars} sao`,
  noOcop: 'Không có sản phẩm OCOP tham gia trưng bày.',
  visitors: (n: string) => `Hội chợ thu hút khoảng ${n} lượt khách tham quan, mua sắm.`,
  visitorsDay: (n: string) => `Trong ngày có khoảng ${n} lượt khách tham quan, mua sắm.`,
  sales: (total: string, exact: string, perBooth: string, perDay: string) =>
    `Doanh thu bán hàng trực tiếp tại hội chợ ước đạt ${total} (${exact} đồng); bình quân ${perBooth}/gian hàng, ${perDay}/ngày.`,
  agreements: (contracts: string, mous: string, value: string) =>
    `Có ${contracts} hợp đồng và ${mous} biên bản ghi nhớ được ký kết tại hội chợ${value ? `, tổng giá trị ${value}` : ''}.`,
  noAgreements: 'Chưa ghi nhận hợp đồng, biên bản ghi nhớ được ký kết tại hội chợ.',
  fees: (m: MoneyWords) =>
    `Tiền thuê gian hàng phải thu ${m.invoiced}; đã thu ${m.paid}, đã hoàn trả ${m.refunded}, tiền gửi lại của đơn vị ${m.credit}; còn phải thu ${m.receivable} (theo sổ thu tiền đến ngày lập báo cáo).`,
  tFees: 'Thu tiền thuê gian hàng',
  feeRows: {
    invoiced: 'Phải thu',
    paid: 'Đã thu',
    refunded: 'Đã hoàn trả',
    credit: 'Tiền gửi lại của đơn vị',
    receivable: 'Còn phải thu',
  },
  amountCol: 'Số tiền (đồng)',
  comparison: (name: string) => `So với ${name}:`,
  noComparison: 'Chưa có số liệu kỳ trước để so sánh.',
  comparisonDay: (day: string) => `So với ngày ${formatDay(day, 'vi')}:`,
  noComparisonDay: 'Ngày đầu tiên của hội chợ, chưa có ngày trước để so sánh.',
  sameDay: (label: string) => `${label} bằng ngày trước`,
  previousDay: 'Ngày trước',
  change: (label: string, delta: string, pct: string | null, up: boolean, same: boolean) =>
    same ? `${label} bằng kỳ trước` : `${label} ${up ? 'tăng' : 'giảm'} ${delta}${pct ? ` (${pct})` : ''}`,
  figures: {
    booths: ['Số gian hàng', 'gian'],
    exhibitors: ['Số đơn vị tham gia', 'đơn vị'],
    provinces: ['Số tỉnh, thành có đơn vị tham gia', 'tỉnh, thành'],
    ocopProducts: ['Số sản phẩm OCOP', 'sản phẩm'],
    visitors: ['Lượt khách', 'lượt'],
    revenue: ['Doanh thu', 'đồng'],
    agreements: ['Số hợp đồng, biên bản ghi nhớ', 'văn bản'],
    agreementsValue: ['Giá trị hợp đồng, biên bản ghi nhớ', 'đồng'],
  } satisfies Record<keyof EditionFigures, [string, string]>,
  placeholderAssessment: '(Ban Tổ chức bổ sung: kết quả đạt được; tồn tại, hạn chế và nguyên nhân.)',
  placeholderRecommendations: '(Ban Tổ chức bổ sung: đề xuất, kiến nghị với cấp trên và các đơn vị liên quan.)',
  closing: (fair: string, body: string) => `Trên đây là báo cáo kết quả tổ chức ${fair} của ${body}./.`,
  recipients: 'Nơi nhận:',
  appendix: 'PHỤ LỤC',
  appendixNote: (title: string) => `(Kèm theo Báo cáo ${title.charAt(0).toLowerCase()}${title.slice(1)})`,
  table: 'Biểu',
  stt: 'STT',
  unitCol: 'Đơn vị tính',
  unitLine: (u: string) => `Đơn vị tính: ${u}`,
  total: 'Tổng cộng',
  dong: 'đồng',
  t1: 'Tổng hợp kết quả hội chợ',
  indicator: 'Chỉ tiêu',
  quantity: 'Số lượng',
  previous: 'Kỳ trước',
  changePct: 'Tăng/giảm (%)',
  t2: 'Doanh thu và lượt khách theo ngày',
  dayCol: 'Ngày',
  revenueCol: 'Doanh thu (đồng)',
  entriesCol: 'Số lượt ghi',
  visitorsCol: 'Lượt khách',
  t3: 'Đơn vị tham gia theo tỉnh, thành',
  tZone: 'Doanh thu theo phân khu',
  zoneCol: 'Phân khu',
  noZone: '(chưa có phân khu)',
  tCategory: 'Doanh thu theo ngành hàng',
  provinceCol: 'Tỉnh, thành',
  unitsCol: 'Số đơn vị',
  otherProvince: '(chưa ghi tỉnh, thành)',
  t4: 'Hợp đồng, biên bản ghi nhớ ký kết tại hội chợ',
  kindCol: 'Loại văn bản',
  kinds: { contract: 'Hợp đồng', mou: 'Biên bản ghi nhớ' },
  partiesCol: 'Các bên ký kết',
  signedCol: 'Ngày ký',
  valueCol: 'Giá trị (đồng)',
  noteCol: 'Ghi chú',
  t5: 'Danh sách đơn vị tham gia',
  nameCol: 'Tên đơn vị',
  addressCol: 'Địa chỉ',
  categoryCol: 'Ngành hàng',
  ocopCol: 'Sản phẩm OCOP (số sao)',
  starsShort: (n: number) => `${n} sao`,
  boothsCol: 'Số gian',
  uncategorized: '(chưa phân loại)',
  rows: {
    booths: 'Gian hàng đã bố trí',
    standard: 'Quy đổi gian tiêu chuẩn (3 m × 3 m)',
    exhibitors: 'Đơn vị tham gia',
    provinces: 'Số tỉnh, thành có đơn vị tham gia',
    ocop: 'Sản phẩm OCOP',
    ocopStars: (n: number) => `Sản phẩm OCOP ${n} sao`,
    visitors: 'Lượt khách',
    revenue: 'Doanh thu bán hàng trực tiếp',
    perBooth: 'Bình quân mỗi gian hàng',
    perDay: 'Bình quân mỗi ngày',
    agreements: 'Hợp đồng, biên bản ghi nhớ',
    agreementsValue: 'Giá trị hợp đồng, biên bản ghi nhớ',
  },
  units1: { booth: 'gian', unit: 'đơn vị', province: 'tỉnh, thành', product: 'sản phẩm', visit: 'lượt', doc: 'văn bản' },
  unitTypes: {
    company: 'Doanh nghiệp',
    cooperative: 'Hợp tác xã',
    household: 'Hộ kinh doanh',
    facility: 'Cơ sở sản xuất',
    none: 'Chưa xác định loại hình',
  },
  press: (p: {
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
  }) =>
    `${p.when}${p.where ? `, tại ${p.where}` : ''}, ${p.organizer || 'Ban Tổ chức'} tổ chức ${p.fair} với ${p.booths} gian hàng của ${p.units} đơn vị đến từ ${p.provinces} tỉnh, thành${p.ocop}. Hội chợ thu hút khoảng ${p.visitors} lượt khách; doanh thu bán hàng trực tiếp ước đạt ${p.revenue}${p.agreements}.`,
  pressWhen: (first: string, last: string) =>
    first === last ? `Ngày ${formatDay(first, 'vi')}` : `Từ ngày ${formatDay(first, 'vi')} đến ngày ${formatDay(last, 'vi')}`,
  pressOcop: (n: string) => `, trong đó có ${n} sản phẩm OCOP`,
  pressAgreements: (n: string, value: string) =>
    `; ${n} hợp đồng, biên bản ghi nhớ được ký kết${value ? ` với tổng giá trị ${value}` : ''}`,
  file: 'bao-cao-ket-qua-hoi-cho',
  subSameDay: '6. So sánh với cùng ngày của kỳ trước',
  sameDayLastEdition: (n: number, day: string, name: string) => `So với ngày thứ ${n} (${formatDay(day, 'vi')}) của ${name}:`,
  noSameDayLastEdition: (n: number) => `Chưa có số liệu ngày thứ ${n} của kỳ trước để so sánh.`,
};

export type Words = typeof VI;

/** English words: the same shape, for organizers who report in English (sponsors, foreign partners). */
export const REPORT_WORDS_EN: Words = {
  ...VI,
  nation: 'SOCIALIST REPUBLIC OF VIETNAM',
  motto: 'Independence - Freedom - Happiness',
  number: 'No.:',
  kind: 'REPORT',
  title: (fair) => `Results of ${fair}`,
  titleDay: (fair, day) => `Results of ${fair} on ${formatDay(day, 'en')}`,
  headings: {
    purpose: 'I. PURPOSE, BASIS, TIME AND PLACE',
    scale: 'II. SCALE OF THE FAIR',
    results: 'III. RESULTS',
    assessment: 'IV. OVERALL ASSESSMENT',
    recommendations: 'V. RECOMMENDATIONS',
  },
  sub: {
    purpose: '1. Purpose and basis',
    time: '2. Time and place',
    booths: '1. Booths',
    units: '2. Participating units',
    provinces: '3. Provinces',
    ocop: '4. OCOP products',
    visitors: '1. Visitors',
    sales: '2. Direct sales',
    agreements: '3. Contracts and MoUs',
    fees: '4. Booth fees',
    comparison: '5. Comparison with the previous edition',
    comparisonDay: '5. Comparison with the day before',
  },
  defaultPurpose: (organizer, fair) =>
    `${organizer || 'The organizer'} held ${fair} to promote traditional and OCOP products, connect supply and demand, and help businesses, cooperatives and household businesses reach new markets.`,
  time: (first, last, days) =>
    first === last ? `Time: ${formatDay(first, 'en')}.` : `Time: ${formatDay(first, 'en')} to ${formatDay(last, 'en')} (${days} days).`,
  venue: (venue) => `Place: ${venue || '(not given)'}.`,
  organizer: (organizer) => `Organizer: ${organizer || '(not given)'}.`,
  booths: (allocated, std, sellable, total) =>
    `${allocated} booths were allocated (${std} standard 3 m × 3 m booths) out of ${sellable} booths for rent; ${total} places on the plan in all.`,
  units: (n, parts) => `${n} units took part${parts ? `: ${parts}` : ''}.`,
  unitType: (n, type) =>
    `${n} ${{ company: 'companies', cooperative: 'cooperatives', household: 'household businesses', facility: 'production facilities' }[type ?? 'company']}`,
  unitUnknown: (n) => `${n} of unknown type`,
  and: ' and ',
  provinces: (count, of) => `The units came from ${count}/${of} provinces and cities`,
  inside: (n, host, share) => `${n} from ${host} (${share})`,
  outside: (n, share) => `${n} from elsewhere (${share})`,
  unknownProvince: (n) => `${n} with no province given`,
  inWhich: ': ',
  ocop: (products, exhibitors, stars) => `${products} OCOP products of ${exhibitors} units were shown: ${stars}.`,
  ocopStars: (n, stars) => `${n} with ${stars} stars`,
  noOcop: 'No OCOP products were shown.',
  visitors: (n) => `The fair drew about ${n} visitors.`,
  visitorsDay: (n) => `About ${n} visitors came that day.`,
  sales: (total, exact, perBooth, perDay) =>
    `Direct sales at the fair are estimated at ${total} (${exact} đồng); on average ${perBooth} per booth and ${perDay} per day.`,
  agreements: (contracts, mous, value) =>
    `${contracts} contracts and ${mous} MoUs were signed at the fair${value ? `, worth ${value} in all` : ''}.`,
  noAgreements: 'No contracts or MoUs were recorded.',
  fees: (m) =>
    `Booth fees invoiced ${m.invoiced}; received ${m.paid}, refunded ${m.refunded}, credit held for exhibitors ${m.credit}; receivable ${m.receivable} (from the payment ledger on the day of the report).`,
  tFees: 'Booth fees',
  feeRows: { invoiced: 'Invoiced', paid: 'Received', refunded: 'Refunded', credit: 'Credit held for exhibitors', receivable: 'Receivable' },
  amountCol: 'Amount (đồng)',
  comparison: (name) => `Compared with ${name}:`,
  noComparison: 'No previous edition to compare with.',
  comparisonDay: (day) => `Compared with ${formatDay(day, 'en')}:`,
  noComparisonDay: 'The first day of the fair: no day before to compare with.',
  sameDay: (label) => `${label} unchanged from the day before`,
  previousDay: 'Day before',
  change: (label, delta, pct, up, same) =>
    same ? `${label} unchanged` : `${label} ${up ? 'up' : 'down'} ${delta}${pct ? ` (${pct})` : ''}`,
  figures: {
    booths: ['Booths', 'booths'],
    exhibitors: ['Participating units', 'units'],
    provinces: ['Provinces and cities', 'provinces'],
    ocopProducts: ['OCOP products', 'products'],
    visitors: ['Visitors', 'visits'],
    revenue: ['Sales', 'đồng'],
    agreements: ['Contracts and MoUs', 'documents'],
    agreementsValue: ['Value of contracts and MoUs', 'đồng'],
  },
  placeholderAssessment: '(To be completed by the organizer: results, shortcomings and their causes.)',
  placeholderRecommendations: '(To be completed by the organizer: recommendations to the authorities and partners.)',
  closing: (fair, body) => `This is the report of ${body} on the results of ${fair}./.`,
  recipients: 'Recipients:',
  appendix: 'APPENDIX',
  appendixNote: (title) => `(Attached to the report: ${title})`,
  table: 'Table',
  stt: 'No.',
  unitCol: 'Unit',
  unitLine: (u) => `Unit: ${u}`,
  total: 'Total',
  dong: 'đồng',
  t1: 'Summary of results',
  indicator: 'Indicator',
  quantity: 'Quantity',
  previous: 'Previous edition',
  changePct: 'Change (%)',
  t2: 'Sales and visitors by day',
  dayCol: 'Day',
  revenueCol: 'Sales (đồng)',
  entriesCol: 'Entries',
  visitorsCol: 'Visitors',
  t3: 'Participating units by province',
  tZone: 'Sales by zone',
  zoneCol: 'Zone',
  noZone: '(no zone)',
  tCategory: 'Sales by product category',
  provinceCol: 'Province / city',
  unitsCol: 'Units',
  otherProvince: '(no province given)',
  t4: 'Contracts and MoUs signed at the fair',
  kindCol: 'Kind',
  kinds: { contract: 'Contract', mou: 'MoU' },
  partiesCol: 'Parties',
  signedCol: 'Signed on',
  valueCol: 'Value (đồng)',
  noteCol: 'Note',
  t5: 'Participating units',
  nameCol: 'Unit',
  addressCol: 'Address',
  categoryCol: 'Category',
  ocopCol: 'OCOP products (stars)',
  starsShort: (n) => `${n} stars`,
  boothsCol: 'Booths',
  uncategorized: '(uncategorised)',
  rows: {
    booths: 'Booths allocated',
    standard: 'Standard booth equivalent (3 m × 3 m)',
    exhibitors: 'Participating units',
    provinces: 'Provinces and cities',
    ocop: 'OCOP products',
    ocopStars: (n) => `OCOP products, ${n} stars`,
    visitors: 'Visitors',
    revenue: 'Direct sales',
    perBooth: 'Average per booth',
    perDay: 'Average per day',
    agreements: 'Contracts and MoUs',
    agreementsValue: 'Value of contracts and MoUs',
  },
  units1: { booth: 'booths', unit: 'units', province: 'provinces', product: 'products', visit: 'visits', doc: 'documents' },
  unitTypes: {
    company: 'Companies',
    cooperative: 'Cooperatives',
    household: 'Household businesses',
    facility: 'Production facilities',
    none: 'Type unknown',
  },
  press: (p) =>
    `${p.when}${p.where ? ` at ${p.where}` : ''}, ${p.organizer || 'the organizer'} held ${p.fair} with ${p.booths} booths of ${p.units} units from ${p.provinces} provinces and cities${p.ocop}. The fair drew about ${p.visitors} visitors; direct sales are estimated at ${p.revenue}${p.agreements}.`,
  pressWhen: (first, last) =>
    first === last ? `On ${formatDay(first, 'en')}` : `From ${formatDay(first, 'en')} to ${formatDay(last, 'en')}`,
  pressOcop: (n) => `, including ${n} OCOP products`,
  pressAgreements: (n, value) => `; ${n} contracts and MoUs were signed${value ? `, worth ${value}` : ''}`,
  file: 'fair-results-report',
  subSameDay: '6. Comparison with the same day of the previous edition',
  sameDayLastEdition: (n, day, name) => `Compared with day ${n} (${formatDay(day, 'en')}) of ${name}:`,
  noSameDayLastEdition: (n) => `No figures for day ${n} of a previous edition to compare with.`,
};

export const wordsFor = (language: Language): Words => (language === 'vi' ? VI : REPORT_WORDS_EN);
export const num = (n: number, language: Language) => formatNumber(n, language);
