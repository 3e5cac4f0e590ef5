import type { Diagnostic } from '../../diagnostics/index.js';
import { COL } from '../../model/layout/index.js';
import { categoryText } from '../locate-rows.js';
import { diagnosticAt, type FileCheck } from './context.js';

/** Code, name, category and unit-of-measure cells that differ from the template (`locked-cell-edited`). */
export const lockedCellsEdited: FileCheck = (ctx) => {
  if (ctx.kind === 'csv') return [];
  const lang = ctx.plan.lang;
  const out: Diagnostic[] = [];
  for (const r of ctx.plan.valueRows) {
    const row = ctx.rows.get(r.key);
    if (row === undefined) continue;
    const expected: [string, string][] = [
      [COL.code, r.indicator.code],
      [COL.name, lang === 'en' ? (r.indicator.name_en ?? r.indicator.name) : r.indicator.name],
      [COL.unit, lang === 'en' ? (r.indicator.unit_en ?? r.indicator.unit) : r.indicator.unit],
    ];
    if (r.category) expected.push([COL.category, categoryText(r, lang)]);
    for (const [col, want] of expected) {
      const found = ctx.sheet.cells.get(`${col}${row}`)?.value;
      // A blank cell is a cleared cell: also an edit. Whitespace differences are not.
      const text = found === undefined ? '' : String(found).trim();
      if (text !== want.trim()) out.push(diagnosticAt(ctx, 'locked-cell-edited', `${col}${row}`, { found: text, expected: want }));
    }
  }
  return out;
};
