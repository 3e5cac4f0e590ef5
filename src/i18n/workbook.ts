import { defineCatalog } from './catalog.js';

// Words of the workbooks the tool writes: the collection template (compile), the annex (catalog) and the problem
// list added to a checked copy (check --annotate). Changing one changes the template's bytes (test/template
// snapshots) and, for sheet names and the total label, what `check` accepts: change them with the tool version.

interface TemplateLabels {
  formCode: string;
  issuedBy: string;
  deadline: string;
  reportingUnit: string;
  unitCode: string;
  receivingUnit: string;
  periodCode: string;
  title: string;
  periodText: string;
  setName: string;
  setVersion: string;
  /** Column headings of the entry sheet, A to I. */
  headings: string[];
  derived: string;
  summed: string;
  noteDefinition: string;
  noteMethod: string;
  noteSource: string;
  noteFormula: string;
  instructionsTitle: string;
  instructions: string[];
  infoSet: string;
  infoDecision: string;
  infoUnit: string;
  infoPeriod: string;
  infoDeadline: string;
  infoContact: string;
  infoIndicators: string;
  validationTitle: string;
  promptTitle: string;
  vInteger: string;
  vDecimal: string;
  vBetween: (min: number, max: number) => string;
  vAtLeast: (min: number) => string;
  vAtMost: (max: number) => string;
  vBoolean: string;
  vText: string;
}

export const templateLabels = defineCatalog<TemplateLabels>(
  {
    formCode: 'Biểu số',
    issuedBy: 'Ban hành kèm theo',
    deadline: 'Hạn nộp',
    reportingUnit: 'Đơn vị báo cáo:',
    unitCode: 'Mã đơn vị:',
    receivingUnit: 'Đơn vị nhận báo cáo:',
    periodCode: 'Kỳ báo cáo:',
    title: 'BÁO CÁO SỐ LIỆU BỘ CHỈ SỐ',
    periodText: 'Kỳ báo cáo',
    setName: 'Bộ chỉ số',
    setVersion: 'Phiên bản bộ chỉ số:',
    headings: ['STT', 'Mã chỉ số', 'Tên chỉ số', 'Phân tổ', 'Đơn vị tính', 'Kỳ số liệu', 'Giá trị', 'Ghi chú', 'Khóa dòng'],
    derived: 'Tự tính — không nhập',
    summed: 'Tự cộng từ các dòng phân tổ — không nhập',
    noteDefinition: 'Khái niệm',
    noteMethod: 'Phương pháp tính',
    noteSource: 'Nguồn số liệu',
    noteFormula: 'Công thức',
    instructionsTitle: 'HƯỚNG DẪN NHẬP BIỂU',
    instructions: [
      'Chỉ nhập vào cột "Giá trị" (G) và "Ghi chú" (H); các ô khác đã khóa. Không thêm, xóa, di chuyển dòng hoặc đổi tên trang.',
      'Nhập số, không nhập chữ: số nguyên không có dấu phân cách (1245649); số thập phân dùng dấu thập phân của máy (71,54 hoặc 71.54).',
      'Tỷ lệ (%) có công thức được tự tính từ tử số và mẫu số (ô màu xám): chỉ nhập tử số và mẫu số.',
      'Dòng "Tổng số" có ô màu xám được tự cộng từ các dòng phân tổ: chỉ nhập các dòng phân tổ.',
      'Không để trống chỉ số bắt buộc; nếu số liệu bằng 0 thì nhập 0; nếu chưa có số liệu thì ghi lý do ở cột Ghi chú.',
      'Đưa chuột vào tên chỉ số để xem khái niệm, phương pháp tính và nguồn số liệu.',
      'Lưu tệp dạng .xlsx (Excel hoặc LibreOffice), giữ nguyên tên tệp, gửi về đơn vị nhận báo cáo trước hạn nộp.',
    ],
    infoSet: 'Bộ chỉ số',
    infoDecision: 'Quyết định',
    infoUnit: 'Đơn vị báo cáo',
    infoPeriod: 'Kỳ báo cáo',
    infoDeadline: 'Hạn nộp',
    infoContact: 'Liên hệ',
    infoIndicators: 'Số chỉ số phải báo cáo',
    validationTitle: 'Giá trị không hợp lệ',
    promptTitle: 'Nhập giá trị',
    vInteger: 'Nhập số nguyên',
    vDecimal: 'Nhập số',
    vBoolean: 'Chọn Có hoặc Không',
    vText: 'Nhập văn bản (tối đa 500 ký tự)',
    vBetween: (min, max) => `từ ${min} đến ${max}`,
    vAtLeast: (min) => `từ ${min} trở lên`,
    vAtMost: (max) => `không quá ${max}`,
  },
  {
    formCode: 'Form',
    issuedBy: 'Issued with',
    deadline: 'Deadline',
    reportingUnit: 'Reporting unit:',
    unitCode: 'Unit code:',
    receivingUnit: 'Receiving unit:',
    periodCode: 'Period:',
    title: 'INDICATOR SET REPORT',
    periodText: 'Reporting period',
    setName: 'Indicator set',
    setVersion: 'Set version:',
    headings: ['No.', 'Code', 'Indicator', 'Breakdown', 'Unit', 'Figure asked', 'Value', 'Note', 'Row key'],
    derived: 'Computed — do not type',
    summed: 'Sum of the category rows — do not type',
    noteDefinition: 'Definition',
    noteMethod: 'Method',
    noteSource: 'Source',
    noteFormula: 'Formula',
    instructionsTitle: 'HOW TO FILL IN THIS FORM',
    instructions: [
      'Type only in the "Value" (G) and "Note" (H) columns; all other cells are locked. Do not add, delete or move rows, or rename sheets.',
      "Type numbers, not words: whole numbers without separators (1245649); decimals with your system's decimal mark.",
      'Rates (%) with a formula compute themselves from their numerator and denominator (grey cells): type only those.',
      'A "Total" row with a grey cell adds up its category rows by itself: enter only the categories.',
      'Do not leave required values blank; type 0 for zero; if a figure is not available, explain in the Note column.',
      "Hover over an indicator's name to see its definition, method and source.",
      'Save as .xlsx (Excel or LibreOffice), keep the file name, and send it to the receiving unit before the deadline.',
    ],
    infoSet: 'Indicator set',
    infoDecision: 'Decision',
    infoUnit: 'Reporting unit',
    infoPeriod: 'Reporting period',
    infoDeadline: 'Deadline',
    infoContact: 'Contact',
    infoIndicators: 'Indicators to report',
    validationTitle: 'Invalid value',
    promptTitle: 'Enter a value',
    vInteger: 'Enter a whole number',
    vDecimal: 'Enter a number',
    vBoolean: 'Choose Yes or No',
    vText: 'Enter text (500 characters at most)',
    vBetween: (min, max) => `from ${min} to ${max}`,
    vAtLeast: (min) => `of at least ${min}`,
    vAtMost: (max) => `of at most ${max}`,
  },
);

/** Names of the template's sheets: `check` finds the entry sheet by them. */
export const sheetNames = defineCatalog<{ instructions: string; entry: string }>({ instructions: 'Hướng dẫn', entry: 'Nhập liệu' }, { instructions: 'Instructions', entry: 'Data entry' });

interface AnnexLabels {
  /** "Phụ lục: Danh mục chỉ số" before the set's name. */
  title: string;
  summarySheet: string;
  group: string;
  indicators: string;
  total: string;
  owner: string;
  /** The target's year after its value: " (năm 2030)". */
  targetBy: (year: number | string) => string;
  /** Column headings of the annex. */
  headings: string[];
  /** Summary column: numerators, denominators and other inputs (`component: true`), counted apart from indicators. */
  components: string;
  /** How the set counts itself: "55 chỉ số, 12 số liệu thành phần". */
  count: (indicators: number, components: number) => string;
  /** After the type of a component: " (số liệu thành phần)". */
  componentNote: string;
  /** The baseline cell: value and unit, then year and the document it is quoted from. */
  baseline: (value: string, year: number, source?: string) => string;
}

export const annexLabels = defineCatalog<AnnexLabels>(
  {
    title: 'Phụ lục: Danh mục chỉ số',
    summarySheet: 'Tổng hợp',
    group: 'Nhóm chỉ số',
    indicators: 'Số chỉ số',
    total: 'Tổng cộng',
    owner: 'Cơ quan chủ trì',
    targetBy: (year) => ` (năm ${year})`,
    headings: [
      'STT',
      'Mã',
      'Tên chỉ số',
      'Nhóm',
      'Loại',
      'Đơn vị tính',
      'Tần suất',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Nguồn số liệu',
      'Khái niệm',
      'Phương pháp tính',
      'Phân tổ',
      'Chỉ tiêu',
      'Cách thu thập',
      'Mức độ chia sẻ',
      'Căn cứ pháp lý',
      'Giá trị gốc',
      'Lộ trình',
      'Mã cấp trên',
    ],
    components: 'Số liệu thành phần',
    count: (indicators, components) => `${indicators} chỉ số${components ? `, ${components} số liệu thành phần` : ''}`,
    componentNote: ' (số liệu thành phần)',
    baseline: (value, year, source) => `${value} (năm ${year}${source ? `; ${source}` : ''})`,
  },
  {
    title: 'Annex: indicator list',
    summarySheet: 'Summary',
    group: 'Group',
    indicators: 'Indicators',
    total: 'Total',
    owner: 'Owner',
    targetBy: (year) => ` (by ${year})`,
    headings: [
      'No.',
      'Code',
      'Indicator',
      'Group',
      'Type',
      'Unit',
      'Frequency',
      'Owner',
      'Cooperating',
      'Source',
      'Definition',
      'Method',
      'Breakdown',
      'Target',
      'Collection',
      'Sharing',
      'Legal basis',
      'Baseline',
      'Milestones',
      'Higher-level code',
    ],
    components: 'Components',
    count: (indicators, components) => `${indicators} indicators${components ? `, ${components} components` : ''}`,
    componentNote: ' (component)',
    baseline: (value, year, source) => `${value} (${year}${source ? `; ${source}` : ''})`,
  },
);

interface ProblemListLabels {
  sheetName: string;
  title: (fileName: string) => string;
  headings: string[];
  line: (line: number) => string;
}

/** The "problems to fix" sheet `check --annotate` adds in front of a checked copy. */
export const problemListLabels = defineCatalog<ProblemListLabels>(
  {
    sheetName: 'Lỗi cần sửa',
    title: (fileName) => `Kết quả kiểm tra tệp ${fileName}`,
    headings: ['STT', 'Trang', 'Ô', 'Mức', 'Mã lỗi', 'Nội dung', 'Cách sửa'],
    line: (line) => `dòng ${line}`,
  },
  {
    sheetName: 'Problems to fix',
    title: (fileName) => `Check results for ${fileName}`,
    headings: ['No.', 'Sheet', 'Cell', 'Severity', 'Code', 'Problem', 'How to fix'],
    line: (line) => `line ${line}`,
  },
);
