import { isComputed } from '../../model/layout/index.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import { diagnosticAt, numberOf, rowLabel, valueCellOf, type FileCheck } from './context.js';

/** Typed values against the indicator's constraints: `out-of-range`, `not-integer`, `negative-count`. */
export const valuesInRange: FileCheck = (ctx) => {
  const out: Diagnostic[] = [];
  for (const r of ctx.plan.valueRows) {
    if (isComputed(r)) continue;
    const value = numberOf(ctx, r.key);
    const at = valueCellOf(ctx, r);
    if (value === undefined || !at) continue;
    const { min, max } = r.indicator.constraints ?? {};
    const code = rowLabel(r, ctx.plan.lang);
    const integer = r.indicator.value_type === 'integer';
    if (integer && !Number.isInteger(value)) out.push(diagnosticAt(ctx, 'not-integer', at.address, { code, value }));
    if (integer && value < 0 && min === undefined) out.push(diagnosticAt(ctx, 'negative-count', at.address, { code, value }));
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      out.push(diagnosticAt(ctx, 'out-of-range', at.address, { code, value, min: min ?? '-∞', max: max ?? '+∞' }));
    }
  }
  return out;
};
