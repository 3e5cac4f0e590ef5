import type { Expr } from './ast.js';

/** Indicator codes an expression uses, in order of first appearance, each once. */
export function referencesOf(expr: Expr): string[] {
  const seen = new Set<string>();
  const walk = (e: Expr): void => {
    if (e.kind === 'ref') seen.add(e.code);
    else if (e.kind === 'neg') walk(e.operand);
    else if (e.kind === 'binary') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return [...seen];
}

/** Codes that appear anywhere inside a divisor (right of `/`). */
export function divisorsOf(expr: Expr): string[] {
  const out = new Set<string>();
  const walk = (e: Expr): void => {
    if (e.kind === 'neg') walk(e.operand);
    else if (e.kind === 'binary') {
      walk(e.left);
      walk(e.right);
      if (e.op === '/') for (const code of referencesOf(e.right)) out.add(code);
    }
  };
  walk(expr);
  return [...out];
}
