import { readFileSync } from 'node:fs';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { rowKeyFor } from '../model/layout/index.js';
import { parsePeriod, previousPeriod, type Period } from '../model/period.js';
import { fileDetails } from '../i18n/index.js';

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

/** Why a --previous dataset could not be used: the CLI turns it into a usage error naming the file. */
export class DatasetError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'DatasetError';
  }
}

/** The columns a dataset needs to be compared against. */
const NEEDED = ['set_id', 'period', 'unit_code', 'indicator_code', 'value'] as const;

/**
 * Reads a dataset written by merge (.csv or .json). Throws a DatasetError when the file cannot be read (missing, no
 * permission, a folder), does not parse, or lacks the dataset columns (another CSV passed by mistake).
 */
export async function readDataset(path: string): Promise<DatasetRow[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new DatasetError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  let rows: DatasetRow[];
  try {
    if (path.toLowerCase().endsWith('.json')) {
      const data = JSON.parse(text) as DatasetRow[] | { rows: DatasetRow[] };
      rows = Array.isArray(data) ? data : data?.rows;
      if (!Array.isArray(rows)) throw new Error(fileDetails.jsonNoRows);
    } else {
      // Loaded here only: check and merge import this module for its helpers, and most runs read no dataset.
      const { parse } = await import('csv-parse/sync');
      rows = parse(text, { columns: true, skip_empty_lines: true }) as DatasetRow[];
    }
  } catch (error) {
    throw new DatasetError(path, (error as Error).message.split('\n')[0]);
  }
  const notObject = rows.findIndex((r) => typeof r !== 'object' || r === null || Array.isArray(r));
  if (notObject >= 0) throw new DatasetError(path, fileDetails.jsonRowNotObject(notObject + 1));
  const lacking = NEEDED.filter((c) => rows.length > 0 && !(c in (rows[0] as object)));
  if (lacking.length) throw new DatasetError(path, fileDetails.missingColumn(lacking.join(', ')));
  return rows;
}

/** The same period one year earlier (`2026-Q1` → `2025-Q1`), which year-to-date comparisons may use. */
export function sameLastYear(period: Period): Period | undefined {
  return parsePeriod(`${period.year - 1}${period.id.slice(4)}`);
}

/**
 * Warnings when a --previous dataset cannot serve the periods being checked: it is of another set, or holds neither
 * the period before nor the same period of the previous year of any of them. Never silently ignored.
 */
export function previousWarnings(file: string, rows: readonly DatasetRow[], setId: string, periods: readonly Period[]): Diagnostic[] {
  const sets = [...new Set(rows.map((r) => r.set_id).filter(Boolean))].sort();
  if (sets.length > 0 && !sets.includes(setId)) return [makeDiagnostic('previous-other-set', { location: { file }, params: { found: sets.join(', '), expected: setId } })];
  const held = new Set(rows.filter((r) => !r.set_id || r.set_id === setId).map((r) => r.period));
  const out: Diagnostic[] = [];
  for (const period of periods) {
    const before = previousPeriod(period).id;
    const lastYear = sameLastYear(period)?.id;
    if (held.has(before) || (lastYear && held.has(lastYear))) continue;
    const found = [...held].sort().join(', ') || '—';
    out.push(makeDiagnostic('previous-other-period', { location: { file }, params: { found, expected: before, sameLastYear: lastYear !== before ? lastYear : undefined } }));
  }
  return out;
}

/** Numeric values of the rows merge accepted (blank, rejected and non-numeric rows left out). */
export function previousValues(rows: readonly DatasetRow[]): PreviousValues {
  const out: PreviousValues = new Map();
  for (const r of rows) {
    if (r.status === 'rejected' || r.status === 'unreadable' || r.value === null || r.value === undefined || r.value === '') continue;
    const value = Number(r.value);
    if (!Number.isFinite(value)) continue;
    const key = rowKeyFor(r.indicator_code, r.breakdown, r.category);
    const byUnit = out.get(r.period) ?? new Map<string, Map<string, number>>();
    out.set(r.period, byUnit);
    const byKey = byUnit.get(r.unit_code) ?? new Map<string, number>();
    byUnit.set(r.unit_code, byKey);
    byKey.set(key, value);
  }
  return out;
}
