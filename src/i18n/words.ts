import { defineCatalog } from './catalog.js';
import type { Lang } from './lang.js';

// Words shared by several areas (workbook, report, CLI, messages): one copy each. Keys are the model's enum values;
// the types are spelled here rather than imported because src/i18n is a leaf.

type Severity = 'error' | 'warning' | 'info';
type Frequency = 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year';
type Accumulation = 'period' | 'year-to-date' | 'stock';
type UnitKind = 'province' | 'department' | 'commune' | 'ward' | 'special-zone' | 'other';
type IndicatorType = 'input' | 'process' | 'output' | 'result' | 'impact' | 'composite';
type Collection = 'form' | 'system';
type Sharing = 'open' | 'shared' | 'restricted';
/** Fields of an indicator named in messages (diff, template-changed). */
type IndicatorField =
  | 'name'
  | 'unit'
  | 'value_type'
  | 'frequency'
  | 'owner'
  | 'formula'
  | 'reported_by'
  | 'breakdown'
  | 'type'
  | 'collection'
  | 'system'
  | 'sharing'
  | 'legal_basis'
  | 'baseline'
  | 'milestones'
  | 'warning'
  | 'component'
  | 'higher_code'
  | 'target';
/** Fields of a systems.yaml entry named in messages (diff). */
type SystemField = 'name' | 'name_en' | 'owner' | 'description';

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
  /** How values are collected (`collection`): on a form, or from an information system. */
  collection: Record<Collection, string>;
  /** Publication and sharing level (`sharing`, Decree 278/2025). */
  sharing: Record<Sharing, string>;
  field: Record<IndicatorField, string>;
  systemField: Record<SystemField, string>;
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
    indicatorType: { input: 'Đầu vào', process: 'Quá trình', output: 'Đầu ra', result: 'Kết quả', impact: 'Tác động', composite: 'Tổng hợp' },
    collection: { form: 'Biểu mẫu', system: 'Hệ thống thông tin' },
    sharing: { open: 'Dữ liệu mở', shared: 'Chia sẻ', restricted: 'Hạn chế' },
    field: {
      name: 'tên',
      unit: 'đơn vị tính',
      value_type: 'kiểu giá trị',
      frequency: 'kỳ báo cáo',
      owner: 'cơ quan chủ trì',
      formula: 'công thức',
      reported_by: 'đơn vị báo cáo',
      breakdown: 'phân tổ',
      type: 'loại chỉ số',
      collection: 'cách thu thập',
      system: 'hệ thống nguồn',
      sharing: 'mức độ chia sẻ',
      legal_basis: 'căn cứ pháp lý',
      baseline: 'giá trị gốc',
      milestones: 'lộ trình',
      warning: 'ngưỡng cảnh báo',
      component: 'số liệu thành phần',
      higher_code: 'mã cấp trên',
      target: 'chỉ tiêu',
    },
    systemField: { name: 'tên', name_en: 'tên tiếng Anh', owner: 'cơ quan quản lý', description: 'mô tả' },
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
    indicatorType: { input: 'Input', process: 'Process', output: 'Output', result: 'Result', impact: 'Impact', composite: 'Composite' },
    collection: { form: 'Form', system: 'Information system' },
    sharing: { open: 'Open', shared: 'Shared', restricted: 'Restricted' },
    field: {
      name: 'name',
      unit: 'unit',
      value_type: 'value type',
      frequency: 'frequency',
      owner: 'owner',
      formula: 'formula',
      reported_by: 'reported by',
      breakdown: 'breakdown',
      type: 'type',
      collection: 'collection',
      system: 'source system',
      sharing: 'sharing',
      legal_basis: 'legal basis',
      baseline: 'baseline',
      milestones: 'milestones',
      warning: 'warning thresholds',
      component: 'component',
      higher_code: 'higher-level code',
      target: 'target',
    },
    systemField: { name: 'name', name_en: 'English name', owner: 'owner', description: 'description' },
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
