import { COL, FIRST_DATA_ROW, isGroupRowKey } from '../../model/layout/index.js';
import { diagnosticAt, type FileCheck } from './context.js';

const CHECKED_COLUMNS = ['B', 'C', 'D', 'E', 'F', 'G', 'H'];

/**
 * Rows that are not part of the template (`row-added`): any non-blank cell in columns B–H below the heading row
 * that is neither a found value row, a group heading nor the signature block under the table (rows whose hidden key
 * starts with `#`). Values typed there would silently not be merged.
 */
export const rowsAdded: FileCheck = (ctx) => {
  if (ctx.kind === 'csv') return addedCsvLines(ctx);
  const known = new Set(ctx.rows.values());
  const groupNames = new Set(ctx.plan.rows.filter((r) => r.kind === 'group').map((r) => r.name));
  const byRow = new Map<number, string[]>();
  for (const cell of ctx.sheet.cells.values()) {
    if (cell.row < FIRST_DATA_ROW || known.has(cell.row) || !CHECKED_COLUMNS.includes(cell.col)) continue;
    if (cell.value === undefined || String(cell.value).trim() === '') continue;
    byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell.col]);
  }
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .filter((row) => !isGroupHeading(ctx, row, groupNames))
    .map((row) => {
      const code = ctx.sheet.cells.get(`${COL.code}${row}`)?.value;
      const first = byRow.get(row)!.sort()[0];
      return diagnosticAt(ctx, 'row-added', `${code !== undefined ? COL.code : first}${row}`, { row, code: code === undefined ? undefined : String(code) });
    });
};

function isGroupHeading(ctx: Parameters<typeof rowsAdded>[0], row: number, names: Set<string>): boolean {
  const key = ctx.sheet.cells.get(`${COL.key}${row}`)?.value;
  if (typeof key === 'string' && isGroupRowKey(key)) return true;
  const name = ctx.sheet.cells.get(`${COL.name}${row}`)?.value;
  return typeof name === 'string' && names.has(name.trim());
}

/** A CSV line whose code is not in the plan. */
function addedCsvLines(ctx: Parameters<typeof rowsAdded>[0]) {
  const known = new Set(ctx.rows.values());
  const out = [];
  for (let row = 2; row <= ctx.sheet.maxRow; row++) {
    const code = ctx.sheet.cells.get(`${COL.code}${row}`)?.value;
    if (known.has(row) || code === undefined) continue;
    out.push(diagnosticAt(ctx, 'row-added', `${COL.code}${row}`, { row, code: String(code) }));
  }
  return out;
}
