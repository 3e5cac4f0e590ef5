import type { Diagnostic } from '../../diagnostics/index.js';
import { diagnosticAt, numberOf, rowLabel, valueCellOf, type FileCheck } from './context.js';

/** With --previous: changes beyond the indicator's `max_change_pct` (`previous-period-jump`). */
export const previousPeriodJumps: FileCheck = (ctx) => {
  const out: Diagnostic[] = [];
  for (const r of ctx.plan.valueRows) {
    const limit = r.indicator.constraints?.max_change_pct;
    const previous = ctx.previous?.values.get(r.key);
    const value = numberOf(ctx, r.key);
    const at = valueCellOf(ctx, r);
    if (limit === undefined || previous === undefined || previous === 0 || value === undefined || !at) continue;
    if (isFallingCumulative(ctx, r.indicator.accumulation, value, previous)) continue;
    const change = ((value - previous) / Math.abs(previous)) * 100;
    if (Math.abs(change) > limit) out.push(diagnosticAt(ctx, 'previous-period-jump', at.address, { code: rowLabel(r, ctx.plan.lang), change: change.toFixed(1), previous, value, limit }));
  }
  return out;
};

/** With --previous in the same year: a year-to-date (lũy kế) value lower than the previous period's. */
export const cumulativeNotDecreasing: FileCheck = (ctx) => {
  const out: Diagnostic[] = [];
  for (const r of ctx.plan.valueRows) {
    const previous = ctx.previous?.values.get(r.key);
    const value = numberOf(ctx, r.key);
    const at = valueCellOf(ctx, r);
    if (previous === undefined || value === undefined || !at || !isFallingCumulative(ctx, r.indicator.accumulation, value, previous)) continue;
    out.push(diagnosticAt(ctx, 'cumulative-decreased', at.address, { code: rowLabel(r, ctx.plan.lang), previous, value }));
  }
  return out;
};

function isFallingCumulative(ctx: Parameters<FileCheck>[0], accumulation: string, value: number, previous: number): boolean {
  return accumulation === 'year-to-date' && Boolean(ctx.previous?.sameYear) && value < previous;
}
