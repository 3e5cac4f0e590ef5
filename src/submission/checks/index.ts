import { breakdownSums } from './breakdown-sums.js';
import { namesRedirected } from './defined-names.js';
import type { FileCheck } from './context.js';
import { formulasOverwritten } from './formula-overwritten.js';
import { lockedCellsEdited } from './locked-cells.js';
import { numeratorWithinDenominator } from './numerator-denominator.js';
import { cumulativeNotDecreasing, previousPeriodJumps } from './previous-period.js';
import { ratiosMismatch } from './ratio-mismatch.js';
import { rowsAdded } from './added-rows.js';
import { rowsMissing, rowsMoved } from './row-presence.js';
import { rulesHold } from './rules.js';
import { valuesInRange } from './value-range.js';

export type { FileCheck, FileContext } from './context.js';

/**
 * Every check of one submitted workbook, run after its values were read and its derived values recomputed
 * (style §15). Order only affects the order of diagnostics before they are sorted.
 */
export const FILE_CHECKS: readonly FileCheck[] = [
  rowsMissing,
  rowsMoved,
  rowsAdded,
  namesRedirected,
  lockedCellsEdited,
  formulasOverwritten,
  valuesInRange,
  ratiosMismatch,
  numeratorWithinDenominator,
  breakdownSums,
  rulesHold,
  previousPeriodJumps,
  cumulativeNotDecreasing,
];
