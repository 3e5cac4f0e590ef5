import { rowKeyFor } from '../model/layout/index.js';
import { evaluate, parseFormula, referencesOf } from '../model/formula/index.js';
import { unreachable } from '../model/exhaustive.js';
import type { Period } from '../model/period.js';
import { targetStatus } from '../model/targets.js';
import type { Aggregation, Indicator, IndicatorSet } from '../model/types.js';
import type { ProvinceValue } from './report-types.js';

type Values = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

/** Rolls one row key up over the units (in units.yaml order) by the indicator's aggregation. */
function rollUp(aggregation: Aggregation, numbers: number[]): number | undefined {
  if (numbers.length === 0) return undefined;
  switch (aggregation) {
    case 'none':
      return undefined;
    case 'sum':
      return numbers.reduce((a, b) => a + b, 0);
    case 'average':
      return numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case 'min':
      return Math.min(...numbers);
    case 'max':
      return Math.max(...numbers);
    case 'last':
      return numbers[numbers.length - 1];
    default:
      return unreachable(aggregation);
  }
}

type Row = { key: string; indicator: Indicator; breakdown?: string; category?: string; owing: string[] };

/** The finite number a unit gave for a row key; a blank (also one "not available") is no number, never 0. */
function numberAt(values: Values, unit: string, key: string): number | undefined {
  const v = values.get(unit)?.get(key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * Province figures: inputs rolled up by their aggregation over the units that reported them; derived indicators
 * re-computed from the rolled-up components with their formula, never averaged (seed 002: 3.866 / 6.175 is 62,61 %,
 * whatever the unit rates are). When the components are owed by the same units, a derived figure uses only the units
 * that gave every component: a unit without its numerator must not add its denominator.
 */
export function aggregateProvince(set: IndicatorSet, rows: Row[], values: Values): ProvinceValue[] {
  const out = new Map<string, ProvinceValue>();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const r of rows) {
    const numbers = r.owing.map((unit) => numberAt(values, unit, r.key)).filter((v): v is number => v !== undefined);
    const value = r.indicator.formula ? undefined : rollUp(r.indicator.aggregation, numbers);
    out.set(r.key, { key: r.key, indicator: r.indicator, breakdown: r.breakdown, category: r.category, value, reporting: numbers.length, owing: r.owing.length });
  }
  for (const p of out.values()) {
    if (!p.indicator.formula) continue;
    const parsed = parseFormula(p.indicator.formula);
    if (!parsed.ok) continue;
    const row = byKey.get(p.key)!;
    const parts = referencesOf(parsed.value).map((code) => byKey.get(rowKeyFor(code, p.breakdown, p.category)));
    const sameUnits = parts.every((c) => c && !c.indicator.formula && c.owing.length === row.owing.length && c.owing.every((u, i) => u === row.owing[i]));
    if (!sameUnits || parts.length === 0) {
      p.value = evaluate(parsed.value, (code) => out.get(rowKeyFor(code, p.breakdown, p.category))?.value);
      continue;
    }
    const complete = row.owing.filter((unit) => parts.every((c) => numberAt(values, unit, c!.key) !== undefined));
    const partial = new Map(
      parts.map((c) => [
        c!.indicator.code,
        rollUp(
          c!.indicator.aggregation,
          complete.map((unit) => numberAt(values, unit, c!.key)!),
        ),
      ]),
    );
    p.value = evaluate(parsed.value, (code) => partial.get(code));
    p.reporting = complete.length;
  }
  void set;
  return [...out.values()];
}

/**
 * The previous value and the target status of each province figure: like with like (src/model/targets.ts), a
 * year-to-date figure as a share of the annual plan, a period's figure against a pro-rated target only where the set
 * allows it, a level directly, lower-is-better as met / not met with the margin. Category rows have no target.
 */
export function withTargets(values: ProvinceValue[], period: Period, previous: ReadonlyMap<string, number>): ProvinceValue[] {
  return values.map((p) => {
    const out = { ...p, previous: previous.get(p.key) };
    const target = p.category ? undefined : targetStatus(p.indicator, period, p.value);
    return target ? { ...out, target } : out;
  });
}
