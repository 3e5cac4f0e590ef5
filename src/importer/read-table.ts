import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { makeDiagnostic } from '../diagnostics/make-diagnostic.js';
import { importerErrors } from '../i18n/index.js';
import { columnNumber } from '../submission/parse-sheet.js';
import { readCsvRecords } from '../submission/read-csv.js';
import { readWorkbook } from '../submission/read-workbook.js';

/** A table read from a catalog file: rows of cell texts (1-based `line` kept for messages), and where it came from. */
export interface Table {
  rows: { line: number; cells: string[] }[];
  /** "Sheet1" for a workbook, the encoding for a CSV. */
  origin: string;
  /** The sheet read, for a workbook: a place in it is written `Sheet!E7`; in a CSV, `line:column`. */
  sheet?: string;
}

/**
 * Reads the indicator list a province keeps in Excel or CSV: the first visible sheet of an .xlsx (through the same
 * guarded reader as submissions: size limits, nothing evaluated), or a CSV in UTF-8, UTF-16 or Windows-1258 with
 * `,` or `;`. Throws an Error with a user-facing message for anything else.
 */
export async function readTable(file: string): Promise<Table> {
  const bytes = await readFile(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') {
    const { records, encoding } = readCsvRecords(bytes);
    return { origin: encoding, rows: records.map(({ record, info }) => ({ line: info.lines, cells: record.map((c) => c.trim()) })) };
  }
  if (ext !== '.xlsx') throw new Error(importerErrors.notXlsxOrCsv(file));
  const wb = readWorkbook(bytes);
  if ('code' in wb) {
    // The same words check uses for such a file, in the current language, never the raw code.
    const params = { detail: wb.detail, format: wb.format ?? ext };
    throw new Error(`${file}: ${makeDiagnostic(wb.code, { location: { file }, params }).message}`);
  }
  const info = wb.sheets.find((s) => s.state === 'visible') ?? wb.sheets[0];
  const sheet = info ? wb.sheet(info.name) : undefined;
  if (!sheet) throw new Error(importerErrors.noSheet(file));
  const grid = new Map<number, string[]>();
  for (const cell of sheet.cells.values()) {
    if (cell.value === undefined) continue;
    const row = grid.get(cell.row) ?? [];
    row[columnNumber(cell.col) - 1] = String(cell.value).trim();
    grid.set(cell.row, row);
  }
  const rows = [...grid.entries()].sort((a, b) => a[0] - b[0]).map(([line, cells]) => ({ line, cells: Array.from(cells, (c) => c ?? '') }));
  return { origin: info.name, sheet: info.name, rows };
}
