import { existsSync } from 'node:fs';
import { importerTexts, textsOf } from '../i18n/index.js';
import { mapColumns } from './columns.js';
import { planImportedSet } from './plan-set.js';
import { readTable } from './read-table.js';
import { writeImportedSet } from './write-set.js';

/**
 * `indicators init DIR --from-catalog FILE`: reads the province's existing list, writes a set folder, and reports on
 * stderr what was mapped and what was not. Returns the exit code (0, or 1 when nothing could be imported).
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
  process.stderr.write(t.imported({ count, groups: set.groups.length, agencies: set.agencies.length, file, origin: table.origin, fields, dir, files: written.length }));
  if (set.notes.length) {
    process.stderr.write(t.toReview(set.notes.length));
    for (const n of set.notes) process.stderr.write(`  ${n.line ? `${file}:${n.line}  ` : ''}${n.say(t.notes)}\n`);
  }
  process.stderr.write(t.next(dir));
  return 0;
}
