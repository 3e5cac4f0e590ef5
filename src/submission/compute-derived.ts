import { evaluate, parseFormula } from '../model/formula/index.js';
import { rowKeyFor } from '../model/layout/index.js';
import { numberOf, type FileContext } from './checks/context.js';

/**
 * Recomputes every summed total from its categories, then every derived row from its components (same breakdown
 * category), into `ctx.values`. A cached or typed value in the file is never used: `ratiosMismatch` and
 * `breakdownSums` compare it with this one. Rows are taken in plan order, and a derived row may use another derived
 * row planned before it.
 */
export function computeDerived(ctx: FileContext): void {
  // Totals of exhaustive breakdowns first: a rate's total row reads them (CCHC.02 = CCHC.02a / CCHC.02b).
  for (const r of ctx.plan.valueRows) {
    if (!r.sumOf || !ctx.rows.has(r.key)) continue;
    const parts = r.sumOf.map((key) => numberOf(ctx, key));
    // A blank category leaves the total blank, as the template's guarded SUM does: a blank is never zero.
    ctx.values.set(r.key, parts.every((p) => p !== undefined) ? parts.reduce<number>((a, p) => a + p!, 0) : undefined);
  }
  for (const r of ctx.plan.valueRows) {
    if (!r.indicator.formula || !ctx.rows.has(r.key)) continue;
    const parsed = parseFormula(r.indicator.formula);
    if (!parsed.ok) continue;
    ctx.values.set(
      r.key,
      evaluate(parsed.value, (code) => numberOf(ctx, rowKeyFor(code, r.breakdown, r.category?.code))),
    );
  }
}
