import { isOnForms, isSystemIndicator } from './collection.js';
import { parseFormula, referencesOf } from './formula/index.js';
import { isDueIn, type Period } from './period.js';
import { reporterCodes } from './reporters.js';
import type { Indicator, IndicatorSet, Unit } from './types.js';

/** Reporter lists as sets, once per (shared) list: a form per unit of 3,300 must not scan 3,300 codes per indicator. */
const asSet = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The one-unit set of a `reported_by: province` indicator (its owner's unit), kept per indicator and agencies list. */
const ownerSets = new WeakMap<Indicator, { agencies: IndicatorSet['agencies']; codes: ReadonlySet<string> }>();
function reporterSet(ind: Indicator, set: IndicatorSet): ReadonlySet<string> {
  if (ind.reported_by === 'province') {
    const kept = ownerSets.get(ind);
    if (kept?.agencies === set.agencies) return kept.codes;
    const codes = new Set(reporterCodes(ind, set));
    ownerSets.set(ind, { agencies: set.agencies, codes });
    return codes;
  }
  const codes = reporterCodes(ind, set);
  let found = asSet.get(codes);
  if (!found) asSet.set(codes, (found = new Set(codes)));
  return found;
}

/** The codes a derived indicator's formula names, parsed once per indicator ([] for a typed one or a formula that does not parse). */
const refsOf = new WeakMap<Indicator, readonly string[]>();
function formulaRefs(ind: Indicator): readonly string[] {
  let refs = refsOf.get(ind);
  if (!refs) {
    const parsed = ind.formula ? parseFormula(ind.formula) : undefined;
    refsOf.set(ind, (refs = parsed?.ok ? referencesOf(parsed.value) : []));
  }
  return refs;
}

/**
 * `owed` without the derived indicators the form cannot compute: a rate whose components are not all on the same form
 * (CDS.02 = CDS.02a typed by the commune / CDS.02b collected from the population database) is no row of the form;
 * merge computes it once the unit's returns are together (src/report/combine-derived.ts). Repeated until stable, so a
 * rate over such a rate goes too.
 */
export function computableOnForm(owed: readonly Indicator[]): Indicator[] {
  let kept = [...owed];
  for (;;) {
    const codes = new Set(kept.map((i) => i.code));
    const next = kept.filter((i) => !i.formula || formulaRefs(i).every((c) => codes.has(c)));
    if (next.length === kept.length) return kept;
    kept = next;
  }
}

/**
 * Indicators `unit` must type into its form for `period` (with the derived rows the form computes), in set order:
 * `collection: system` indicators are never on a form (`unitsOwing` answers who owes those), nor a derived indicator
 * whose components are not all on the form (`computableOnForm`). With no period, every form indicator it reports.
 */
export function indicatorsOwed(set: IndicatorSet, unit: Unit, period?: Period): Indicator[] {
  return computableOnForm(set.indicators.filter((ind) => isOnForms(ind) && reporterSet(ind, set).has(unit.code) && (!period || isDueIn(ind.frequency, period))));
}

/**
 * The derived indicators `unit` reports in `period` that are not on its form (`computableOnForm`): merge computes
 * them from the unit's form and collected values.
 */
export function derivedOffForm(set: IndicatorSet, unit: Unit, period?: Period): Indicator[] {
  const onForm = new Set(indicatorsOwed(set, unit, period));
  return set.indicators.filter((ind) => ind.formula && isOnForms(ind) && !onForm.has(ind) && reporterSet(ind, set).has(unit.code) && (!period || isDueIn(ind.frequency, period)));
}

/**
 * The systems (systems.yaml ids, in set order) from which `unit`'s values of `period` are collected: those of the
 * system indicators it reports. A unit that owes no form indicator but some of these needs no template.
 */
export function systemsOwed(set: IndicatorSet, unit: Unit, period?: Period): string[] {
  const ids = set.indicators.filter((ind) => isSystemIndicator(ind) && ind.system && reporterSet(ind, set).has(unit.code) && (!period || isDueIn(ind.frequency, period))).map((ind) => ind.system!);
  return [...new Set(ids)];
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
 * forms: `unitsOwing`; nor derived ones the form cannot compute: `computableOnForm`). Units owing nothing are included with [].
 */
export function planObligations(set: IndicatorSet, period?: Period): { unit: Unit; indicators: Indicator[] }[] {
  const byUnit = new Map<string, Indicator[]>(set.units.map((u) => [u.code, []]));
  for (const ind of set.indicators) {
    if (!isOnForms(ind) || (period && !isDueIn(ind.frequency, period))) continue;
    for (const code of reporterCodes(ind, set)) byUnit.get(code)?.push(ind);
  }
  return set.units.filter((u) => u.kind !== 'province').map((unit) => ({ unit, indicators: computableOnForm(byUnit.get(unit.code) ?? []) }));
}
