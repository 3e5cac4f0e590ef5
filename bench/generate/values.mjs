// Plausible values for every input row of a plan: magnitudes from the unit's size and the unit of measure,
// numerators below their denominators, categories that sum to their totals, and the set's rules satisfied.
import { evaluateComparison, parseComparison, parseFormula } from '../../dist/model/formula/index.js';
import { rowKeyFor } from '../../dist/model/layout/index.js';
import { hashSeed, seeded } from './random.mjs';

/** Share of the unit's population a count of this unit of measure is, roughly. */
const SCALE = {
  người: [0.01, 0.05],
  hộ: [0.2, 0.28],
  'hồ sơ': [0.02, 0.06],
  'văn bản': [0.004, 0.012],
  'phản ánh': [0.0005, 0.002],
  tổ: [0.0004, 0.0008],
  'hộ gia đình': [0.2, 0.28],
  'doanh nghiệp': [0.004, 0.006],
  'lượt khách': [0.5, 1.5],
};
/** Counts over a period (new household businesses in a quarter, jobs created so far this year): a far smaller share. */
const FLOW_SCALE = { người: [0.004, 0.01], hộ: [0.001, 0.003], 'doanh nghiệp': [0.0002, 0.0004] };
/** Denominators that are shares of the population (adults, working age, households). */
const DENOMINATOR_SCALE = { người: [0.6, 0.75], hộ: [0.24, 0.28] };
/** People living in a commune, ward or special zone: 96 of them make a province of about 1.25 million. */
const COMMUNE_SIZE = [5_500, 21_000];
/** Figures reported for the whole province (by a department or the province itself) scale with this. */
const PROVINCE_SIZE = 1_250_000;

/** @returns {Map<string, number | boolean | string>} values by row key for the plan's input rows */
export function plausibleValues(plan, set) {
  const rng = seeded(hashSeed(`${plan.unit.code}|${plan.period.id}`));
  const size = unitSize(plan.unit, rng);
  const values = new Map();
  // Numerator code → the rate over it, from the whole set: a commune's form has CDS.02a but not CDS.02 (its
  // denominator, CDS.02b, is collected from a system), yet CDS.02a is still a share of CDS.02b.
  const pairs = new Map(); // numerator code → denominator code
  const rateOf = new Map(); // numerator code → rate indicator
  for (const ind of set.indicators.filter((i) => i.formula)) {
    const p = parseFormula(ind.formula);
    const div = p.ok && p.value.kind === 'binary' && p.value.op === '*' ? p.value.left : p.ok ? p.value : undefined;
    if (div?.kind === 'binary' && div.op === '/' && div.left.kind === 'ref' && div.right.kind === 'ref') {
      pairs.set(div.left.code, div.right.code);
      rateOf.set(div.left.code, ind);
    }
  }
  const denominators = new Set(pairs.values());
  // A province-wide figure (reported_by: province) is the province's, whoever types it.
  const sizeFor = (ind) => (ind.reported_by === 'province' ? PROVINCE_SIZE : size);
  const base = (ind, category) => {
    if (ind.code === 'XH.01') return size;
    if (denominators.has(ind.code) && DENOMINATOR_SCALE[ind.unit]) return denominatorValue(plan, ind, sizeFor(ind), category);
    const scale = (ind.accumulation !== 'stock' && FLOW_SCALE[ind.unit]) || SCALE[ind.unit];
    if (scale) return Math.max(1, Math.round(sizeFor(ind) * rng.between(scale[0], scale[1])));
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
    const denInd = den === undefined ? undefined : set.indicators.find((i) => i.code === den);
    if (den !== undefined && typeof values.get(rowKeyFor(den, r.breakdown, r.category?.code)) === 'number') {
      v = Math.round(values.get(rowKeyFor(den, r.breakdown, r.category?.code)) * share(rateOf.get(ind.code), rng));
    } else if (denInd?.collection === 'system' && DENOMINATOR_SCALE[denInd.unit]) {
      // Over a count taken from a system (CDS.02a over CDS.02b, collected): a share of the very figure the system's
      // export holds for this unit (denominatorValue draws it the same way there).
      v = Math.round(denominatorValue(plan, denInd, sizeFor(denInd), r.category?.code) * share(rateOf.get(ind.code), rng));
    } else if (ind.code.endsWith('b') && ind.unit === 'dịch vụ') {
      v = 25;
    } else v = base(ind, r.category?.code);
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

/** A unit's population: its own seed (not the period's), so it does not jump from one quarter to the next. */
function unitSize(unit, rng) {
  // Drawn from the period's generator too, so the sequence of the other values stays as it was.
  rng.next();
  const own = seeded(hashSeed(unit.code));
  if (unit.kind === 'department' || unit.kind === 'other') return own.int(60_000, 250_000);
  if (unit.kind === 'province') return PROVINCE_SIZE;
  return own.int(COMMUNE_SIZE[0], COMMUNE_SIZE[1]);
}

/**
 * A denominator that is a share of the population (adults, working-age people, households), drawn from its own seed:
 * the same on a unit's form and in a system's export (bench/generate/exports.mjs), so a numerator typed on the form
 * stays a plausible share of the figure collected from the system.
 */
function denominatorValue(plan, ind, size, category = '') {
  const scale = DENOMINATOR_SCALE[ind.unit];
  return Math.max(1, Math.round(size * seeded(hashSeed(`${plan.unit.code}|${plan.period.id}|${ind.code}|${category}`)).between(scale[0], scale[1])));
}

/**
 * The share a numerator is of its denominator: around the rate's target where the set has one (85 % of adults with a
 * smartphone: 64–89 %; poor households, 2,5 % or lower: 1,25–3,75 %), else 45–97 %.
 */
function share(rate, rng) {
  const t = rate?.target;
  if (t && typeof t.value === 'number' && t.value > 0 && t.value <= 100) {
    const [lo, hi] = t.direction === 'lower' ? [0.5, 1.5] : [0.75, 1.05];
    return Math.min(0.99, (t.value / 100) * rng.between(lo, hi));
  }
  return rng.between(0.45, 0.97);
}

function round2(v) {
  return Math.round(v * 100) / 100;
}
