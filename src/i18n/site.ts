import { defineCatalog } from './catalog.js';

// Words of the static site (`indicators site`): the dashboard, the indicator pages, the notes about the periods.

/** What a note about the periods is given (src/history/types.ts `HistoryNote`), periods already in words. */
export interface SiteNoteParams {
  period: string;
  file: string;
  from: string;
  to: string;
  codes: string;
  added: string;
  removed: string;
  recoded: string;
  unit: string;
  name: string;
  found: string;
  expected: string;
  rows: number;
  kept: string;
  frequencies: string;
}

const vi = {
  title: 'Bảng điều hành theo dữ liệu',
  subtitle: (periods: number, first: string, last: string) => `${periods} kỳ báo cáo, từ ${first} đến ${last}`,
  home: 'Trang chủ',
  skip: 'Bỏ qua, đến nội dung chính',
  latest: 'Kỳ mới nhất',
  notesTitle: 'Lưu ý về số liệu giữa các kỳ',
  keyTitle: 'Chỉ số chính',
  allTitle: 'Tất cả chỉ số',
  componentsTitle: 'Thành phần của chỉ số',
  componentsNote: 'Tử số, mẫu số và các số liệu đầu vào khác dùng để tính chỉ số, không phải chỉ số của bộ.',
  changedTitle: 'Thay đổi nhiều nhất so với kỳ trước',
  completenessTitle: 'Tình hình nộp báo cáo qua các kỳ',
  laggingTitle: 'Đơn vị chưa nộp hoặc nộp muộn nhiều kỳ',
  laggingNone: 'Không có đơn vị nào chưa nộp hay nộp muộn quá một kỳ.',
  downloadsTitle: 'Tải dữ liệu',
  downloads: {
    csv: 'Toàn bộ dữ liệu các kỳ (CSV)',
    parquet: 'Toàn bộ dữ liệu các kỳ (Parquet, cho kho dữ liệu)',
    sdmx: 'SDMX-CSV (cho cơ quan thống kê)',
    sdmxStructure: 'Cấu trúc dữ liệu SDMX (DSD)',
    indicators: 'Danh mục chỉ số (JSON)',
    series: 'Chuỗi số liệu của chỉ số này (JSON)',
  },
  head: {
    code: 'Mã',
    indicator: 'Chỉ số',
    period: 'Kỳ',
    value: 'Giá trị',
    previous: 'Kỳ trước',
    change: 'Thay đổi so với kỳ trước',
    lastYear: 'Cùng kỳ năm trước',
    changeLastYear: 'Thay đổi so với cùng kỳ',
    reporting: 'Đơn vị báo cáo',
    target: 'Chỉ tiêu',
    status: 'Đánh giá',
    rank: 'Hạng',
    unit: 'Đơn vị',
    owed: 'Phải nộp',
    accepted: 'Đã nộp',
    late: 'Nộp muộn',
    missing: 'Chưa nộp',
    missedRunning: 'Số kỳ liên tiếp chưa nộp',
    missedTotal: 'Số kỳ chưa nộp',
    lateTotal: 'Số kỳ nộp muộn',
    category: 'Phân tổ',
  },
  status: { accepted: 'đã nộp', late: 'nộp muộn', missing: 'chưa nộp', 'not-owed': 'không phải nộp', 'no-data': 'không có số liệu' },
  seriesTitle: 'Số liệu toàn tỉnh qua các kỳ',
  chartLabel: (name: string) => `Biểu đồ cột: ${name} qua các kỳ; số liệu ở bảng bên cạnh`,
  targetMark: 'Vạch đỏ: mức chỉ tiêu dùng để so sánh',
  targetTitle: 'Chỉ tiêu và lộ trình',
  targetLine: (value: string, by: string, lower: boolean) => `Chỉ tiêu: ${value}${by ? ` đến năm ${by}` : ''} (${lower ? 'càng thấp càng tốt' : 'càng cao càng tốt'})`,
  milestones: 'Mốc lộ trình',
  baseline: (value: string, year: number) => `Giá trị gốc: ${value} (năm ${year})`,
  noTarget: 'Bộ chỉ số không đặt chỉ tiêu cho chỉ số này.',
  rankingTitle: (period: string) => `Xếp hạng kỳ ${period}`,
  communes: 'Xã, phường, đặc khu',
  departments: 'Sở, ngành',
  others: 'Đơn vị khác',
  rankingNote: (lower: boolean): string => (lower ? 'Xếp từ thấp đến cao (chỉ số càng thấp càng tốt).' : 'Xếp từ cao đến thấp.'),
  rankingPage: (page: number, pages: number) => `Trang ${page}/${pages}`,
  rankingMore: (shown: number, total: number) => `Hiện ${shown} trên ${total} đơn vị; các trang sau:`,
  noRanking: 'Chưa có số liệu của từng đơn vị cho chỉ số này.',
  breakdownTitle: 'Phân tổ (số liệu toàn tỉnh)',
  metadataTitle: 'Thông tin chỉ số',
  meta: {
    definition: 'Khái niệm',
    method: 'Phương pháp tính',
    formula: 'Công thức',
    owner: 'Cơ quan chủ trì',
    source: 'Nguồn số liệu',
    legalBasis: 'Căn cứ pháp lý',
    higherCode: 'Mã chỉ tiêu cấp trên (quốc gia)',
    frequency: 'Kỳ báo cáo',
    accumulation: 'Cách tính theo thời gian',
    aggregation: 'Cách tổng hợp toàn tỉnh',
    unit: 'Đơn vị tính',
    type: 'Loại chỉ số',
    formerCodes: 'Mã cũ (trước khi đổi mã)',
  },
  aggregation: { sum: 'cộng các đơn vị', average: 'bình quân các đơn vị', min: 'nhỏ nhất', max: 'lớn nhất', last: 'giá trị cuối', none: 'không tổng hợp' },
  notInSet: 'Chỉ số này chỉ có trong số liệu các kỳ trước, không còn trong bộ chỉ số hiện hành (đã bỏ hoặc đổi mã).',
  noValue: 'không có số liệu',
  partial: (reporting: number, owing: number) => `chỉ ${reporting} trên ${owing} đơn vị báo cáo: giá trị toàn tỉnh chưa đủ`,
  more: (n: number) => `và ${n} đơn vị khác, xem các trang:`,
  pageOf: 'Trang',
  pointsUnit: 'điểm %',
  generated: (version: string) => `Bộ chỉ số phiên bản ${version}. Trang tĩnh, không cần mạng; tạo bằng lệnh "indicators site".`,
  note: {
    'version-change': (p: SiteNoteParams) =>
      `${p.period ? `Từ kỳ ${p.period}` : 'Bộ chỉ số hiện hành'}: bộ chỉ số đổi từ phiên bản ${p.from} sang ${p.to}${p.added ? `; thêm ${p.added}` : ''}${p.removed ? `; bỏ ${p.removed}` : ''}${p.recoded ? `; đổi mã ${p.recoded} (số liệu các kỳ trước được ghép vào mã mới)` : ''}${!p.added && !p.removed && !p.recoded ? '; không thêm, bớt chỉ số nào' : ''}.`,
    'version-change-codes': (p: SiteNoteParams) =>
      `${p.period ? `Từ kỳ ${p.period}` : 'Bộ chỉ số hiện hành'}: bộ chỉ số đổi từ phiên bản ${p.from} sang ${p.to}. Không tìm được bộ chỉ số phiên bản ${p.from} nên chỉ so sánh mã chỉ số trong số liệu${p.added ? `; mã mới ${p.added}` : ''}${p.removed ? `; mã không còn ${p.removed}` : ''}: một chỉ số đổi mã hiện thành hai chuỗi riêng.`,
    'empty-period': (p: SiteNoteParams) => (p.file ? `Kỳ ${p.period} không có số liệu (${p.file}).` : `Kỳ ${p.period} không có tệp số liệu: để trống trên biểu đồ.`),
    'unit-renamed': (p: SiteNoteParams) => `Đơn vị ${p.unit} đổi tên từ "${p.from}" thành "${p.to}"${p.period ? ` từ kỳ ${p.period}` : ' (theo bộ chỉ số hiện hành)'}; số liệu vẫn nối theo mã đơn vị.`,
    'unit-gone': (p: SiteNoteParams) =>
      `Đơn vị ${p.unit} (${p.name}) có số liệu đến kỳ ${p.period} nhưng không còn trong danh sách đơn vị hiện hành (đã sáp nhập, giải thể hoặc đổi mã); số liệu cũ vẫn giữ, không tính vào xếp hạng.`,
    'mixed-frequencies': (p: SiteNoteParams) => `Các kỳ có tần suất khác nhau (${p.frequencies}): mỗi kỳ chỉ so sánh với kỳ cùng loại.`,
    'other-set': (p: SiteNoteParams) => `Tệp ${p.file} là số liệu của bộ chỉ số "${p.found}", không phải "${p.expected}": không đưa vào (${p.rows} dòng).`,
    'duplicate-period': (p: SiteNoteParams) => `Kỳ ${p.period} có hai tệp số liệu: dùng ${p.kept}, bỏ qua ${p.file}.`,
    'no-period': (p: SiteNoteParams) => `Tệp ${p.file} không có dòng số liệu nào và không rõ của kỳ nào: bỏ qua.`,
  },
  none: 'không',
  done: (pages: number, indicators: number, periods: number, out: string) => `Đã tạo trang: ${pages} trang, ${indicators} chỉ số, ${periods} kỳ, trong ${out} (mở index.html bằng trình duyệt)`,
};

export const siteTexts = defineCatalog<typeof vi>(vi, {
  title: 'Data-driven dashboard',
  subtitle: (periods: number, first: string, last: string) => `${periods} reporting periods, from ${first} to ${last}`,
  home: 'Home',
  skip: 'Skip to the main content',
  latest: 'Latest period',
  notesTitle: 'Notes on the data across periods',
  keyTitle: 'Key indicators',
  allTitle: 'All indicators',
  componentsTitle: 'Components of indicators',
  componentsNote: 'Numerators, denominators and other inputs the indicators are computed from, not indicators of the set.',
  changedTitle: 'Largest changes from the previous period',
  completenessTitle: 'Submissions over the periods',
  laggingTitle: 'Units missing or late in several periods',
  laggingNone: 'No unit missed or was late in more than one period.',
  downloadsTitle: 'Download the data',
  downloads: {
    csv: 'All periods (CSV)',
    parquet: 'All periods (Parquet, for a data warehouse)',
    sdmx: 'SDMX-CSV (for statistics offices)',
    sdmxStructure: 'SDMX data structure (DSD)',
    indicators: 'Indicator list (JSON)',
    series: 'This indicator’s series (JSON)',
  },
  head: {
    code: 'Code',
    indicator: 'Indicator',
    period: 'Period',
    value: 'Value',
    previous: 'Previous period',
    change: 'Change from the previous period',
    lastYear: 'Same period last year',
    changeLastYear: 'Change from the same period last year',
    reporting: 'Units reporting',
    target: 'Target',
    status: 'Status',
    rank: 'Rank',
    unit: 'Unit',
    owed: 'Owing',
    accepted: 'Submitted',
    late: 'Late',
    missing: 'Missing',
    missedRunning: 'Periods missed in a row',
    missedTotal: 'Periods missed',
    lateTotal: 'Periods late',
    category: 'Category',
  },
  status: { accepted: 'submitted', late: 'late', missing: 'missing', 'not-owed': 'not owed', 'no-data': 'no data' },
  seriesTitle: 'Province figures over the periods',
  chartLabel: (name: string) => `Column chart: ${name} over the periods; the figures are in the table beside it`,
  targetMark: 'Red mark: the target level compared with',
  targetTitle: 'Target and milestones',
  targetLine: (value: string, by: string, lower: boolean) => `Target: ${value}${by ? ` by ${by}` : ''} (${lower ? 'lower is better' : 'higher is better'})`,
  milestones: 'Milestones',
  baseline: (value: string, year: number) => `Baseline: ${value} (${year})`,
  noTarget: 'The set gives no target for this indicator.',
  rankingTitle: (period: string) => `Ranking, ${period}`,
  communes: 'Communes, wards and special zone',
  departments: 'Departments',
  others: 'Other units',
  rankingNote: (lower: boolean) => (lower ? 'From lowest to highest (lower is better).' : 'From highest to lowest.'),
  rankingPage: (page: number, pages: number) => `Page ${page}/${pages}`,
  rankingMore: (shown: number, total: number) => `Showing ${shown} of ${total} units; further pages:`,
  noRanking: 'No figures by unit for this indicator yet.',
  breakdownTitle: 'Breakdowns (province figures)',
  metadataTitle: 'About the indicator',
  meta: {
    definition: 'Definition',
    method: 'Method',
    formula: 'Formula',
    owner: 'Owner',
    source: 'Source',
    legalBasis: 'Legal basis',
    higherCode: 'Higher-level (national) code',
    frequency: 'Frequency',
    accumulation: 'Time accumulation',
    aggregation: 'Province aggregation',
    unit: 'Unit of measure',
    type: 'Indicator type',
    formerCodes: 'Former codes (before re-coding)',
  },
  aggregation: { sum: 'sum of the units', average: 'average of the units', min: 'minimum', max: 'maximum', last: 'last value', none: 'not aggregated' },
  notInSet: 'This indicator is only in earlier periods’ data, no longer in the current set (retired or re-coded).',
  noValue: 'no data',
  partial: (reporting: number, owing: number) => `only ${reporting} of ${owing} units reported: the province figure is incomplete`,
  more: (n: number) => `and ${n} more units, see the pages:`,
  pageOf: 'Page',
  pointsUnit: 'percentage points',
  generated: (version: string) => `Indicator set version ${version}. A static site that needs no network; made with "indicators site".`,
  note: {
    'version-change': (p: SiteNoteParams) =>
      `${p.period ? `From ${p.period}` : 'The current set'}: the set changed from version ${p.from} to ${p.to}${p.added ? `; added ${p.added}` : ''}${p.removed ? `; retired ${p.removed}` : ''}${p.recoded ? `; re-coded ${p.recoded} (earlier figures joined to the new code)` : ''}${!p.added && !p.removed && !p.recoded ? '; no indicator added or retired' : ''}.`,
    'version-change-codes': (p: SiteNoteParams) =>
      `${p.period ? `From ${p.period}` : 'The current set'}: the set changed from version ${p.from} to ${p.to}. The set at version ${p.from} was not found, so only the codes in the data were compared${p.added ? `; new codes ${p.added}` : ''}${p.removed ? `; codes no longer present ${p.removed}` : ''}: a re-coded indicator shows as two separate series.`,
    'empty-period': (p: SiteNoteParams) => (p.file ? `${p.period} has no figures (${p.file}).` : `${p.period} has no dataset: left blank on the charts.`),
    'unit-renamed': (p: SiteNoteParams) => `Unit ${p.unit} was renamed from "${p.from}" to "${p.to}"${p.period ? ` from ${p.period}` : ' (in the current set)'}; its figures are joined by unit code.`,
    'unit-gone': (p: SiteNoteParams) =>
      `Unit ${p.unit} (${p.name}) has figures up to ${p.period} but is no longer in the current list of units (merged, dissolved or re-coded); its figures are kept, not ranked.`,
    'mixed-frequencies': (p: SiteNoteParams) => `The periods have different frequencies (${p.frequencies}): each period is compared only with periods of its own kind.`,
    'other-set': (p: SiteNoteParams) => `${p.file} holds data of the set "${p.found}", not "${p.expected}": left out (${p.rows} rows).`,
    'duplicate-period': (p: SiteNoteParams) => `${p.period} has two datasets: ${p.kept} is used, ${p.file} left out.`,
    'no-period': (p: SiteNoteParams) => `${p.file} has no row and names no period: left out.`,
  },
  none: 'none',
  done: (pages: number, indicators: number, periods: number, out: string) => `Site written: ${pages} pages, ${indicators} indicators, ${periods} periods, in ${out} (open index.html in a browser)`,
});

/** Names in the SDMX data structure (src/site/sdmx.ts), written in both languages side by side. */
export const sdmxTexts = defineCatalog(
  { total: 'Tổng số', indicator: 'Chỉ số', unit: 'Đơn vị báo cáo', category: 'Phân tổ', concepts: 'Khái niệm', period: 'Kỳ', value: 'Giá trị', unitMeasure: 'Đơn vị tính', status: 'Tình trạng' },
  {
    total: 'Total',
    indicator: 'Indicator',
    unit: 'Reporting unit',
    category: 'Breakdown category',
    concepts: 'Concepts',
    period: 'Period',
    value: 'Value',
    unitMeasure: 'Unit of measure',
    status: 'Status',
  },
);

/** The `site` command's help and messages, and `merge --history`. */
export const siteCliTexts = defineCatalog(
  {
    summary: 'tạo trang tổng hợp nhiều kỳ (tĩnh, không cần mạng) và dữ liệu cho hệ thống khác',
    description:
      'Đọc dataset.csv/dataset.json mà lệnh merge đã ghi cho nhiều kỳ (chỉ vào các tệp hoặc các thư mục chứa chúng) và ghi vào --out: index.html (bảng điều hành: chuỗi số liệu, so với kỳ trước và cùng kỳ năm trước, đánh giá so với chỉ tiêu, tình hình nộp báo cáo qua các kỳ), một trang cho mỗi chỉ số (biểu đồ và bảng, xếp hạng xã và sở, phân tổ, thông tin chỉ số), api/indicators.json và api/series/<MÃ>.json cho IOC/LGSP, data/dataset-all.csv, data/dataset-all.parquet và SDMX-CSV. Mở index.html bằng trình duyệt, không cần máy chủ.',
    paths: 'tệp dataset.csv/dataset.json hoặc thư mục kết quả merge của các kỳ',
    out: 'thư mục ghi trang (được thay thế toàn bộ)',
    history: 'thư mục chứa kết quả merge các kỳ trước: thêm so sánh với kỳ trước và cùng kỳ năm trước vào report.xlsx và report.html',
    examples:
      '\nVí dụ:\n  npx indicators site bao-cao --out trang-tong-hop\n  npx indicators site bao-cao/2025-Q2 bao-cao/2025-Q3 bao-cao/2025-Q4 bao-cao/2026-Q1 --out trang-tong-hop\n  npx indicators site bao-cao --out dashboard --lang en',
    unusable: (path: string, reason: string) => `Không đọc được tệp số liệu "${path}": ${reason}`,
    unusableHint: 'Dùng dataset.csv hoặc dataset.json do lệnh merge ghi (có các cột set_id, period, unit_code, indicator_code, value).',
    reading: 'Đang đọc số liệu các kỳ',
  },
  {
    summary: 'build the many-period site (static, offline) and the data for other systems',
    description:
      'Reads the dataset.csv/dataset.json files merge wrote for several periods (name the files or folders holding them) and writes into --out: index.html (the dashboard: series, change from the previous period and the same period last year, status against the plan, submissions over the periods), one page per indicator (chart and table, rankings of communes and departments, breakdowns, metadata), api/indicators.json and api/series/<CODE>.json for the IOC/LGSP, data/dataset-all.csv, data/dataset-all.parquet and SDMX-CSV. Open index.html in a browser; no server needed.',
    paths: 'dataset.csv/dataset.json files or the merge output folders of the periods',
    out: 'folder to write the site into (replaced as a whole)',
    history: "folder holding earlier periods' merge outputs: adds the comparisons with the previous period and the same period last year to report.xlsx and report.html",
    examples:
      '\nExamples:\n  npx indicators site reports --out site\n  npx indicators site reports/2025-Q2 reports/2025-Q3 reports/2025-Q4 reports/2026-Q1 --out site\n  npx indicators site reports --out dashboard --lang en',
    unusable: (path: string, reason: string) => `Cannot use the dataset "${path}": ${reason}`,
    unusableHint: 'Use a dataset.csv or dataset.json written by merge (columns set_id, period, unit_code, indicator_code, value).',
    reading: 'Reading the periods’ data',
  },
);
