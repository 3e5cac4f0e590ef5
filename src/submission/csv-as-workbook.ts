import { COL, META_COL, META_SHEET, SHEET_NAMES } from '../model/layout/index.js';
import type { CsvSubmission } from './read-csv.js';
import type { RawCell, RawSheet, RawWorkbook } from './workbook-types.js';

/** The sheet name CSV diagnostics carry until they are turned back into line/column. */
export const CSV_SHEET = SHEET_NAMES.entry.vi;

/**
 * Presents a CSV submission as a workbook with its lines as rows (code in B, category in D, value in G, note in H)
 * and an identity taken from the file name, so the same checks read it.
 */
export function csvAsWorkbook(csv: CsvSubmission, identity: { setId: string; version: string; unit?: string; period?: string }): RawWorkbook {
  const cells = new Map<string, RawCell>();
  const put = (col: string, row: number, value: string) => {
    if (value === '') return;
    cells.set(`${col}${row}`, { address: `${col}${row}`, row, col, value, type: 'str', cached: false, style: 0 });
  };
  let maxRow = 0;
  for (const r of csv.rows) {
    put(COL.code, r.line, r.code);
    put(COL.category, r.line, r.category);
    put(COL.value, r.line, r.value);
    put(COL.note, r.line, r.note);
    maxRow = Math.max(maxRow, r.line);
  }
  const unit = identity.unit ?? csv.rows.find((r) => r.unit)?.unit;
  const period = identity.period ?? csv.rows.find((r) => r.period)?.period;
  const meta = new Map<string, RawCell>();
  // A return written by `indicators collect` names its system on every line (read as a system return, not a form).
  const system = csv.rows.find((r) => r.system)?.system;
  const metaValues = { set_id: identity.setId, set_version: identity.version, unit_code: unit, period, lang: 'vi', ...(system ? { system } : {}) };
  Object.entries(metaValues).forEach(([k, v], i) => {
    meta.set(`${META_COL.key}${i + 1}`, { address: `${META_COL.key}${i + 1}`, row: i + 1, col: META_COL.key, value: k, type: 'str', cached: false, style: 0 });
    if (v) meta.set(`${META_COL.value}${i + 1}`, { address: `${META_COL.value}${i + 1}`, row: i + 1, col: META_COL.value, value: v, type: 'str', cached: false, style: 0 });
  });
  const sheets: Record<string, RawSheet> = { [CSV_SHEET]: { name: CSV_SHEET, cells, maxRow }, [META_SHEET]: { name: META_SHEET, cells: meta, maxRow: Object.keys(metaValues).length } };
  return {
    kind: 'csv',
    sheets: [
      { name: CSV_SHEET, state: 'visible', path: '' },
      { name: META_SHEET, state: 'veryHidden', path: '' },
    ],
    names: new Map(),
    unlockedStyles: new Set(),
    percentStyles: new Set(),
    dateStyles: new Set(),
    sheet: (name) => sheets[name],
  };
}
