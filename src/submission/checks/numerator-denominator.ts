import type { Expr } from '../../model/formula/index.js';
import { parseFormula } from '../../model/formula/index.js';
import { rowKeyFor, valueCell } from '../../model/layout/index.js';
import { diagnosticAt, numberOf, type FileCheck } from './context.js';

/** For a rate `A / B * 100` (or `A / B`): A must not exceed B (`numerator-exceeds-denominator`, at A's cell). */
export const numeratorWithinDenominator: FileCheck = (ctx) =>
  ctx.plan.valueRows.flatMap((r) => {
    const parts = r.indicator.formula ? ratioParts(r.indicator.formula) : undefined;
    if (!parts) return [];
    const [n, d] = parts.map((code) => rowKeyFor(code, r.breakdown, r.category?.code));
    const [nv, dv] = [numberOf(ctx, n), numberOf(ctx, d)];
    const row = ctx.rows.get(n);
    if (nv === undefined || dv === undefined || nv <= dv || row === undefined) return [];
    return [diagnosticAt(ctx, 'numerator-exceeds-denominator', valueCell(row), { numerator: n.replace('|', ' '), nValue: nv, denominator: d.replace('|', ' '), dValue: dv })];
  });

/** The numerator and denominator codes of a percent/ratio formula, if it is one. */
export function ratioParts(formula: string): [string, string] | undefined {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return undefined;
  const e: Expr = parsed.value;
  const div = e.kind === 'binary' && e.op === '*' && e.right.kind === 'number' ? e.left : e;
  if (div.kind !== 'binary' || div.op !== '/' || div.left.kind !== 'ref' || div.right.kind !== 'ref') return undefined;
  return [div.left.code, div.right.code];
}
