import type { Diagnostic } from '../diagnostics/index.js';
import type { Period } from '../model/period.js';
import type { TargetReading } from '../model/targets.js';
import type { Indicator, IndicatorSet, Unit } from '../model/types.js';
import type { ReportHistory } from './history-types.js';

/** The one state every input file ends in (design §6). */
export type FileState = 'accepted' | 'rejected' | 'duplicate' | 'unreadable' | 'not-in-period';

export interface FileOutcome {
  file: string;
  sha256: string;
  state: FileState;
  unit?: string;
  period?: string;
  /** For a return written by `indicators collect`: the system it came from (systems.yaml id). */
  system?: string;
  /** ISO date the file was received (from --received, else the file's modification time). */
  received?: string;
  late: boolean;
  /** Errors that decided a rejection; all diagnostics stay in `diagnostics`. */
  reasons: Diagnostic[];
}

/** Each unit that owes data in the period. */
export interface UnitOutcome {
  unit: Unit;
  /** `wrong-period`: its only file is another period's (not merged, not "missing" either). */
  status: 'accepted' | 'rejected' | 'missing' | 'wrong-period';
  /** The deadline printed on the unit's own form (`formDates`): `late` is judged by it. */
  deadline: string;
  late: boolean;
  file?: string;
  received?: string;
  /** Problems (errors and warnings) in its files. */
  problems: number;
  /** Indicator codes it owes. */
  owes: string[];
}

/** One consolidated figure: a total row (`CDS.01`) or a category row (`CCHC.02|level:tinh`). */
export interface ProvinceValue {
  key: string;
  indicator: Indicator;
  breakdown?: string;
  category?: string;
  value?: number;
  /** Units whose accepted file holds a value for it, of those that owe it. */
  reporting: number;
  owing: number;
  previous?: number;
  /** The target status (issue 13 §4, src/model/targets.ts): the rule it was judged by, the plan, margin, status. */
  target?: TargetReading;
}

export interface MergedReport {
  set: IndicatorSet;
  period: Period;
  /** The set's deadline for the period (forms whose rows all run on its window); a unit's form may fall due later (`formDates`). */
  deadline: string;
  /** Forms that fall due after `deadline` (rows on calendar months): each later date with its number of forms and units. */
  laterDeadlines: { deadline: string; forms: number; units: string[] }[];
  files: FileOutcome[];
  units: UnitOutcome[];
  province: ProvinceValue[];
  /** Accepted values by unit code, then row key. */
  unitValues: Map<string, Map<string, number | string | boolean | undefined>>;
  /** Note column texts of the accepted files by unit code, then row key (a blank with a note is "not available"). */
  unitNotes: Map<string, ReadonlyMap<string, string>>;
  /** The accepted file of each unit, for the dataset's source columns. */
  sources: Map<string, { file: string; sha256: string; late: boolean }>;
  /**
   * Values collected from systems (`indicators collect`), by unit code then row key: the dataset's `source_file` names
   * the system and the sha256 of the query (`system:TTHC#sha256:…`), `source_sha256` is the collected return's.
   */
  systemSources: Map<string, Map<string, { file: string; sha256: string; late: boolean }>>;
  /** Every diagnostic of every file, plus one `missing-submission` per missing unit. */
  diagnostics: Diagnostic[];
  /** The comparison with earlier periods' datasets (`merge --history`, issue 15). */
  history?: ReportHistory;
  counts: {
    unitsOwed: number;
    accepted: number;
    rejected: number;
    missing: number;
    /** Units whose only file is for another period. */
    wrongPeriod: number;
    late: number;
    files: number;
    byState: Record<FileState, number>;
  };
}
