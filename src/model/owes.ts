import { isOnForms } from './collection.js';
import { isDueIn, type Period } from './period.js';
import { reporterCodes } from './reporters.js';
import type { Indicator, IndicatorSet, Unit } from './types.js';

/** Reporter lists as sets, once per (shared) list: a form per unit of 3,300 must not scan 3,300 codes per indicator. */
const asSet = new WeakMap<readonly string[], ReadonlySet<string>>();
function reporterSet(ind: Indicator, set: IndicatorSet): ReadonlySet<string> {
  const codes = reporterCodes(ind, set);
  let found = asSet.get(codes);
  if (!found) asSet.set(codes, (found = new Set(codes)));
  return found;
}

/**
 * Indicators `unit` must type into its form for `period`, in set order: `collection: system` indicators are never on
 * a form (`unitsOwing` answers who owes those). With no period, every form indicator it reports at all.
 */
export function indicatorsOwed(set: IndicatorSet, unit: Unit, period?: Period): Indicator[] {
  return set.indicators.filter((ind) => isOnForms(ind) && reporterSet(ind, set).has(unit.code) && (!period || isDueIn(ind.frequency, period)));
}

/**
 * Codes of the units whose values of `indicator` are expected, on a form or from its system (a system indicator's
 * values arrive as returns written by `indicators collect`), in units.yaml order; only units that exist.
 */
export function unitsOwing(set: IndicatorSet, indicator: Indicator): string[] {
  const known = new Set(set.units.map((u) => u.code));
  return reporterCodes(indicator, set).filter((c) => known.has(c));
}

/**
 * For every reporting unit (not the province), the form indicators it owes in `period` (system indicators are not on
 * forms: `unitsOwing`). Units owing nothing are included with [].
 */
export function planObligations(set: IndicatorSet, period?: Period): { unit: Unit; indicators: Indicator[] }[] {
  const byUnit = new Map<string, Indicator[]>(set.units.map((u) => [u.code, []]));
  for (const ind of set.indicators) {
    if (!isOnForms(ind) || (period && !isDueIn(ind.frequency, period))) continue;
    for (const code of reporterCodes(ind, set)) byUnit.get(code)?.push(ind);
  }
  return set.units.filter((u) => u.kind !== 'province').map((unit) => ({ unit, indicators: byUnit.get(unit.code) ?? [] }));
}
