import type { Diagnostic } from '../../diagnostics/index.js';
import type { DeclaredCodes } from '../read-set.js';
import type { IndicatorSet } from '../types.js';

/** What every semantic check sees. */
export interface CheckContext {
  set: IndicatorSet;
  /** Codes declared anywhere, including items that failed their schema (no cascading unknown-* errors). */
  declared: DeclaredCodes;
}

/** A semantic check of the set: a small named function returning diagnostics (style §15). */
export type SetCheck = (ctx: CheckContext) => Diagnostic[];
