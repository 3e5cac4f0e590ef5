import { diagnosticAt, heldNumber, numberOf, round2, type FileCheck } from './context.js';

/**
 * A derived value the file holds (typed, or a formula's cached result) that disagrees with the value recomputed
 * from its components. A formula without a cached result (script-filled files) is not compared: there is nothing
 * to compare, and the recomputed value is what merge uses anyway.
 */
export const ratiosMismatch: FileCheck = (ctx) =>
  ctx.plan.valueRows.flatMap((r) => {
    const expected = r.indicator.formula ? numberOf(ctx, r.key) : undefined;
    const held = expected === undefined ? undefined : heldNumber(ctx, r);
    if (held === undefined || agrees(held.value, expected!)) return [];
    return [diagnosticAt(ctx, 'ratio-mismatch', held.address, { code: r.indicator.code, value: held.value, formula: r.indicator.formula, expected: round2(expected!) })];
  });

/**
 * A held rate agrees when it is the recomputed value correctly rounded to the decimals it was written with (at most
 * 2), i.e. within half a unit of its last decimal. A flat 0.01 tolerance would accept seed 002's 6/9 written as
 * 66,66 (true value 66,666…, correctly rounded 66,67), which is exactly the slip this check exists for.
 * Full-precision cached results (LibreOffice, Excel) are compared to 2 decimals.
 */
export function agrees(held: number, expected: number): boolean {
  const decimals = Math.min(2, (String(held).split('.')[1] ?? '').length);
  return Math.abs(held - expected) <= 0.5 * 10 ** -decimals + 1e-9;
}
