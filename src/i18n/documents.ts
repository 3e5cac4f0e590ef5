import { defineCatalog } from './catalog.js';

// Words of the Word documents written in Decree 30/2020/NĐ-CP format (src/documents): the parts every document shares,
// and the decision annex that `catalog --out phu-luc.docx` writes.

/** A date as Decree 30 writes it: day and month below 10 get a leading zero only for the day and for months 1 and 2. */
function viDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

function enDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${date.getUTCDate()} ${date.toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${date.getUTCFullYear()}`;
}

interface DocumentWords {
  /** The national motto block (quốc hiệu and tiêu ngữ). */
  motto: [string, string];
  /** A date in running text: "ngày 05 tháng 01 năm 2026" / "5 January 2026". */
  date: (iso: string) => string;
  /** "Quảng Ngãi, ngày … tháng … năm …" with the date unknown. */
  blankDate: string;
}

/** Words any Decree 30 document uses. */
export const documentWords = defineCatalog<DocumentWords>(
  {
    motto: ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc'],
    date: viDate,
    blankDate: 'ngày … tháng … năm …',
  },
  {
    motto: ['Socialist Republic of Vietnam', 'Independence - Freedom - Happiness'],
    date: enDate,
    blankDate: '… … …',
  },
);

type ReportersWord = 'all' | 'departments' | 'communes' | 'province';

interface AnnexDocLabels {
  /** The line above the title. */
  label: string;
  /** "(Kèm theo Quyết định số … ngày … của …)": number and ISO date when the set names its decision. */
  attachedTo: (decision: { number?: string; date?: string }, body: string) => string;
  /** Document properties: the file's title. */
  documentTitle: (setName: string) => string;
  /** The paragraph under the heading. */
  intro: (setName: string, version: string, indicators: number, groups: number) => string;
  summaryHeading: string;
  summaryColumns: [string, string, string, string, string];
  total: string;
  /** Components (numerators, denominators) listed but not counted: said under the summary when there are any. */
  componentsNote: (count: number) => string;
  detailHeading: string;
  /** A group's heading: its number and name. */
  groupHeading: (n: number, name: string) => string;
  columns: { no: string; code: string; name: string; type: string; unit: string; frequency: string; method: string; source: string; agencies: string };
  higherCode: string;
  component: string;
  definition: string;
  method: string;
  formula: string;
  collection: { form: string; system: string };
  owner: string;
  cooperating: string;
  reporters: string;
  reportersWord: Record<ReportersWord, string>;
  unitCount: (count: number) => string;
  breakdown: string;
  target: string;
  targetBy: (year: number) => string;
  baseline: string;
  /** Where a baseline figure is quoted from, and the year it describes. */
  yearOf: (year: number) => string;
  milestones: string;
  legalBasis: string;
  sharing: string;
}

/** The decision annex in Word (`catalog --out phu-luc.docx`). */
export const annexDocLabels = defineCatalog<AnnexDocLabels>(
  {
    label: 'Phụ lục',
    attachedTo: (d, body) => `(Kèm theo Quyết định số ${d.number ?? '…/QĐ-UBND'} ${d.date ? viDate(d.date) : 'ngày … tháng … năm …'} của ${body})`,
    documentTitle: (name) => `Phụ lục: ${name}`,
    intro: (name, version, n, groups) =>
      `${name} (phiên bản ${version}) gồm ${n} chỉ số, thuộc ${groups} nhóm; thuộc tính của từng chỉ số theo hướng dẫn tại Văn bản số 7146/VPCP-KSTT của Văn phòng Chính phủ.`,
    summaryHeading: 'I. TỔNG HỢP SỐ CHỈ SỐ',
    summaryColumns: ['STT', 'Nhóm chỉ số', 'Số chỉ số', 'Thu thập qua biểu mẫu', 'Kết nối từ hệ thống'],
    total: 'Tổng cộng',
    componentsNote: (n) => `Ngoài ra có ${n} số liệu thành phần (tử số, mẫu số) dùng để tính các chỉ số trên; các số liệu này được liệt kê trong danh mục nhưng không tính vào số chỉ số.`,
    detailHeading: 'II. DANH MỤC CHI TIẾT CÁC CHỈ SỐ',
    groupHeading: (n, name) => `${n}. ${name}`,
    columns: {
      no: 'STT',
      code: 'Mã chỉ số',
      name: 'Tên chỉ số',
      type: 'Loại chỉ số',
      unit: 'Đơn vị tính',
      frequency: 'Tần suất',
      method: 'Khái niệm, phương pháp tính',
      source: 'Nguồn số liệu, cách thu thập',
      agencies: 'Cơ quan chủ trì, phối hợp',
    },
    higherCode: 'Mã cấp trên',
    component: 'số liệu thành phần',
    definition: 'Khái niệm',
    method: 'Phương pháp tính',
    formula: 'Công thức',
    collection: { form: 'Báo cáo theo biểu mẫu', system: 'Kết nối, lấy từ hệ thống' },
    owner: 'Chủ trì',
    cooperating: 'Phối hợp',
    reporters: 'Đơn vị báo cáo',
    reportersWord: { all: 'Các sở, ban, ngành và UBND các xã, phường, đặc khu', departments: 'Các sở, ban, ngành', communes: 'UBND các xã, phường, đặc khu', province: 'Cơ quan chủ trì' },
    unitCount: (n) => `${n} đơn vị`,
    breakdown: 'Phân tổ',
    target: 'Chỉ tiêu',
    targetBy: (year) => `đến năm ${year}`,
    baseline: 'Giá trị cơ sở',
    yearOf: (year) => `năm ${year}`,
    milestones: 'Lộ trình',
    legalBasis: 'Căn cứ',
    sharing: 'Mức độ chia sẻ',
  },
  {
    label: 'Annex',
    attachedTo: (d, body) => `(Attached to Decision No. ${d.number ?? '…'} ${d.date ? `of ${enDate(d.date)}` : 'of … … …'} of the ${body})`,
    documentTitle: (name) => `Annex: ${name}`,
    intro: (name, version, n, groups) => `${name} (version ${version}) has ${n} indicators in ${groups} groups; each indicator's attributes follow the Government Office's guidance 7146/VPCP-KSTT.`,
    summaryHeading: 'I. INDICATORS BY GROUP',
    summaryColumns: ['No.', 'Group', 'Indicators', 'Reported on forms', 'Taken from systems'],
    total: 'Total',
    componentsNote: (n) => `The list also has ${n} components (numerators, denominators) from which the indicators above are computed; they are listed but not counted as indicators.`,
    detailHeading: 'II. THE INDICATORS IN DETAIL',
    groupHeading: (n, name) => `${n}. ${name}`,
    columns: {
      no: 'No.',
      code: 'Code',
      name: 'Indicator',
      type: 'Type',
      unit: 'Unit',
      frequency: 'Frequency',
      method: 'Definition, method',
      source: 'Data source, how collected',
      agencies: 'Owner, cooperating agencies',
    },
    higherCode: 'Higher code',
    component: 'component',
    definition: 'Definition',
    method: 'Method',
    formula: 'Formula',
    collection: { form: 'Reported on a form', system: 'Taken from the system' },
    owner: 'Owner',
    cooperating: 'Cooperating',
    reporters: 'Reported by',
    reportersWord: { all: 'Departments, agencies and communes', departments: 'Departments and agencies', communes: 'Communes, wards and the special zone', province: 'The owner' },
    unitCount: (n) => `${n} units`,
    breakdown: 'Breakdown',
    target: 'Target',
    targetBy: (year) => `by ${year}`,
    baseline: 'Baseline',
    yearOf: (year) => `${year}`,
    milestones: 'Milestones',
    legalBasis: 'Legal basis',
    sharing: 'Sharing',
  },
);
