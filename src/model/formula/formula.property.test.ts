// Property tests (fast-check) of the formula parser and evaluator: any text parses without throwing, and a random
// expression, printed and parsed again, evaluates exactly as the expression itself does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.js';
import { evaluate } from './evaluate.js';
import { parseComparison, parseFormula } from './parse.js';

const CODES = ['A.01', 'A.01a', 'B.02b', 'CDS.03', 'XH_1'];
const VALUES = new Map<string, number | undefined>([
  ['A.01', 3],
  ['A.01a', 0],
  ['B.02b', -2.5],
  ['CDS.03', 1e6],
  ['XH_1', undefined],
]);

const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('number' as const), value: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })) }),
    fc.record({ kind: fc.constant('ref' as const), code: fc.constantFrom(...CODES), offset: fc.constant(0) }),
    fc.record({ kind: fc.constant('neg' as const), operand: tie('e') }),
    fc.record({ kind: fc.constant('binary' as const), op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const), left: tie('e'), right: tie('e') }),
  ),
})).e;

/** Prints with every operation in parentheses, so parsing must rebuild the same tree. */
function print(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return String(e.value).includes('e') ? e.value.toFixed(6) : String(e.value);
    case 'ref':
      return e.code;
    case 'neg':
      return `-(${print(e.operand)})`;
    case 'binary':
      return `(${print(e.left)} ${e.op} ${print(e.right)})`;
  }
}

/** The reference: direct arithmetic on the tree, blank (undefined) and division by zero giving no value. */
function reference(e: Expr): number | undefined {
  if (e.kind === 'number') return Number(print(e));
  if (e.kind === 'ref') return VALUES.get(e.code);
  if (e.kind === 'neg') {
    const v = reference(e.operand);
    return v === undefined ? undefined : -v;
  }
  const [l, r] = [reference(e.left), reference(e.right)];
  if (l === undefined || r === undefined) return undefined;
  return e.op === '+' ? l + r : e.op === '-' ? l - r : e.op === '*' ? l * r : r === 0 ? undefined : l / r;
}

describe('formula parser and evaluator (properties)', () => {
  it('never throw on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Z0-9._ ()+\-*/<>=!]{0,40}$/)), (text) => {
        const f = parseFormula(text);
        const c = parseComparison(text);
        expect(typeof f.ok).toBe('boolean');
        expect(typeof c.ok).toBe('boolean');
        if (f.ok) evaluate(f.value, (code) => VALUES.get(code));
      }),
      { numRuns: 3000 },
    );
  });

  it('evaluate a printed random expression as the reference does', () => {
    fc.assert(
      fc.property(expr, (e) => {
        const parsed = parseFormula(print(e));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const got = evaluate(parsed.value, (code) => VALUES.get(code));
        const want = reference(e);
        if (want === undefined || !Number.isFinite(want)) expect(got === undefined || !Number.isFinite(got) || Object.is(got, want)).toBe(true);
        else expect(got).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
});
