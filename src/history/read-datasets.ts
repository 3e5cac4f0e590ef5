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
 * Reads one dataset.json whole, in any JSON layout (`streamDataset` reads merge's own layout and every CSV row by
 * row). Throws a DatasetError naming the file when it cannot be read, does not parse, or lacks the dataset columns.
 */
async function readHistoryInput(path: string): Promise<HistoryInput> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new DatasetError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  let rows: HistoryRow[];
  let head: { set_id?: string; set_version?: string; period?: string } | undefined;
  try {
    const data = JSON.parse(text) as HistoryRow[] | { rows: HistoryRow[]; set_id?: string; set_version?: string; period?: string };
    rows = Array.isArray(data) ? data : data?.rows;
    if (!Array.isArray(rows)) throw new Error(fileDetails.jsonNoRows);
    if (!Array.isArray(data)) head = { set_id: data.set_id, set_version: data.set_version, period: data.period };
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

/** The set version and period a dataset was written for, from its first kilobytes (the header of a .json, the first row of a .csv). */
export async function peekDataset(path: string): Promise<{ setVersion?: string; period?: string }> {
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
    return {};
  }
  if (path.toLowerCase().endsWith('.json')) {
    return { setVersion: /"set_version"\s*:\s*"([^"]*)"/.exec(head)?.[1] || undefined, period: /"period"\s*:\s*"([^"]*)"/.exec(head)?.[1] || undefined };
  }
  const [header, first] = head.split(/\r?\n/);
  if (!header || !first) return {};
  const { parse } = await import('csv-parse/sync');
  try {
    const rows = parse(`${header}\n${first}\n`, { columns: true }) as Record<string, string>[];
    return { setVersion: rows[0]?.set_version || undefined, period: rows[0]?.period || undefined };
  } catch {
    return {};
  }
}

/** Dataset files in period order (as their header or first row says; a file naming none last), then by path. */
export async function inPeriodOrder(files: readonly string[]): Promise<{ files: string[]; versions: string[] }> {
  const { parsePeriod } = await import('../model/period.js');
  const { comparePeriods } = await import('./periods.js');
  const peeked = await Promise.all(files.map(async (file) => ({ file, ...(await peekDataset(file)) })));
  const periodOf = (x: { period?: string; file: string }) => parsePeriod(x.period ?? periodInPath(x.file) ?? '');
  peeked.sort((a, b) => {
    const [pa, pb] = [periodOf(a), periodOf(b)];
    if (pa && pb) return comparePeriods(pa, pb) || a.file.localeCompare(b.file);
    return pa ? -1 : pb ? 1 : a.file.localeCompare(b.file);
  });
  const versions = [...new Set(peeked.map((p) => p.setVersion).filter((v): v is string => Boolean(v)))].sort();
  return { files: peeked.map((p) => p.file), versions };
}

/** A dataset being read row by row: what its header or folder says, and its rows as they are read. */
export interface DatasetStream {
  file: string;
  period?: string;
  setId?: string;
  setVersion?: string;
  rows: AsyncIterable<HistoryRow> | Iterable<HistoryRow>;
}

/** Lines read before giving up on finding the `"rows": [` line of a dataset.json merge wrote (then parsed whole). */
const HEADER_LINES = 10_000;

/** Checks the first row of a dataset: an object with the dataset columns. */
function checkFirst(path: string, row: unknown): HistoryRow {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new DatasetError(path, fileDetails.jsonRowNotObject(1));
  const lacking = NEEDED.filter((c) => !(c in row));
  if (lacking.length) throw new DatasetError(path, fileDetails.missingColumn(lacking.join(', ')));
  return row as HistoryRow;
}

/**
 * Opens a dataset to be read row by row, so that twelve periods of 3,300 units × 60 indicators never sit in memory:
 * dataset.json as merge writes it (one row a line) line by line, dataset.csv through csv-parse's stream; any other
 * JSON layout is parsed whole (`readHistoryInput`). Errors, while opening or reading, are DatasetErrors naming the file.
 */
export async function streamDataset(path: string): Promise<DatasetStream> {
  const { createReadStream } = await import('node:fs');
  const { stat } = await import('node:fs/promises');
  try {
    await stat(path);
  } catch (error) {
    throw new DatasetError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  const fromPath = periodInPath(dirname(path)) ?? periodInPath(basename(path));
  if (!path.toLowerCase().endsWith('.json')) {
    const { parse } = await import('csv-parse');
    const parser = createReadStream(path).pipe(parse({ columns: true, skip_empty_lines: true, bom: true }));
    async function* rows(): AsyncGenerator<HistoryRow> {
      let first = true;
      try {
        for await (const record of parser) {
          yield first ? checkFirst(path, record) : (record as HistoryRow);
          first = false;
        }
      } catch (error) {
        if (error instanceof DatasetError) throw error;
        throw new DatasetError(path, (error as Error).message.split('\n')[0]);
      }
    }
    return { file: path, period: fromPath, rows: rows() };
  }
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const head: string[] = [];
  let found = false;
  for (let n = 0; n < HEADER_LINES; n++) {
    const next = await lines.next();
    if (next.done) break;
    const line = n === 0 ? next.value.replace(/^\uFEFF/, '') : next.value;
    if (n === 0 && line.trim() !== '{') break;
    head.push(line);
    if (/"rows"\s*:\s*\[\s*$/.test(line)) {
      found = true;
      break;
    }
  }
  if (!found) {
    await lines.return?.();
    return readHistoryInput(path);
  }
  let header: { set_id?: string; set_version?: string; period?: string };
  try {
    header = JSON.parse(`${head.join('\n')}]}`) as typeof header;
  } catch {
    await lines.return?.();
    return readHistoryInput(path);
  }
  let lineNo = head.length;
  async function* rows(): AsyncGenerator<HistoryRow> {
    let first = true;
    for (;;) {
      const next = await lines.next();
      if (next.done) return;
      lineNo++;
      const text = next.value.trim().replace(/,$/, '');
      if (text === '') continue;
      if (text.startsWith(']')) {
        await lines.return?.();
        return;
      }
      let row: unknown;
      try {
        row = JSON.parse(text);
      } catch (error) {
        throw new DatasetError(path, `${lineNo}: ${(error as Error).message.split('\n')[0]}`);
      }
      yield first ? checkFirst(path, row) : (row as HistoryRow);
      first = false;
    }
  }
  return { file: path, period: header.period ?? fromPath, setId: header.set_id, setVersion: header.set_version, rows: rows() };
}
