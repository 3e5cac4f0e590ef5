import type { Diagnostic } from '../../diagnostics/index.js';
import { duplicateCodes } from './duplicate-codes.js';
import { formulaCycles } from './formula-cycles.js';
import { formulaComponents, formulaSyntax } from './formulas.js';
import { unknownAgencies, unknownBreakdowns, unknownUnits } from './references.js';
import { decisionDate, draftingUnit, holidayDates, periodSettings, provinceUnit, ruleExpressions, unitsOwingNothing } from './set-wide.js';
import { baselineAndMilestones, compositeType, warningThresholds } from './plan-fields.js';
import { indicatorSystems, systemOwners } from './systems.js';
import { indicatorQueries } from './queries.js';
import type { CheckContext, SetCheck } from './types.js';
import { impossibleConstraints, ratioAveraged, valueTypeUnit } from './values.js';

/** Every semantic check of an indicator set, run in this order (style §15). */
export const SET_CHECKS: SetCheck[] = [
  duplicateCodes,
  unknownAgencies,
  unknownUnits,
  unknownBreakdowns,
  indicatorSystems,
  systemOwners,
  indicatorQueries,
  formulaSyntax,
  formulaCycles,
  formulaComponents,
  ratioAveraged,
  impossibleConstraints,
  valueTypeUnit,
  baselineAndMilestones,
  warningThresholds,
  compositeType,
  ruleExpressions,
  provinceUnit,
  periodSettings,
  holidayDates,
  draftingUnit,
  decisionDate,
  unitsOwingNothing,
];

/** Runs every semantic check; diagnostics carry YAML paths, resolved to line/column by the caller. */
export function checkSet(ctx: CheckContext): Diagnostic[] {
  return SET_CHECKS.flatMap((check) => check(ctx));
}

export type { CheckContext, SetCheck } from './types.js';
