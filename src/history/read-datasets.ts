import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileDetails } from '../i18n/index.js';
import { DatasetError } from '../submission/read-previous.js';
import { periodInPath } from './periods.js';
import type { HistoryInput, HistoryRow } from './types.js';

const NAMES = ['dataset.json', 'dataset.csv'];

/**
 * The dataset files among `paths`: files as given, and in folders (searched recursively) each `dataset.json` or
 * `dataset.csv` that `merge` wrote (the JSON when a folder has both: it names its period even with no row). Sorted
 * by path, so that the same folders always give the same order. `missing`: paths that do not exist.
 */
export function findDatasets(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const here = NAMES.find((n) => entries.some((e) => e.isFile() && e.name === n));
    if (here) files.add(join(dir, here));
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(join(dir, e.name));
  };
  for (const p of paths) {
    const info = statSync(p, { throwIfNoEntry: false });
    if (!info) missing.push(p);
    else if (info.isDirectory()) walk(p);
    else files.add(p);
  }
  return { files: [...files].sort((a, b) => a.localeCompare(b)), missing };
}

/** The columns a history needs of a dataset. */
const NEEDED = ['set_id', 'period', 'unit_code', 'indicator_code', 'value'] as const;

/**
 * Reads one dataset (.json or .csv) by column name: columns added after it was written are blank. Throws a
 * DatasetError naming the file when it cannot be read, does not parse, or lacks the dataset columns.
 */
export async function readHistoryInput(path: string): Promise<HistoryInput> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new DatasetError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  let rows: HistoryRow[];
  let head: { set_id?: string; set_version?: string; period?: string } | undefined;
  try {
    if (path.toLowerCase().endsWith('.json')) {
      const data = JSON.parse(text) as HistoryRow[] | { rows: HistoryRow[]; set_id?: string; set_version?: string; period?: string };
      rows = Array.isArray(data) ? data : data?.rows;
      if (!Array.isArray(rows)) throw new Error(fileDetails.jsonNoRows);
      if (!Array.isArray(data)) head = { set_id: data.set_id, set_version: data.set_version, period: data.period };
    } else {
      const { parse } = await import('csv-parse/sync');
      rows = parse(text, { columns: true, skip_empty_lines: true }) as HistoryRow[];
    }
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(path, (error as Error).message.split('\n')[0]);
  }
  const notObject = rows.findIndex((r) => typeof r !== 'object' || r === null || Array.isArray(r));
  if (notObject >= 0) throw new DatasetError(path, fileDetails.jsonRowNotObject(notObject + 1));
  const lacking = NEEDED.filter((c) => rows.length > 0 && !(c in (rows[0] as object)));
  if (lacking.length) throw new DatasetError(path, fileDetails.missingColumn(lacking.join(', ')));
  const period = head?.period ?? periodInPath(dirname(path)) ?? periodInPath(basename(path));
  return { file: path, period, setId: head?.set_id, setVersion: head?.set_version, rows };
}

/** The set version a dataset was written under, from its first kilobytes (the header of a .json, the first row of a .csv). */
export async function peekSetVersion(path: string): Promise<string | undefined> {
  const { open } = await import('node:fs/promises');
  let head: string;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(65536);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
  if (path.toLowerCase().endsWith('.json')) return /"set_version"\s*:\s*"([^"]*)"/.exec(head)?.[1] || undefined;
  const [header, first] = head.split(/\r?\n/);
  if (!header || !first) return undefined;
  const { parse } = await import('csv-parse/sync');
  try {
    const rows = parse(`${header}\n${first}\n`, { columns: true }) as Record<string, string>[];
    return rows[0]?.set_version || undefined;
  } catch {
    return undefined;
  }
}
