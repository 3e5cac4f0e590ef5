import { COL, FIRST_DATA_ROW } from '../model/layout/index.js';
import { categoryText } from './locate-rows.js';
import { report, type FileContext } from './file-context.js';

/** Rows deleted, moved or added, and locked cells (code, name) changed. */
export function checkStructure(ctx: FileContext): void {
  const expectedRows = new Set(ctx.plan.rows.map((r) => r.row));
  const foundRows = new Set(ctx.rows.values());
  for (const r of ctx.plan.valueRows) {
    const row = ctx.rows.get(r.key);
    if (row === undefined) {
      report(ctx, 'row-missing', `${COL.code}${r.row}`, { code: r.indicator.code, category: categoryText(r, ctx.plan.lang) || undefined });
      continue;
    }
    if (ctx.kind === 'csv') continue;
    if (row !== r.row) report(ctx, 'row-moved', `${COL.code}${row}`, { code: r.key, expected: r.row, found: row });
    const code = ctx.sheet.cells.get(`${COL.code}${row}`)?.value;
    if (code !== undefined && String(code).trim() !== r.indicator.code) {
      report(ctx, 'locked-cell-edited', `${COL.code}${row}`, { found: String(code), expected: r.indicator.code });
    }
    const name = ctx.sheet.cells.get(`${COL.name}${row}`)?.value;
    const expectedName = ctx.plan.lang === 'en' ? r.indicator.name_en ?? r.indicator.name : r.indicator.name;
    if (name !== undefined && String(name).trim() !== expectedName) {
      report(ctx, 'locked-cell-edited', `${COL.name}${row}`, { found: String(name), expected: expectedName });
    }
  }
  if (ctx.kind === 'csv') return;
  const groupRows = new Set(ctx.plan.rows.filter((r) => r.kind === 'group').map((r) => r.row));
  for (let row = FIRST_DATA_ROW; row <= ctx.sheet.maxRow; row++) {
    if (foundRows.has(row) || (groupRows.has(row) && expectedRows.has(row))) continue;
    const filled = ['B', 'C', 'G', 'H'].map((c) => ctx.sheet.cells.get(`${c}${row}`)?.value).filter((v) => v !== undefined && String(v).trim() !== '');
    const isGroup = String(ctx.sheet.cells.get(`${COL.key}${row}`)?.value ?? '').startsWith('#group');
    if (filled.length > 0 && !isGroup) {
      const code = ctx.sheet.cells.get(`${COL.code}${row}`)?.value;
      report(ctx, 'row-added', `${COL.code}${row}`, { row, code: code === undefined ? undefined : String(code) });
    }
  }
}
