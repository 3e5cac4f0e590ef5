import { COL, FIRST_DATA_ROW, type TemplatePlan, type ValueRow } from '../model/layout/index.js';
import { words } from '../i18n/index.js';
import type { RawSheet, RawWorkbook } from './workbook-types.js';

/** The category column of a total row, in either language (the template writes `words.total`). */
const TOTAL_LABELS = new Set([words.vi.total, words.en.total]);

/** Where each planned value row was found: by defined name, else by the hidden key column, else by code + category. */
export function locateRows(wb: RawWorkbook, sheet: RawSheet, plan: TemplatePlan, lang: TemplatePlan['lang']): Map<string, number> {
  const found = new Map<string, number>();
  const byKey = new Map<string, number>();
  const byCode = new Map<string, number>();
  // A CSV's rows start under its header line; a workbook's under the heading row.
  const first = wb.kind === 'csv' ? 2 : FIRST_DATA_ROW;
  for (const cell of sheet.cells.values()) {
    if (cell.row < first || typeof cell.value !== 'string') continue;
    if (cell.col === COL.key) byKey.set(cell.value.trim(), cell.row);
  }
  for (let row = first; row <= sheet.maxRow; row++) {
    const code = sheet.cells.get(`${COL.code}${row}`)?.value;
    if (typeof code !== 'string') continue;
    const raw = sheet.cells.get(`${COL.category}${row}`)?.value;
    const category = typeof raw === 'string' && !TOTAL_LABELS.has(raw.trim()) ? raw.trim() : '';
    byCode.set(`${code.trim()}|${category}`, row);
  }
  for (const r of plan.valueRows) {
    const named = wb.names.get(r.definedName);
    const namedRow = named && named.sheet === sheet.name ? Number(named.cell.replace(/^[A-Z]+/, '')) : undefined;
    // A name still pointing at a row that now holds another indicator (rows cleared or pasted over) is not trusted.
    if (namedRow !== undefined && rowHolds(sheet, namedRow, r)) {
      found.set(r.key, namedRow);
      continue;
    }
    const row = byKey.get(r.key) ?? byCode.get(`${r.indicator.code}|${categoryText(r, lang)}`);
    if (row !== undefined) found.set(r.key, row);
  }
  return found;
}

/** The row's hidden key is the planned row's, or, when the key column was cleared, its code column is the code. */
function rowHolds(sheet: RawSheet, row: number, r: ValueRow): boolean {
  const key = sheet.cells.get(`${COL.key}${row}`)?.value;
  if (key !== undefined) return String(key).trim() === r.key;
  return String(sheet.cells.get(`${COL.code}${row}`)?.value ?? '').trim() === r.indicator.code;
}

/** The category column's text for a planned row (what the template wrote in column D). */
export function categoryText(r: ValueRow, lang: TemplatePlan['lang']): string {
  if (r.category) return lang === 'en' ? (r.category.name_en ?? r.category.name) : r.category.name;
  return '';
}
