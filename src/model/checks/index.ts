import type { Diagnostic } from '../../diagnostics/index.js';
import { duplicateCodes } from './duplicate-codes.js';
import type { CheckContext, SetCheck } from './types.js';

/** Every semantic check of an indicator set, run in this order. */
export const SET_CHECKS: SetCheck[] = [duplicateCodes];

/** Runs every semantic check; diagnostics carry YAML paths, resolved to line/column by the caller. */
export function checkSet(ctx: CheckContext): Diagnostic[] {
  return SET_CHECKS.flatMap((check) => check(ctx));
}

export type { CheckContext, SetCheck } from './types.js';
