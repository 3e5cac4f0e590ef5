import { evaluate, parseFormula } from '../model/formula/index.js';
import { rowKeyFor } from '../model/layout/index.js';
import { numberOf, type FileContext } from './checks/context.js';

/**
 * Recomputes every derived row from its components (same breakdown category) into `ctx.values`. A cached or typed
 * value in the file is never used: `ratiosMismatch` compares it with this one. Rows are taken in plan order, and a
 * derived row may use another derived row planned before it.
 */
export function computeDerived(ctx: FileContext): void {
  for (const r of ctx.plan.valueRows) {
    if (!r.indicator.formula || !ctx.rows.has(r.key)) continue;
    const parsed = parseFormula(r.indicator.formula);
    if (!parsed.ok) continue;
    ctx.values.set(r.key, evaluate(parsed.value, (code) => numberOf(ctx, rowKeyFor(code, r.breakdown, r.category?.code))));
  }
}
