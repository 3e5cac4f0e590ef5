/**
 * The domain vocabulary of an indicator set (design §3). The YAML files map onto these types one to one;
 * `schemas/*.schema.json` validates them before the loader builds an `IndicatorSet`.
 */

export type Frequency = 'month' | 'quarter' | 'half-year' | 'nine-months' | 'year';
/** The logical types of guidance 7146/VPCP-KSTT. */
export type IndicatorType = 'input' | 'process' | 'result' | 'impact' | 'composite';
export type ValueType = 'integer' | 'decimal' | 'percent' | 'boolean' | 'text';
/** period: the period alone; year-to-date: lũy kế from 1 January; stock: the value at the end of the period. */
export type Accumulation = 'period' | 'year-to-date' | 'stock';
/** How unit values roll up to the province. */
export type Aggregation = 'sum' | 'average' | 'min' | 'max' | 'last' | 'none';
export type UnitKind = 'province' | 'department' | 'commune' | 'ward' | 'special-zone' | 'other';
/** Who fills the indicator in: groups of units, explicit unit codes, or `province` (the owner reports one value). */
export type ReportedBy = 'all' | 'departments' | 'communes' | 'province' | string[];
export type TargetDirection = 'higher' | 'lower';

/** Cut-off day and deadline of one frequency (NĐ 09/2019: data to the 14th, sent some days after). */
export interface PeriodRule {
  /** Day of the period's last month on which the figures are cut off (1–28). */
  cutoff_day: number;
  /** Days after the cut-off by which the workbook is due. */
  deadline_days: number;
}

/** set.yaml */
export interface SetInfo {
  /** Stable identifier, used in file names and `_meta` (kebab-case). */
  id: string;
  name: string;
  name_en?: string;
  /** Version of the set (semver-like, e.g. 1.0.0); bumped on every change units must see. */
  version: string;
  /** Draft marker, e.g. "dự thảo minh họa". */
  status?: string;
  decision?: { number: string; date: string; signer?: string };
  issuing_body: string;
  issuing_body_en?: string;
  /** Who receives the workbooks (shown in the template header). */
  receiving_unit: string;
  receiving_unit_en?: string;
  contact?: { name?: string; email?: string; phone?: string };
  periods: Partial<Record<Frequency, PeriodRule>>;
  description?: string;
}

/** units.yaml: the province and every unit that fills workbooks. */
export interface Unit {
  code: string;
  name: string;
  name_en?: string;
  kind: UnitKind;
  /** Short name used in charts and file names, optional. */
  short_name?: string;
  email?: string;
}

/** agencies.yaml: owning and cooperating agencies; a code may equal a unit code. */
export interface Agency {
  code: string;
  name: string;
  name_en?: string;
  /** The unit that fills in this agency's province-level indicators; defaults to the unit with the same code. */
  unit?: string;
}

export interface Category {
  code: string;
  name: string;
  name_en?: string;
}

/** breakdowns.yaml: phân tổ. */
export interface Breakdown {
  id: string;
  name: string;
  name_en?: string;
  categories: Category[];
  /**
   * True (the default) when the categories add up to the total: the template's total row is a live SUM of them and a
   * total that differs is an error. False for an "of which" (trong đó) breakdown: the total is typed.
   */
  exhaustive?: boolean;
}

export interface Constraints {
  min?: number;
  max?: number;
  /** Blank is an error when true (the default for non-derived indicators). */
  required?: boolean;
  /**
   * Largest change from the previous period before `previous-period-jump` is raised: in percent, or in percentage
   * points for a percent indicator; a year-to-date value is compared with the same period of the previous year.
   */
  max_change_pct?: number;
}

export interface Target {
  value: number;
  direction: TargetDirection;
  /** Year the target is due. */
  by?: number;
}

export interface Indicator {
  code: string;
  name: string;
  name_en?: string;
  type: IndicatorType;
  /** Đơn vị tính. */
  unit: string;
  unit_en?: string;
  value_type: ValueType;
  frequency: Frequency;
  accumulation: Accumulation;
  owner: string;
  cooperating?: string[];
  reported_by: ReportedBy;
  source: string;
  definition: string;
  method: string;
  /** Derived indicators are computed from this formula and never typed. */
  formula?: string;
  aggregation: Aggregation;
  breakdown?: string[];
  constraints?: Constraints;
  target?: Target;
  higher_code?: string;
  /** Shown as a chart in the HTML report. */
  key?: boolean;
  /** Filled by the loader: the group file's id. */
  group: string;
}

/** One groups/*.yaml file. */
export interface Group {
  id: string;
  name: string;
  name_en?: string;
  /** Order in catalogs and templates. */
  order?: number;
  indicators: Indicator[];
}

/** rules.yaml */
export interface Rule {
  id: string;
  /** A comparison between two formulas: `CDS.05 <= CDS.04`, `CCHC.01 = CCHC.01a + CCHC.01b`. */
  expr: string;
  severity?: 'error' | 'warning';
  /** Absolute tolerance for `=` comparisons (published figures do not always reconcile). */
  tolerance?: number;
  message: string;
  message_en?: string;
}

/** The whole folder after loading: what every command works on. */
export interface IndicatorSet {
  /** The folder as the user named it. */
  dir: string;
  info: SetInfo;
  units: Unit[];
  agencies: Agency[];
  breakdowns: Breakdown[];
  groups: Group[];
  /** All indicators in group order, then file order. */
  indicators: Indicator[];
  rules: Rule[];
  /** sha256 of the normalised content, written into every template's `_meta`. */
  contentHash: string;
  /**
   * Where each declaration was read from, keyed `kind:code` (`indicator:CDS.03`, `unit:21211`); more than one
   * entry means the code is declared twice.
   */
  origins: Map<string, Origin[]>;
}

/** Where a declaration was read from: used to point diagnostics at it. */
export interface Origin {
  file: string;
  path: (string | number)[];
}
