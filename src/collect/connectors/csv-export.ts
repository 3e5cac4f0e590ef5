import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { collectText, textsOf } from '../../i18n/index.js';
import { normalise, readCsvRecords } from '../../submission/read-csv.js';
import { fillPathParameters } from '../../model/query-parameters.js';
import { CollectError, type Connector, type ConnectorInput, type IndicatorQuery, type QueryAnswer, type SystemRow } from '../types.js';
import { missingColumns } from './rows-from-records.js';

/** Header names accepted for each column (compared without diacritics, lower case), as returns are read. */
const HEADERS: Record<string, string[]> = {
  unit_code: ['unit_code', 'unit', 'ma don vi', 'ma_don_vi', 'don vi'],
  value: ['value', 'gia tri', 'gia_tri', 'so lieu'],
  breakdown: ['breakdown', 'phan to'],
  category: ['category', 'nhom', 'nhom phan to', 'breakdown_category'],
  code: ['code', 'indicator', 'indicator_code', 'ma chi so'],
};

/**
 * An export of the system as CSV files: each indicator's query is a file path or a pattern (`*`, `?` in the file name,
 * `{period}`…), relative to the folder in `connection_env` when the system names one, else to the set folder. The
 * files are read as returns are (UTF-8 or Windows-1258, `;` or `,`); a `code` column, when present, keeps the rows of
 * the indicator being collected, so one export may hold every indicator of the system.
 */
export async function openCsvExport(input: ConnectorInput): Promise<Connector> {
  const base = input.connection ?? input.setDir;
  const system = input.system.id;
  return {
    target: base,
    async run(q: IndicatorQuery): Promise<QueryAnswer> {
      const pattern = fillPathParameters(q.query.trim(), q.parameters);
      const path = isAbsolute(pattern) ? pattern : join(base, pattern);
      const files = await matchFiles(path);
      const shown = relative(process.cwd(), path) || path;
      if (files.length === 0) throw new CollectError('system-query-failed', { system, code: q.indicator.code, detail: textsOf(collectText).exportMissing(shown) }, 'query');
      const rows: SystemRow[] = [];
      for (const file of files) rows.push(...(await readExport(file, q, system)));
      return { rows, sent: { statement: files.map((f) => relative(process.cwd(), f) || f).join(', '), parameters: Object.entries(q.parameters).map(([k, v]) => [`{${k}}`, v]) } };
    },
    async close() {},
  };
}

/** The files a path names: itself, or those of its folder matching `*` and `?` in the file name, sorted. */
async function matchFiles(path: string): Promise<string[]> {
  const name = basename(path);
  if (!/[*?]/.test(name)) {
    const found = await readdir(dirname(path)).catch(() => [] as string[]);
    return found.includes(name) ? [path] : [];
  }
  const re = new RegExp(
    `^${name
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  return names
    .filter((n) => re.test(n))
    .sort()
    .map((n) => join(dirname(path), n));
}

async function readExport(file: string, q: IndicatorQuery, system: string): Promise<SystemRow[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    // A folder the pattern matched, a file without read permission: this query's problem, never a crash of the run.
    const e = error as NodeJS.ErrnoException;
    throw new CollectError('system-query-failed', { system, code: q.indicator.code, detail: `${relative(process.cwd(), file) || file}: ${e.message}` }, 'query');
  }
  const { records } = readCsvRecords(bytes);
  const header = (records[0]?.record ?? []).map(normalise);
  const col = (key: string) => header.findIndex((h) => HEADERS[key].includes(h));
  const [unit, value, breakdown, category, code] = [col('unit_code'), col('value'), col('breakdown'), col('category'), col('code')];
  if (unit < 0 || value < 0) {
    const missing = [unit < 0 ? 'unit_code' : '', value < 0 ? 'value' : ''].filter(Boolean);
    throw new CollectError('system-bad-answer', { system, code: q.indicator.code, detail: `${file}: ${missingColumns(missing, records[0]?.record ?? [])}` }, 'query');
  }
  const shown = relative(process.cwd(), file) || file;
  const rows: SystemRow[] = [];
  for (const { record, info } of records.slice(1)) {
    const get = (i: number) => (i >= 0 ? (record[i] ?? '').trim() : undefined);
    if (code >= 0 && get(code) !== q.indicator.code) continue;
    rows.push({ row: info.lines, file: shown, unit_code: get(unit), value: get(value), breakdown: get(breakdown), category: get(category) });
  }
  return rows;
}
