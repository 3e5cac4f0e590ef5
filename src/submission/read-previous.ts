import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** One row of dataset.csv / dataset.json as merge writes it (design §6). */
export interface DatasetRow {
  set_id: string;
  set_version: string;
  period: string;
  unit_code: string;
  unit_name: string;
  indicator_code: string;
  breakdown: string;
  category: string;
  value: string;
  unit_of_measure: string;
  status: string;
  source_file: string;
  source_sha256: string;
}

/** Reads a dataset written by merge (.csv or .json) for --previous. */
export async function readDataset(path: string): Promise<DatasetRow[]> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  if (path.toLowerCase().endsWith('.json')) return (JSON.parse(text) as { rows: DatasetRow[] }).rows;
  return parse(text, { columns: true, skip_empty_lines: true }) as DatasetRow[];
}

/** Values of one period by unit, then by row key (`CODE` or `CODE|breakdown:category`); blanks left out. */
export function previousValues(rows: readonly DatasetRow[], period: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.period !== period || r.value === '' || r.value === undefined) continue;
    const key = r.category ? `${r.indicator_code}|${r.breakdown}:${r.category}` : r.indicator_code;
    let unit = out.get(r.unit_code);
    if (!unit) out.set(r.unit_code, (unit = new Map()));
    unit.set(key, Number(r.value));
  }
  return out;
}
