import { defineCatalog } from './catalog.js';
import type { Lang } from './lang.js';

// Words shared by several areas (workbook, report, CLI, messages): one copy each. Keys are the model's enum values;
// the types are spelled here rather than imported because src/i18n is a leaf.

type Severity = 'error' | 'warning' | 'info';
type Frequency = 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year';
type Accumulation = 'period' | 'year-to-date' | 'stock';
type UnitKind = 'province' | 'department' | 'commune' | 'ward' | 'special-zone' | 'other';
type IndicatorType = 'input' | 'process' | 'result' | 'impact' | 'composite';
/** Fields of an indicator named in messages (diff, template-changed). */
type IndicatorField = 'name' | 'unit' | 'value_type' | 'frequency' | 'owner' | 'formula' | 'reported_by' | 'breakdown';

interface Words {
  /** Capitalised, as a column value ("Lỗi"); running text lower-cases it (`severityWord`). */
  severity: Record<Severity, string>;
  /** The frequency as a noun: the "Kỳ" column of a template ("Quý" / "Quarter"). */
  frequency: Record<Frequency, string>;
  /** The frequency as a cycle: the annex's "Tần suất" column ("Quý" / "Quarterly"). */
  frequencyCycle: Record<Frequency, string>;
  accumulation: Record<Accumulation, string>;
  unitKind: Record<UnitKind, string>;
  indicatorType: Record<IndicatorType, string>;
  field: Record<IndicatorField, string>;
  /** What a file failed to say about itself (`unidentified`). */
  identityPart: Record<'set' | 'unit' | 'period', string>;
  yes: string;
  no: string;
  total: string;
}

const FREQUENCY_VI: Record<Frequency, string> = { month: 'Tháng', quarter: 'Quý', 'half-year': '6 tháng', 'nine-months': '9 tháng', year: 'Năm' };

export const words = defineCatalog<Words>(
  {
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
    frequency: FREQUENCY_VI,
    frequencyCycle: FREQUENCY_VI,
    accumulation: { period: 'trong kỳ', 'year-to-date': 'lũy kế từ đầu năm', stock: 'cuối kỳ' },
    unitKind: { province: 'tỉnh', department: 'sở, ngành', commune: 'xã', ward: 'phường', 'special-zone': 'đặc khu', other: 'khác' },
    indicatorType: { input: 'Đầu vào', process: 'Quá trình', result: 'Kết quả', impact: 'Tác động', composite: 'Tổng hợp' },
    field: {
      name: 'tên',
      unit: 'đơn vị tính',
      value_type: 'kiểu giá trị',
      frequency: 'kỳ báo cáo',
      owner: 'cơ quan chủ trì',
      formula: 'công thức',
      reported_by: 'đơn vị báo cáo',
      breakdown: 'phân tổ',
    },
    identityPart: { set: 'bộ chỉ số', unit: 'đơn vị báo cáo', period: 'kỳ báo cáo' },
    yes: 'Có',
    no: 'Không',
    total: 'Tổng số',
  },
  {
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    frequency: { month: 'Month', quarter: 'Quarter', 'half-year': 'Half-year', 'nine-months': 'Nine months', year: 'Year' },
    frequencyCycle: { month: 'Monthly', quarter: 'Quarterly', 'half-year': 'Half-yearly', 'nine-months': 'Nine months', year: 'Yearly' },
    accumulation: { period: 'in the period', 'year-to-date': 'year to date', stock: 'end of period' },
    unitKind: { province: 'province', department: 'department', commune: 'commune', ward: 'ward', 'special-zone': 'special zone', other: 'other' },
    indicatorType: { input: 'Input', process: 'Process', result: 'Result', impact: 'Impact', composite: 'Composite' },
    field: {
      name: 'name',
      unit: 'unit',
      value_type: 'value type',
      frequency: 'frequency',
      owner: 'owner',
      formula: 'formula',
      reported_by: 'reported by',
      breakdown: 'breakdown',
    },
    identityPart: { set: 'the indicator set', unit: 'the reporting unit', period: 'the period' },
    yes: 'Yes',
    no: 'No',
    total: 'Total',
  },
);

/** A severity as a word: "Lỗi" in a column, "lỗi" in running text (`lower`). */
export function severityWord(severity: Severity, lang: Lang, lower = false): string {
  const word = words[lang].severity[severity];
  return lower ? word.toLocaleLowerCase(lang) : word;
}
