import type { Period } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import type { PreviousValues } from './read-previous.js';

/** What one workbook is checked against (a leaf, so check-workbook and check-identity need not import each other). */
export interface CheckOptions {
  set: IndicatorSet;
  /** The period being collected (--period); files of another period are flagged. */
  period?: Period;
  /** Values of earlier periods (--previous), by period, unit and row key. */
  previous?: PreviousValues;
  /** Whether each file's sha256 is worked out (merge's dataset and report name it; check prints none). Default: yes. */
  digest?: boolean;
}
