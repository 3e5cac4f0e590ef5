import { defineCatalog } from './catalog.js';

// Words of the collection form that Decree 09/2019/NĐ-CP asks for (issue 13 §3): the data window and the deadline in
// the header, the column letters under the headings, the figure each row asks for, and the signature block.
// Changing one changes the template's bytes (test/template snapshots).

type WindowKind = 'decree-09' | 'calendar';
type PeriodFrequency = 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year';

interface FormTexts {
  /** Header line: the data window of the form, dates already written dd/mm/yyyy. */
  window: (start: string, end: string, kind: WindowKind) => string;
  /** The deadline, how it is counted and the decision that sets it (after "Hạn nộp:" in the header). */
  deadline: (date: string, days: number, workingDays: boolean, decision: string | undefined) => string;
  /**
   * Second header line when the rows do not share one window: the rows marked with their window in column F follow
   * `kind`; `later` when their data ends after the form's window (the deadline then counts from `end`).
   */
  otherRows: (start: string, end: string, kind: WindowKind, later: boolean) => string;
  /** Instructions sheet: the label of the data window line. */
  infoWindow: string;
  /** "phiên bản 1.0.0", after the set's name. */
  setVersion: (version: string) => string;
  /** Under the column headings A to H, as on statistical forms: letters for text columns, numbers for figures. */
  columnLetters: string[];
  /** The figure a row asks for (column F). `period` is the period's text ("quý I năm 2026"), lower case. */
  askedPeriod: (period: string) => string;
  /** A finer indicator (quarterly) on a longer form (the year): the figure over the whole period, not its last part. */
  askedWhole: (period: string, parts: PeriodFrequency, additive: boolean) => string;
  /** `fromJanuary`: the period itself starts in January (Q1, H1, 9M, the year), so it is the whole year-to-date span. */
  askedYearToDate: (period: string, fromJanuary: boolean) => string;
  askedStock: (date: string) => string;
  /** Added to a row whose window differs from the form's (a statistical or treasury figure on calendar months). */
  rowWindow: (start: string, end: string, kind: WindowKind) => string;
  /** The place and date line of the signature block. */
  placeDate: (place: string) => string;
  preparer: string;
  preparerHint: string;
  head: string;
  headHint: string;
  nameLine: string;
  digitalSignature: string;
}

const PARTS_VI: Record<PeriodFrequency, string> = { month: 'các tháng', quarter: 'các quý', 'half-year': 'hai kỳ 6 tháng', 'nine-months': 'các kỳ', year: 'các năm' };
const PARTS_EN: Record<PeriodFrequency, string> = { month: 'months', quarter: 'quarters', 'half-year': 'half-years', 'nine-months': 'periods', year: 'years' };

export const formTexts = defineCatalog<FormTexts>(
  {
    window: (start, end, kind) => `Số liệu từ ngày ${start} đến ngày ${end}${kind === 'decree-09' ? ' (Nghị định 09/2019/NĐ-CP)' : ' (theo tháng dương lịch)'}`,
    deadline: (date, days, workingDays, decision) =>
      `${date}${days > 0 ? ` (${days} ngày${workingDays ? ' làm việc' : ''} sau ngày chốt số liệu${decision ? `, theo ${decision}` : ''})` : decision ? ` (theo ${decision})` : ''}`,
    otherRows: (start, end, kind, later) =>
      `Các chỉ tiêu ghi kỳ số liệu riêng ở cột F lấy số liệu ${kind === 'calendar' ? 'theo tháng dương lịch' : 'theo Nghị định 09/2019/NĐ-CP'}, từ ngày ${start} đến ngày ${end}${later ? `; hạn nộp tính từ ngày ${end}` : ''}.`,
    infoWindow: 'Kỳ số liệu',
    setVersion: (version) => `phiên bản ${version}`,
    columnLetters: ['A', 'B', 'C', 'D', 'E', 'F', '1', '2'],
    askedPeriod: (period) => `Trong ${period}`,
    askedWhole: (period, parts, additive) => `Cả ${period}${additive ? ` (cộng ${PARTS_VI[parts]})` : ''}`,
    askedYearToDate: (period, fromJanuary) => (fromJanuary ? `Lũy kế ${period}` : `Lũy kế từ đầu năm đến hết ${period}`),
    askedStock: (date) => `Tại ngày ${date}`,
    rowWindow: (start, end, kind) => `(${kind === 'calendar' ? 'tháng dương lịch' : 'NĐ 09/2019'}: ${start} – ${end})`,
    placeDate: (place) => `${place}, ngày … tháng … năm …`,
    preparer: 'Người lập biểu',
    preparerHint: '(Ký, ghi rõ họ tên)',
    head: 'Thủ trưởng đơn vị',
    headHint: '(Ký, đóng dấu, ghi rõ họ tên)',
    nameLine: '……………………………………',
    digitalSignature:
      'Gửi báo cáo điện tử: thủ trưởng đơn vị ký số vào tệp; chữ ký số thay cho chữ ký và con dấu (Nghị định 30/2020/NĐ-CP). Họ tên người lập biểu và thủ trưởng đơn vị vẫn ghi ở các dòng trên.',
  },
  {
    window: (start, end, kind) => `Data from ${start} to ${end}${kind === 'decree-09' ? ' (Decree 09/2019/NĐ-CP)' : ' (calendar months)'}`,
    deadline: (date, days, workingDays, decision) =>
      `${date}${days > 0 ? ` (${days} ${workingDays ? 'working ' : ''}days after the cut-off${decision ? `, under ${decision}` : ''})` : decision ? ` (under ${decision})` : ''}`,
    otherRows: (start, end, kind, later) =>
      `Rows with their own window in column F follow ${kind === 'calendar' ? 'calendar months' : 'Decree 09/2019/NĐ-CP'}: data from ${start} to ${end}${later ? `; the deadline counts from ${end}` : ''}.`,
    infoWindow: 'Data window',
    setVersion: (version) => `version ${version}`,
    columnLetters: ['A', 'B', 'C', 'D', 'E', 'F', '1', '2'],
    askedPeriod: (period) => `In ${period}`,
    askedWhole: (period, parts, additive) => `Whole ${period}${additive ? ` (sum of the ${PARTS_EN[parts]})` : ''}`,
    askedYearToDate: (period, fromJanuary) => (fromJanuary ? `Year to date: ${period}` : `Year to date, to the end of ${period}`),
    askedStock: (date) => `At ${date}`,
    rowWindow: (start, end, kind) => `(${kind === 'calendar' ? 'calendar months' : 'Decree 09/2019'}: ${start} – ${end})`,
    placeDate: (place) => `${place}, date … / … / …`,
    preparer: 'Prepared by',
    preparerHint: '(signature, full name)',
    head: 'Head of unit',
    headHint: '(signature, seal, full name)',
    nameLine: '……………………………………',
    digitalSignature:
      "Sent electronically: the head of unit signs the file digitally; the digital signature replaces signature and seal (Decree 30/2020/NĐ-CP). Write the preparer's and the head's names on the lines above.",
  },
);
