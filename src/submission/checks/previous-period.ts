import type { Diagnostic } from '../../diagnostics/index.js';
import { changeOf, changesInPoints, comparedWithLastYear } from '../../model/change.js';
import type { Indicator } from '../../model/types.js';
import { diagnosticAt, numberOf, rowLabel, valueCellOf, type FileCheck, type FileContext } from './context.js';

/**
 * With --previous: changes beyond the indicator's `max_change_pct` (`previous-period-jump`).
 * - A year-to-date (lũy kế) value is compared with the same period of the previous year: against the period before it
 *   would compare a quarter with a whole year (Q1 after Q4, −75 % every year) or grow by design (Q2 after Q1). Without
 *   last year's figure it is not compared; a fall within the year is `cumulativeNotDecreasing`'s.
 * - A percent indicator changes in percentage points (60 → 72.4 is +12.4 points, not +20.7 %), and its limit is in
 *   points too.
 */
export const previousPeriodJumps: FileCheck = (ctx) => {
  const out: Diagnostic[] = [];
  if (!ctx.previous) return out;
  for (const r of ctx.plan.valueRows) {
    const limit = r.indicator.constraints?.max_change_pct;
    const previous = baselineOf(ctx, r.indicator)?.get(r.key);
    const value = numberOf(ctx, r.key);
    const at = valueCellOf(ctx, r);
    if (limit === undefined || previous === undefined || value === undefined || !at) continue;
    const change = changeOf(r.indicator, value, previous);
    if (change === undefined || Math.abs(change) <= limit) continue;
    const params = {
      code: rowLabel(r, ctx.plan.lang),
      change: signed(change),
      previous,
      value,
      limit,
      points: changesInPoints(r.indicator) ? 1 : undefined,
      lastYear: comparedWithLastYear(r.indicator.accumulation) ? 1 : undefined,
    };
    out.push(diagnosticAt(ctx, 'previous-period-jump', at.address, params));
  }
  return out;
};

/** With --previous in the same year: a year-to-date (lũy kế) value lower than the previous period's. */
export const cumulativeNotDecreasing: FileCheck = (ctx) => {
  const out: Diagnostic[] = [];
  if (!ctx.previous?.sameYear) return out;
  for (const r of ctx.plan.valueRows) {
    if (!comparedWithLastYear(r.indicator.accumulation)) continue;
    const previous = ctx.previous.values?.get(r.key);
    const value = numberOf(ctx, r.key);
    const at = valueCellOf(ctx, r);
    if (previous === undefined || value === undefined || !at || value >= previous) continue;
    out.push(diagnosticAt(ctx, 'cumulative-decreased', at.address, { code: rowLabel(r, ctx.plan.lang), previous, value }));
  }
  return out;
};

/** What a value is compared with: last year's same period for a year-to-date value, else the period before. */
function baselineOf(ctx: FileContext, indicator: Indicator): ReadonlyMap<string, number> | undefined {
  return comparedWithLastYear(indicator.accumulation) ? ctx.previous?.lastYear : ctx.previous?.values;
}

/** `+12.4`, `-75.0`: one decimal and always a sign. */
function signed(change: number): string {
  const text = change.toFixed(1);
  return change > 0 ? `+${text}` : text;
}
