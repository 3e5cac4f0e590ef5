import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/**
 * One row of dataset.csv / dataset.json as merge writes it (design §6): the columns agreed with merge. JSON is either
 * an array of such rows or `{ "rows": [...] }`.
 */
export interface DatasetRow {
  set_id: string;
  set_version: string;
  period: string;
  unit_code: string;
  unit_name: string;
  indicator_code: string;
  /** Breakdown id, empty for a total. */
  breakdown: string;
  /** Category code, empty for a total. */
  category: string;
  /** The value as written (numbers in plain notation), empty when blank. */
  value: string | number | null;
  unit_of_measure: string;
  status: string;
  source_file: string;
  source_sha256: string;
}

/** Values by period, then unit code, then row key (`CODE` or `CODE|breakdown:category`). */
export type PreviousValues = Map<string, Map<string, Map<string, number>>>;

/** Reads a dataset written by merge (.csv or .json). Throws on an unreadable file: --previous is a usage error then. */
export async function readDataset(path: string): Promise<DatasetRow[]> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  if (path.toLowerCase().endsWith('.json')) {
    const data = JSON.parse(text) as DatasetRow[] | { rows: DatasetRow[] };
    return Array.isArray(data) ? data : data.rows;
  }
  return parse(text, { columns: true, skip_empty_lines: true }) as DatasetRow[];
}

/** Numeric values of the rows merge accepted (blank, rejected and non-numeric rows left out). */
export function previousValues(rows: readonly DatasetRow[]): PreviousValues {
  const out: PreviousValues = new Map();
  for (const r of rows) {
    if (r.status === 'rejected' || r.status === 'unreadable' || r.value === null || r.value === undefined || r.value === '') continue;
    const value = Number(r.value);
    if (!Number.isFinite(value)) continue;
    const key = r.breakdown && r.category ? `${r.indicator_code}|${r.breakdown}:${r.category}` : r.indicator_code;
    const byUnit = out.get(r.period) ?? new Map<string, Map<string, number>>();
    out.set(r.period, byUnit);
    const byKey = byUnit.get(r.unit_code) ?? new Map<string, number>();
    byUnit.set(r.unit_code, byKey);
    byKey.set(key, value);
  }
  return out;
}
