import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importerTexts, textsOf } from '../i18n/index.js';
import { columnLetters } from '../submission/parse-sheet.js';
import { mapColumns } from './columns.js';
import { planImportedSet, type ImportNote } from './plan-set.js';
import { readTable, type Table } from './read-table.js';
import { REPORT_FILE, writeImportedSet } from './write-set.js';

/** Where a note points: `file:Sheet!E7` in a workbook, `file:7:5` in a CSV, `file:7` without a column. */
export function placeOf(file: string, table: Pick<Table, 'sheet'>, note: Pick<ImportNote, 'line' | 'column'>): string {
  if (note.line === undefined) return '';
  if (table.sheet !== undefined) return `${file}:${table.sheet}!${columnLetters((note.column ?? 0) + 1)}${note.line}`;
  return note.column === undefined ? `${file}:${note.line}` : `${file}:${note.line}:${note.column + 1}`;
}

/**
 * `indicators init DIR --from-catalog FILE`: reads the province's existing list, writes a set folder, and reports on
 * stderr, and in DIR/import-report.txt, what was mapped, every guess and every value not mapped (with its row and
 * column). Returns the exit code (0, or 1 when nothing could be imported).
 */
export async function importCatalog(file: string, dir: string, schemasDir: string): Promise<number> {
  const t = textsOf(importerTexts);
  if (!existsSync(file)) {
    process.stderr.write(t.notFound(file));
    return 2;
  }
  let table;
  try {
    table = await readTable(file);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const map = mapColumns(table.rows);
  if (!map) {
    process.stderr.write(t.noHeader(file));
    return 1;
  }
  const set = planImportedSet(table, map);
  const count = set.groups.reduce((n, g) => n + g.indicators.length, 0);
  if (count === 0) {
    process.stderr.write(t.noRows(file));
    return 1;
  }
  const written = writeImportedSet(dir, set, file, schemasDir);
  const fields = Object.keys(map.columns).join(', ');
  // The import report: what was read, then every guess and every value not mapped, each with its row and column.
  let report = t.imported({ count, groups: set.groups.length, agencies: set.agencies.length, file, origin: table.origin, fields, dir, files: written.length });
  if (set.notes.length) {
    report += t.toReview(set.notes.length);
    for (const n of set.notes) {
      const place = placeOf(file, table, n);
      report += `  ${place ? `${place}  ` : ''}${n.say(t.notes)}\n`;
    }
  }
  if (set.communeReported) report += t.communesMissing(set.communeReported);
  writeFileSync(join(dir, REPORT_FILE), report);
  process.stderr.write(report + t.reportFile(join(dir, REPORT_FILE)) + t.next(dir));
  return 0;
}
