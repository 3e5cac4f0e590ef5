// Plausible values for every input row of a plan: magnitudes from the unit's size and the unit of measure,
// numerators below their denominators, categories that sum to their totals, and the set's rules satisfied.
import { evaluateComparison, parseComparison, parseFormula } from '../../dist/model/formula/index.js';
import { rowKeyFor } from '../../dist/model/layout/index.js';
import { hashSeed, seeded } from './random.mjs';

/** Share of the unit's population a count of this unit of measure is, roughly. */
const SCALE = { người: [0.01, 0.05], hộ: [0.2, 0.28], 'hồ sơ': [0.02, 0.06], 'văn bản': [0.004, 0.012], 'phản ánh': [0.0005, 0.002], tổ: [0.0004, 0.0008], 'hộ gia đình': [0.2, 0.28] };
/** Denominators that are shares of the population (adults, working age, households). */
const DENOMINATOR_SCALE = { người: [0.6, 0.75], hộ: [0.24, 0.28] };

/** @returns {Map<string, number | boolean | string>} values by row key for the plan's input rows */
export function plausibleValues(plan, set) {
  const rng = seeded(hashSeed(`${plan.unit.code}|${plan.period.id}`));
  const size = plan.unit.kind === 'department' || plan.unit.kind === 'other' ? rng.int(60_000, 250_000) : rng.int(6_000, 60_000);
  const values = new Map();
  const rates = plan.valueRows.filter((r) => r.indicator.formula);
  const pairs = new Map(); // numerator code → denominator code
  for (const r of rates) {
    const p = parseFormula(r.indicator.formula);
    const div = p.ok && p.value.kind === 'binary' && p.value.op === '*' ? p.value.left : p.ok ? p.value : undefined;
    if (div?.kind === 'binary' && div.op === '/' && div.left.kind === 'ref' && div.right.kind === 'ref') pairs.set(div.left.code, div.right.code);
  }
  const denominators = new Set(pairs.values());
  const base = (ind) => {
    if (ind.code === 'XH.01') return size;
    const scale = (denominators.has(ind.code) && DENOMINATOR_SCALE[ind.unit]) || SCALE[ind.unit];
    if (scale) return Math.max(1, Math.round(size * rng.between(scale[0], scale[1])));
    if (ind.value_type === 'percent') return round2(rng.between(ind.constraints?.min ?? 40, Math.min(ind.constraints?.max ?? 100, 100)));
    if (ind.value_type === 'decimal') return round2(rng.between(50, 5000));
    if (ind.value_type === 'boolean') return rng.next() > 0.3;
    if (ind.value_type === 'text') return 'Đã thực hiện';
    return rng.int(Math.max(1, ind.constraints?.min ?? 1), 60);
  };
  // Typed rows only: derived rates and the totals the template sums from their categories are computed.
  const inputs = plan.valueRows.filter((r) => !r.indicator.formula && !r.sumOf);
  // Denominators first, then numerators as a share of them, then the rest.
  const order = [...inputs].sort((a, b) => rank(a) - rank(b));
  function rank(r) {
    return denominators.has(r.indicator.code) ? 0 : pairs.has(r.indicator.code) ? 1 : 2;
  }
  for (const r of order) {
    const ind = r.indicator;
    let v;
    const den = pairs.get(ind.code);
    if (den !== undefined && typeof values.get(rowKeyFor(den, r.breakdown, r.category?.code)) === 'number') {
      v = Math.round(values.get(rowKeyFor(den, r.breakdown, r.category?.code)) * rng.between(0.45, 0.97));
    } else if (den !== undefined && set.indicators.find((i) => i.code === den)?.collection === 'system' && DENOMINATOR_SCALE[ind.unit]) {
      // Over a count taken from a system (CDS.02a over CDS.02b, collected): a share of the smallest it can be there.
      v = Math.round(size * DENOMINATOR_SCALE[ind.unit][0] * rng.between(0.45, 0.97));
    } else if (ind.code.endsWith('b') && ind.unit === 'dịch vụ') {
      v = 25;
    } else v = base(ind);
    if (ind.value_type === 'integer' && typeof v === 'number') v = Math.max(ind.constraints?.min ?? 0, Math.round(v));
    values.set(r.key, v);
  }
  fixTotals(plan, values);
  fixRules(plan, set, values);
  return values;
}

/**
 * A total row of a sum-aggregated indicator equals the sum of its categories (kept in the values for the tests'
 * expected figures; `fillValues` leaves a summed total's formula alone).
 */
function fixTotals(plan, values) {
  for (const r of plan.valueRows) {
    if (!r.hasCategories || r.indicator.formula) continue;
    const cats = plan.valueRows.filter((x) => x.indicator.code === r.indicator.code && x.category);
    values.set(
      r.key,
      cats.reduce((s, c) => s + (values.get(c.key) ?? 0), 0),
    );
  }
}

/** Nudges left-hand sides down until every `A <= B` style rule of the set holds. */
function fixRules(plan, set, values) {
  const num = (k) => (typeof values.get(k) === 'number' ? values.get(k) : undefined);
  for (let pass = 0; pass < 3; pass++) {
    for (const rule of set.rules) {
      const p = parseComparison(rule.expr);
      if (!p.ok || !['<=', '<'].includes(p.value.op) || p.value.left.kind !== 'ref') continue;
      const res = evaluateComparison(p.value, num, rule.tolerance ?? 1e-9);
      if (!res || res.holds) continue;
      const key = p.value.left.code;
      values.set(key, Math.floor(res.right * 0.95));
    }
  }
}

function round2(v) {
  return Math.round(v * 100) / 100;
}
