import type { Period } from '../model/period.js';
import type { TargetReading } from '../model/targets.js';
import type { Frequency, Indicator, UnitKind } from '../model/types.js';
import type { DatasetRow } from '../submission/read-previous.js';

/**
 * One dataset row as `merge` writes it (src/report/dataset.ts), read by column name: columns added later
 * (`note`, `higher_code`) may be absent from older datasets.
 */
export type HistoryRow = Omit<DatasetRow, 'source_file' | 'source_sha256'> & { higher_code?: string };

/** One dataset given to the history: the file it came from, what its header or folder says, its rows. */
export interface HistoryInput {
  file: string;
  /** The period named by the file's header (dataset.json) or its folder (`bao-cao/2026-Q1`), for a dataset with no row. */
  period?: string;
  setId?: string;
  setVersion?: string;
  rows: Iterable<HistoryRow>;
}

/** A period of the history: one dataset, or a hole between two (`file` undefined). */
export interface HistoryPeriod {
  id: string;
  period: Period;
  /** The dataset it was read from; undefined for a period with no dataset between two that have one. */
  file?: string;
  setVersion?: string;
  /** Rows read, and how many of them hold a number. */
  rows: number;
  numbers: number;
  /** No dataset, or a dataset with no figure. */
  empty: boolean;
}

/** One figure of a series, with what it is compared with. */
export interface SeriesPoint {
  period: string;
  value?: number;
  /** Units with a number for it, of the units that owe it (set as it is now). */
  reporting: number;
  owing: number;
  /** The period before (same frequency; none for a year-to-date figure, compared with last year only) and the same period of the previous year, when the history has them. */
  previous?: number;
  lastYear?: number;
  /** Change against them: percentage points for a percent, else percent. */
  change?: number;
  changeLastYear?: number;
  /** The year's target and status (src/model/targets.ts). */
  target?: TargetReading;
}

/** A breakdown category's province series (`CCHC.02|level:tinh`). */
export interface CategorySeries {
  breakdown: string;
  category: string;
  values: (number | undefined)[];
}

/** A unit's figures for one breakdown category (`STC`, `sector`, `nn`), aligned with `History.periods`. */
export interface UnitCategorySeries {
  unit: string;
  breakdown: string;
  category: string;
  values: (number | undefined)[];
}

/** One indicator across the periods. */
export interface IndicatorSeries {
  code: string;
  /** The indicator as the set defines it now; undefined for a code found only in older datasets. */
  indicator?: Indicator;
  /** The unit of measure as the datasets write it. */
  unitOfMeasure: string;
  higherCode: string;
  /** Codes its figures were filed under in older versions of the set (re-coded). */
  formerCodes: string[];
  /** One point per period of the history where the indicator is due or has a figure, in period order. */
  points: SeriesPoint[];
  categories: CategorySeries[];
  /** Each unit's total figure, aligned with `History.periods` (undefined: no figure). */
  unitValues: Map<string, (number | undefined)[]>;
  /** Each unit's breakdown figures (for the series API), by unit code, then breakdown and category. */
  unitCategories: UnitCategorySeries[];
}

/** How a unit did in a period. */
export type UnitPeriodStatus = 'accepted' | 'late' | 'missing' | 'not-owed' | 'no-data';

/** One unit across the periods: its submissions and its names. */
export interface UnitTrack {
  code: string;
  name: string;
  kind?: UnitKind;
  /** False for a unit found in older datasets only (merged, dissolved or re-coded). */
  inSet: boolean;
  /** Aligned with `History.periods`. */
  statuses: UnitPeriodStatus[];
  missed: number;
  late: number;
  /** Longest run of missed periods ending at the latest period. */
  missedRunning: number;
}

/** Something about the periods that a reader of the site must be told. */
export type HistoryNote =
  | { kind: 'version-change'; period: string; from: string; to: string; exact: boolean; added: string[]; removed: string[]; recoded: { from: string; to: string }[] }
  | { kind: 'empty-period'; period: string; file?: string }
  | { kind: 'unit-renamed'; unit: string; from: string; to: string; period: string }
  | { kind: 'unit-gone'; unit: string; name: string; lastPeriod: string }
  | { kind: 'mixed-frequencies'; frequencies: Frequency[] }
  | { kind: 'other-set'; file: string; found: string; expected: string; rows: number }
  | { kind: 'duplicate-period'; period: string; file: string; kept: string }
  | { kind: 'no-period'; file: string };

/** Many periods' datasets read into one series model (design §7 `history/`). */
export interface History {
  setId: string;
  setVersion: string;
  /** The province's unit code (province rows of the series API). */
  province?: string;
  periods: HistoryPeriod[];
  /** Set order, then codes found only in older datasets (sorted). */
  indicators: IndicatorSeries[];
  /** units.yaml order, then units found only in older datasets (sorted). */
  units: UnitTrack[];
  notes: HistoryNote[];
}
