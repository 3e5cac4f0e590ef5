import type { Comparison, Expr } from './ast.js';

/**
 * Evaluates an expression with the given values. Returns undefined when a referenced value is missing
 * or a division by zero happens: a blank is never zero.
 */
export function evaluate(expr: Expr, values: (code: string) => number | undefined): number | undefined {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'ref':
      return values(expr.code);
    case 'neg': {
      const v = evaluate(expr.operand, values);
      return v === undefined ? undefined : -v;
    }
    case 'binary': {
      const l = evaluate(expr.left, values);
      const r = evaluate(expr.right, values);
      if (l === undefined || r === undefined) return undefined;
      if (expr.op === '+') return l + r;
      if (expr.op === '-') return l - r;
      if (expr.op === '*') return l * r;
      return r === 0 ? undefined : l / r;
    }
  }
}

/** Evaluates a rule; undefined when either side cannot be computed. `=` and `!=` use the tolerance. */
export function evaluateComparison(comparison: Comparison, values: (code: string) => number | undefined, tolerance = 1e-9): { holds: boolean; left: number; right: number } | undefined {
  const left = evaluate(comparison.left, values);
  const right = evaluate(comparison.right, values);
  if (left === undefined || right === undefined) return undefined;
  const close = Math.abs(left - right) <= tolerance;
  const holds =
    comparison.op === '<'
      ? left < right
      : comparison.op === '<='
        ? left <= right + tolerance
        : comparison.op === '>'
          ? left > right
          : comparison.op === '>='
            ? left >= right - tolerance
            : comparison.op === '='
              ? close
              : !close;
  return { holds, left, right };
}
