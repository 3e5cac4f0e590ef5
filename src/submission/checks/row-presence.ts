import { COL } from '../../model/layout/index.js';
import { categoryText } from '../locate-rows.js';
import { diagnosticAt, type FileCheck } from './context.js';

/** Planned rows that were not found (`row-missing`, at the row the template had them). */
export const rowsMissing: FileCheck = (ctx) =>
  ctx.plan.valueRows
    .filter((r) => !ctx.rows.has(r.key))
    .map((r) => diagnosticAt(ctx, 'row-missing', ctx.kind === 'csv' ? 'B1' : `${COL.code}${r.row}`, { code: r.indicator.code, category: categoryText(r, ctx.plan.lang) || undefined }));

/** Planned rows found at another row than the template's (`row-moved`, info: the values are still read). */
export const rowsMoved: FileCheck = (ctx) => {
  if (ctx.kind === 'csv') return [];
  return ctx.plan.valueRows.flatMap((r) => {
    const row = ctx.rows.get(r.key);
    return row !== undefined && row !== r.row ? [diagnosticAt(ctx, 'row-moved', `${COL.code}${row}`, { code: r.key, expected: r.row, found: row })] : [];
  });
};
