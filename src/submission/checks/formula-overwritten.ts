import { isComputed } from '../../model/layout/index.js';
import { diagnosticAt, valueCellOf, type FileCheck } from './context.js';

/** A derived row's or summed total's value cell holding a typed value instead of the template's formula. */
export const formulasOverwritten: FileCheck = (ctx) => {
  if (ctx.kind === 'csv') return [];
  return ctx.plan.valueRows.flatMap((r) => {
    const at = isComputed(r) ? valueCellOf(ctx, r) : undefined;
    if (!at?.cell || at.cell.formula || at.cell.value === undefined) return [];
    return [diagnosticAt(ctx, 'formula-overwritten', at.address, { code: r.indicator.code, value: typeof at.cell.value === 'number' ? at.cell.value : String(at.cell.value) })];
  });
};
