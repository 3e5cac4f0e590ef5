import type { Diagnostic } from '../../diagnostics/index.js';
import { rowKeyFor, summedBreakdown, valueCell } from '../../model/layout/index.js';
import { diagnosticAt, heldNumber, numberOf, round2, type FileCheck } from './context.js';

/** Rounding allowed between a sum-aggregated total and the sum of its categories. */
const TOLERANCE = 0.5;

/**
 * For sum-aggregated indicators with a breakdown: the total row against the sum of its category rows.
 * - Exhaustive breakdown (the default): a total that differs is an error (`breakdown-sum-mismatch`). Where the
 *   template sums the categories itself, the total compared is the one the file holds (typed over the SUM, a cached
 *   result, or a CSV's figure); the value used is always the sum.
 * - "Of which" breakdown (`exhaustive: false`): its categories are part of the total, so only categories adding up to
 *   more than the total are reported, as a warning.
 */
export const breakdownSums: FileCheck = (ctx) => {
  const out: Diagnostic[] = [];
  for (const r of ctx.plan.valueRows) {
    if (!r.hasCategories || r.indicator.formula || r.indicator.aggregation !== 'sum') continue;
    const row = ctx.rows.get(r.key);
    if (row === undefined) continue;
    const held = r.sumOf ? heldNumber(ctx, r)?.value : undefined;
    for (const b of r.indicator.breakdown ?? []) {
      const breakdown = ctx.set.breakdowns.find((x) => x.id === b);
      const parts = (breakdown?.categories ?? []).map((c) => numberOf(ctx, rowKeyFor(r.indicator.code, b, c.code)));
      // Blank categories are reported as blanks; a sum over some of them would only add noise.
      if (!breakdown || parts.length === 0 || parts.some((p) => p === undefined)) continue;
      const sum = parts.reduce<number>((a, p) => a + p!, 0);
      const summed = Boolean(r.sumOf) && summedBreakdown(r.indicator, ctx.set)?.id === b;
      const total = summed ? held : numberOf(ctx, r.key);
      if (total === undefined) continue;
      const exhaustive = breakdown.exhaustive !== false;
      const params = { code: r.indicator.code, total, sum: round2(sum), breakdown: b, summed: summed ? 1 : undefined, exhaustive: exhaustive ? 1 : undefined };
      if (exhaustive && Math.abs(sum - total) > TOLERANCE) out.push(diagnosticAt(ctx, 'breakdown-sum-mismatch', valueCell(row), params, 'error'));
      else if (!exhaustive && sum - total > TOLERANCE) out.push(diagnosticAt(ctx, 'breakdown-sum-mismatch', valueCell(row), params, 'warning'));
    }
  }
  return out;
};
