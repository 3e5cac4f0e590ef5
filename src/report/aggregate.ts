import { rowKeyFor } from '../model/layout/index.js';
import { evaluate, parseFormula } from '../model/formula/index.js';
import type { Aggregation, Indicator, IndicatorSet } from '../model/types.js';
import type { ProvinceValue } from './report-types.js';

type Values = ReadonlyMap<string, ReadonlyMap<string, unknown>>;

/** Rolls one row key up over the units (in units.yaml order) by the indicator's aggregation. */
function rollUp(aggregation: Aggregation, numbers: number[]): number | undefined {
  if (numbers.length === 0 || aggregation === 'none') return undefined;
  if (aggregation === 'sum') return numbers.reduce((a, b) => a + b, 0);
  if (aggregation === 'average') return numbers.reduce((a, b) => a + b, 0) / numbers.length;
  if (aggregation === 'min') return Math.min(...numbers);
  if (aggregation === 'max') return Math.max(...numbers);
  return numbers[numbers.length - 1];
}

/**
 * Province figures: inputs rolled up by their aggregation; derived indicators re-computed from the rolled-up
 * components with their formula, never averaged (seed 002: 3.866 / 6.175 is 62,61 %, whatever the unit rates are).
 */
export function aggregateProvince(set: IndicatorSet, rows: { key: string; indicator: Indicator; breakdown?: string; category?: string; owing: string[] }[], values: Values): ProvinceValue[] {
  const out = new Map<string, ProvinceValue>();
  for (const r of rows) {
    const numbers: number[] = [];
    for (const unit of r.owing) {
      const v = values.get(unit)?.get(r.key);
      if (typeof v === 'number' && Number.isFinite(v)) numbers.push(v);
    }
    const value = r.indicator.formula ? undefined : rollUp(r.indicator.aggregation, numbers);
    out.set(r.key, { key: r.key, indicator: r.indicator, breakdown: r.breakdown, category: r.category, value, reporting: numbers.length, owing: r.owing.length });
  }
  for (const p of out.values()) {
    if (!p.indicator.formula) continue;
    const parsed = parseFormula(p.indicator.formula);
    if (!parsed.ok) continue;
    p.value = evaluate(parsed.value, (code) => out.get(rowKeyFor(code, p.breakdown, p.category))?.value);
  }
  void set;
  return [...out.values()];
}

/** Achievement against the target: value/target for `higher`, target/value for `lower`, in percent. */
export function withTargets(values: ProvinceValue[], previous: ReadonlyMap<string, number>): ProvinceValue[] {
  return values.map((p) => {
    const t = p.indicator.target;
    const out = { ...p, previous: previous.get(p.key) };
    if (!t || p.value === undefined || p.category) return out;
    const achievement = t.direction === 'higher' ? (t.value ? (p.value / t.value) * 100 : undefined) : p.value ? (t.value / p.value) * 100 : undefined;
    return { ...out, achievement, achieved: t.direction === 'higher' ? p.value >= t.value : p.value <= t.value };
  });
}
