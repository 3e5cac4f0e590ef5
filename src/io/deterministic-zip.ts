import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Re-packs an xlsx with fixed entry timestamps and a fixed entry order, so the same workbook gives the same bytes
 * (exceljs stamps every zip entry with the current time). `[Content_Types].xml` stays first, as Office expects;
 * exceljs's directory entries (`xl/`, `_rels/`…) are left out, as Office writes none.
 */
export function repackDeterministic(buffer: Uint8Array, date: Date): Buffer {
  const entries = unzipSync(buffer);
  const names = Object.keys(entries)
    .filter((name) => !name.endsWith('/'))
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const files: Zippable = {};
  for (const name of names) files[name] = [entries[name], { mtime: date, level: 6 }];
  return Buffer.from(zipSync(files));
}

/**
 * Zips entries in the order given (a patched package keeps its parts where they were), every entry stamped with
 * `date`. Names ending in `/` are written as the directory entries they were.
 */
export function zipInOrder(entries: readonly (readonly [string, Uint8Array])[], date: Date): Buffer {
  const files: Zippable = {};
  for (const [name, data] of entries) files[name] = [data, { mtime: date, level: 6 }];
  return Buffer.from(zipSync(files));
}
