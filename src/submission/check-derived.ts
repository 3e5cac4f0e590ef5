import { COL, rowKeyFor } from '../model/layout/index.js';
import { evaluate, parseFormula, type Expr } from '../model/formula/index.js';
import { report, type FileContext } from './file-context.js';
import { parseNumberText } from './parse-number.js';

/**
 * Derived rows: recompute from the components (never trust a cached value), then compare with what the cell holds:
 * a typed number where the formula was (`formula-overwritten`), a value that disagrees beyond its own rounding
 * (`ratio-mismatch`, seed 002's 6/9 written as 66,66), and a numerator larger than its denominator.
 */
export function checkDerivedRows(ctx: FileContext): void {
  for (const r of ctx.plan.valueRows) {
    const formula = r.indicator.formula;
    const row = ctx.rows.get(r.key);
    if (!formula || row === undefined) continue;
    const parsed = parseFormula(formula);
    if (!parsed.ok) continue;
    const valueOf = (code: string) => {
      const v = ctx.values.get(rowKeyFor(code, r.breakdown, r.category?.code));
      return typeof v === 'number' ? v : undefined;
    };
    const expected = evaluate(parsed.value, valueOf);
    ctx.values.set(r.key, expected);
    const address = `${COL.value}${row}`;
    const cell = ctx.sheet.cells.get(address);
    const held = typeof cell?.value === 'number' ? cell.value : typeof cell?.value === 'string' ? typedNumber(cell.value) : undefined;
    if (ctx.kind === 'xlsx' && cell && !cell.formula && cell.value !== undefined) report(ctx, 'formula-overwritten', address, { code: r.indicator.code, value: String(cell.value) });
    if (held !== undefined && expected !== undefined && (!cell?.formula || cell.cached) && !agrees(held, expected)) {
      report(ctx, 'ratio-mismatch', address, { code: r.indicator.code, value: held, formula, expected: round(expected) });
    }
    checkNumeratorDenominator(ctx, parsed.value, valueOf, r.breakdown, r.category?.code);
  }
}

/** A typed rate agrees when it is the recomputed value rounded to the decimals it was typed with (at most 2). */
export function agrees(held: number, expected: number): boolean {
  const decimals = Math.min(2, (String(held).split('.')[1] ?? '').length);
  return Math.abs(held - expected) <= 0.5 * 10 ** -decimals + 1e-9;
}

function typedNumber(text: string): number | undefined {
  const parsed = parseNumberText(text);
  return parsed.kind === 'number' ? parsed.value : undefined;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** For `A / B * 100` rates: A must not exceed B. */
function checkNumeratorDenominator(ctx: FileContext, expr: Expr, valueOf: (c: string) => number | undefined, breakdown?: string, category?: string): void {
  const div = expr.kind === 'binary' && expr.op === '*' ? expr.left : expr;
  if (div.kind !== 'binary' || div.op !== '/' || div.left.kind !== 'ref' || div.right.kind !== 'ref') return;
  const [n, d] = [div.left.code, div.right.code];
  const [nv, dv] = [valueOf(n), valueOf(d)];
  if (nv === undefined || dv === undefined || nv <= dv) return;
  const row = ctx.rows.get(rowKeyFor(n, breakdown, category));
  if (row === undefined) return;
  report(ctx, 'numerator-exceeds-denominator', `${COL.value}${row}`, { numerator: n, nValue: nv, denominator: d, dValue: dv });
}
