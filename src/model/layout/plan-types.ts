import type { Lang } from '../../diagnostics/index.js';
import type { Period, ReportingWindow, WindowKind } from '../period.js';
import type { Category, Indicator, SetInfo, Unit } from '../types.js';

/** One row of the data-entry sheet that holds a value. */
export interface ValueRow {
  kind: 'value';
  /** Row key (hidden column), also the identity used by check: `CDS.05` or `CDS.05|level:tinh`. */
  key: string;
  /** 1-based sheet row. */
  row: number;
  /** STT shown in column A: "1", "1.1" for categories. */
  stt: string;
  indicator: Indicator;
  /** Set for a breakdown category row. */
  breakdown?: string;
  category?: Category;
  /** True for the total row of an indicator that has a breakdown. */
  hasCategories: boolean;
  /** Workbook defined name of the value cell. */
  definedName: string;
  valueCell: string;
  noteCell: string;
  /**
   * For the total row of an exhaustive breakdown (breakdowns.yaml `exhaustive`, the default) of an additive
   * indicator: the row keys of the categories it is the sum of. The row is then computed like a derived one: a live
   * `SUM` in the template, recomputed by check, never typed.
   */
  sumOf?: string[];
  /** Excel formula (without "=") for derived indicators and summed totals, over other rows' value cells. */
  formula?: string;
  /** Value cells this row's formula reads, for the `COUNT` guard and for check. */
  formulaInputs?: string[];
  /** A blank is an error (never for derived rows and summed totals). */
  required: boolean;
  /** Column F: the figure asked for in this period ("Trong quý I năm 2026", "Cả năm 2026 (cộng các quý)", "Tại ngày 14/12/2026"). */
  asked: string;
  /** This row's data window, when its indicator's `reporting_window` differs from the form's (calendar months). */
  window?: ReportingWindow & { kind: WindowKind };
}

/** A group heading row (I. Kinh tế …); no value. */
export interface GroupRow {
  kind: 'group';
  key: string;
  row: number;
  stt: string;
  name: string;
}

export type PlanRow = ValueRow | GroupRow;

/** A row whose value the tool computes (a derived indicator, or a total summed from its categories): never typed. */
export function isComputed(r: ValueRow): boolean {
  return Boolean(r.indicator.formula || r.sumOf);
}

/** Everything compile writes and check expects for one unit and period: pure data, no IO. */
export interface TemplatePlan {
  fileName: string;
  lang: Lang;
  set: SetInfo;
  contentHash: string;
  unit: Unit;
  period: Period;
  /** Human period text: "Quý I năm 2026" / "Q1 2026". */
  periodText: string;
  /**
   * "01/QNG-BO-CHI-SO/Q": the form's number identifies its rows, not the unit's kind: every unit whose form has the
   * same rows in the period gets the same number (`formNumbers`).
   */
  formCode: string;
  /** The last day of data the form's rows ask for (a calendar-month row: the period's last day); the deadline counts from it (`formDates`). */
  cutoff: string;
  deadline: string;
  /** Data window of the form: the one its rows share, else the set's `reporting_window` (Decree 09 by default). */
  window: ReportingWindow & { kind: WindowKind };
  /** The other window some rows follow when the rows do not share one (those rows carry theirs in column F). */
  otherWindow?: ReportingWindow & { kind: WindowKind };
  /** `deadline_days` of the period's rule, and whether they are working days (the set names its `regime`). */
  deadlineDays: number;
  workingDays: boolean;
  /** The decision that sets the deadlines (set.yaml `regime.decision`), in the plan's language. */
  regime?: string;
  rows: PlanRow[];
  /** Only the value rows, in order. */
  valueRows: ValueRow[];
}
