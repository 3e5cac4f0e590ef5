import { unreachable } from './exhaustive.js';
import type { Period } from './period.js';
import type { Indicator } from './types.js';

/**
 * Target status (issue 13 §4): a value is compared with a target that covers the same stretch of time, like with
 * like. A set states one target a year (`milestones`, or `target` for the year it is due), while reports come by
 * the month or the quarter, so how the two meet depends on what the value is:
 *
 * - a flow (a sum of things that happen: revenue, dossiers, crimes) counted **year to date** is a share of the year's
 *   target: "% of the annual plan" (Q1 revenue of 3 640 against 28 000 is 13 % of the plan, in progress, not a
 *   failure); it is met or missed once the year is over, or as soon as a ceiling is passed or a goal reached;
 * - a flow counted **in the period** only (a quarter's new enterprises) is compared with the year's target pro-rated
 *   to the period (a quarter: 3/12) only where the set allows it (`target.prorate: true`); otherwise it cannot be
 *   compared for a single period, only in the year's own period, whose figure is the year's total;
 * - a **level** (a stock at the end of the period, a percent, an average) is compared directly with the year's target;
 * - **lower is better** reads as met / not met with the margin under or over the ceiling, never as target / value.
 *
 * `warning: { below, above }` flags a value outside the thresholds (in the indicator's unit, as reported).
 */

/** How the value was compared with the target (each has its words in src/i18n/report.ts `targets.rule`). */
export type TargetRule =
  /** Year-to-date flow against the year's target: % of the annual plan. */
  | 'annual-plan'
  /** Year-to-date flow against the year's target pro-rated to the months gone (`prorate: true`). */
  | 'annual-plan-prorated'
  /** Flow of the period against the year's target pro-rated to the period (`prorate: true`). */
  | 'prorated'
  /** Flow of the period in the year's own period: the year's total against the year's target. */
  | 'year-total'
  /** Flow of a part of the year, target for the whole year, pro-rating not allowed: not compared. */
  | 'not-per-period'
  /** Level (stock, percent, average) against the year's target. */
  | 'level'
  /** Level before the target's year, no milestone for this year: distance to the target still to go. */
  | 'level-before-due'
  /** No target for this year: no milestone for it, and the target is due in another year. */
  | 'no-plan-for-year'
  /** No target, only warning thresholds. */
  | 'thresholds-only';

/**
 * `met` / `not-met`: final for the comparison made; `in-progress`: a year-to-date or not-yet-due figure on its way;
 * `warning`: outside a warning threshold (not-met wins over it); `not-comparable`: no like-for-like target;
 * `normal`: within the thresholds of an indicator that has no target.
 */
export type TargetStatus = 'met' | 'not-met' | 'in-progress' | 'warning' | 'not-comparable' | 'normal';

export interface TargetReading {
  rule: TargetRule;
  direction?: 'higher' | 'lower';
  /** The year the comparison is for (the period's year). */
  year: number;
  /** The year's target, and where it came from (a milestone of that year, or `target` due that year). */
  annual?: number;
  annualFrom?: 'milestone' | 'target';
  /** The target `value` and `by` as the set states them (for the words of `level-before-due`, `no-plan-for-year`). */
  final?: { value: number; by?: number };
  /** What the value was compared with: the year's target, its share for the period, or the final target. */
  plan?: number;
  /** Months of the year the plan was pro-rated to (`prorated`: the period's length; `annual-plan-prorated`: months gone). */
  months?: number;
  /** value / annual × 100 for a year-to-date flow (% of the annual plan), value / plan × 100 for a pro-rated one. Higher-is-better flows only. */
  ratio?: number;
  met?: boolean;
  /**
   * Distance from the plan on the good side, in the indicator's unit (percentage points for a percent): value − plan
   * when higher is better, plan − value when lower is better. Negative: short of the goal, or over the ceiling.
   */
  margin?: number;
  /** Which warning threshold the value crossed. */
  warned?: 'below' | 'above';
  status: TargetStatus;
}

/** What the comparison reads of an indicator. */
export type TargetIndicator = Pick<Indicator, 'value_type' | 'accumulation' | 'aggregation' | 'target' | 'milestones' | 'warning'>;

/** What the comparison reads of a period. */
export type TargetPeriod = Pick<Period, 'year' | 'firstMonth' | 'lastMonth'>;

/** The year's target: the milestone of that year, else `target` when it is due that year or has no year. */
export function targetForYear(indicator: Pick<Indicator, 'target' | 'milestones'>, year: number): { value: number; from: 'milestone' | 'target' } | undefined {
  const milestone = indicator.milestones?.find((m) => m.year === year);
  if (milestone) return { value: milestone.value, from: 'milestone' };
  const t = indicator.target;
  if (t && (t.by === undefined || t.by === year)) return { value: t.value, from: 'target' };
  return undefined;
}

/**
 * Whether the value is a flow that adds up over time (and over units): a year-to-date or per-period count or amount
 * summed over the units. A percent, an average, a stock at the end of the period is a level.
 */
export function isFlow(indicator: Pick<Indicator, 'value_type' | 'accumulation' | 'aggregation'>): boolean {
  if (indicator.value_type !== 'integer' && indicator.value_type !== 'decimal') return false;
  if (indicator.aggregation !== 'sum') return false;
  switch (indicator.accumulation) {
    case 'period':
    case 'year-to-date':
      return true;
    case 'stock':
      return false;
    default:
      return unreachable(indicator.accumulation);
  }
}

/**
 * Whether each unit's own value may be set against the province's target (colours of the unit × indicator matrix,
 * the target line of a unit chart): a level that is not a share of a province total, compared directly.
 */
export function comparableForUnits(indicator: TargetIndicator, reading: TargetReading | undefined): boolean {
  return reading !== undefined && (reading.rule === 'level' || reading.rule === 'level-before-due') && indicator.aggregation !== 'sum';
}

const monthsOf = (p: TargetPeriod) => p.lastMonth - p.firstMonth + 1;

/** The target status of `value` for `period` (pure). Undefined without a value, or without a target and thresholds. */
export function targetStatus(indicator: TargetIndicator, period: TargetPeriod, value: number | undefined): TargetReading | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const warned = crossed(indicator.warning, tidy(value));
  const t = indicator.target;
  if (!t) {
    if (!indicator.warning) return undefined;
    return { rule: 'thresholds-only', year: period.year, warned, status: warned ? 'warning' : 'normal' };
  }
  const base = { direction: t.direction, year: period.year, final: { value: t.value, ...(t.by === undefined ? {} : { by: t.by }) } };
  const reading = compare(indicator, period, value);
  const out: TargetReading = { ...base, ...reading };
  if (warned) out.warned = warned;
  if (warned && out.status !== 'not-met') out.status = 'warning';
  return out;
}

type Comparison = Omit<TargetReading, 'direction' | 'year' | 'final' | 'warned'>;

/**
 * A number without binary rounding noise (15 significant digits, as Excel keeps): a rate computed as 57 / 100 × 100 is
 * 56.99999999999999 and a target of 2.8 pro-rated to a quarter 0.6999999999999998; a value exactly at its target must
 * read "met, exactly". Amounts in đồng (28 000 tỷ = 2.8e13) keep every digit.
 */
const tidy = (n: number) => Number(n.toPrecision(15));

function compare(indicator: TargetIndicator, period: TargetPeriod, raw: number): Comparison {
  const value = tidy(raw);
  const t = indicator.target!;
  const higher = t.direction === 'higher';
  const year = targetForYear(indicator, period.year);
  const margin = (plan: number) => tidy(higher ? value - plan : plan - value);
  const meets = (plan: number) => (higher ? value >= plan : value <= plan);
  const ratio = (of: number) => (higher && of !== 0 ? (value / of) * 100 : undefined);
  const wholeYear = period.firstMonth === 1 && period.lastMonth === 12;

  if (!isFlow(indicator)) {
    if (year) return judged('level', year, year.value, meets(year.value), margin(year.value));
    if (t.by !== undefined && t.by > period.year) {
      // Not due yet and no milestone for this year: how far there is still to go; reaching it early is met.
      const met = meets(t.value);
      return { rule: 'level-before-due', plan: t.value, met, margin: margin(t.value), status: met ? 'met' : 'in-progress' };
    }
    return { rule: 'no-plan-for-year', status: 'not-comparable' };
  }
  if (!year) return { rule: 'no-plan-for-year', status: 'not-comparable' };
  const annual = { annual: year.value, annualFrom: year.from };

  if (indicator.accumulation === 'year-to-date') {
    // Up to December (Q4, H2, the year) the year-to-date figure is the year's: nothing to pro-rate.
    if (t.prorate && period.lastMonth !== 12) {
      const plan = tidy((year.value * period.lastMonth) / 12);
      const met = meets(plan);
      return { rule: 'annual-plan-prorated', ...annual, plan, months: period.lastMonth, ratio: ratio(year.value), met, margin: margin(plan), status: met ? 'met' : 'not-met' };
    }
    const met = meets(year.value);
    // Before the year is over a cumulative figure is on its way: final only once a ceiling is passed or a goal reached.
    const final = period.lastMonth === 12 || (higher ? met : !met);
    return {
      rule: 'annual-plan',
      ...annual,
      plan: year.value,
      ratio: ratio(year.value),
      met: final ? met : undefined,
      margin: margin(year.value),
      status: final ? (met ? 'met' : 'not-met') : 'in-progress',
    };
  }

  // A flow of the period.
  if (wholeYear) return judged('year-total', year, year.value, meets(year.value), margin(year.value), ratio(year.value));
  if (!t.prorate) return { rule: 'not-per-period', ...annual, status: 'not-comparable' };
  const months = monthsOf(period);
  const plan = tidy((year.value * months) / 12);
  const met = meets(plan);
  return { rule: 'prorated', ...annual, plan, months, ratio: ratio(plan), met, margin: margin(plan), status: met ? 'met' : 'not-met' };
}

function judged(rule: TargetRule, year: { value: number; from: 'milestone' | 'target' }, plan: number, met: boolean, margin: number, ratio?: number): Comparison {
  return { rule, annual: year.value, annualFrom: year.from, plan, ...(ratio === undefined ? {} : { ratio }), met, margin, status: met ? 'met' : 'not-met' };
}

function crossed(w: TargetIndicator['warning'], value: number): 'below' | 'above' | undefined {
  if (w?.below !== undefined && value < w.below) return 'below';
  if (w?.above !== undefined && value > w.above) return 'above';
  return undefined;
}
