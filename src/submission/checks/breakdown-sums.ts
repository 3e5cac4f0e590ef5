import type { Diagnostic } from '../../diagnostics/index.js';
import { rowKeyFor } from '../../model/layout/index.js';
import { diagnosticAt, numberOf, round2, type FileCheck } from './context.js';

/** Rounding allowed between a sum-aggregated total and the sum of its categories. */
const TOLERANCE = 0.5;

/** For sum-aggregated indicators with a breakdown: the total row against the sum of its category rows (warning). */
export const breakdownSums: FileCheck = (ctx) => {
  const out: Diagnostic[] = [];
  for (const r of ctx.plan.valueRows) {
    if (!r.hasCategories || r.indicator.formula || r.indicator.aggregation !== 'sum') continue;
    const total = numberOf(ctx, r.key);
    const row = ctx.rows.get(r.key);
    if (total === undefined || row === undefined) continue;
    for (const b of r.indicator.breakdown ?? []) {
      const categories = ctx.set.breakdowns.find((x) => x.id === b)?.categories ?? [];
      const parts = categories.map((c) => numberOf(ctx, rowKeyFor(r.indicator.code, b, c.code)));
      // Blank categories are reported as blanks; a sum over some of them would only add noise.
      if (parts.length === 0 || parts.some((p) => p === undefined)) continue;
      const sum = parts.reduce<number>((a, p) => a + p!, 0);
      if (Math.abs(sum - total) > TOLERANCE) out.push(diagnosticAt(ctx, 'breakdown-sum-mismatch', `G${row}`, { code: r.indicator.code, total, sum: round2(sum) }));
    }
  }
  return out;
};
