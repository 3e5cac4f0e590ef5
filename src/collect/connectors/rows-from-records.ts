import { collectText, textsOf } from '../../i18n/index.js';
import { CollectError, type IndicatorQuery, type SystemRow } from '../types.js';

/** The columns an answer must have; `breakdown` and `category` are read when present. */
export const REQUIRED_COLUMNS = ['unit_code', 'value'] as const;

/** Rows of a table-shaped answer (SQL result, mapped JSON objects): `unit_code`, `value`, optional `breakdown`, `category`. */
export function rowsFromRecords(records: readonly Record<string, unknown>[], columns: readonly string[], q: IndicatorQuery, system: string): SystemRow[] {
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new CollectError('system-bad-answer', { system, code: q.indicator.code, detail: missingColumns(missing, columns) }, 'query');
  }
  return records.map((r, i) => ({
    row: i + 1,
    unit_code: r.unit_code,
    value: r.value,
    ...(columns.includes('breakdown') ? { breakdown: r.breakdown } : {}),
    ...(columns.includes('category') ? { category: r.category } : {}),
  }));
}

/** "missing value (columns: unit_code, so_luong)": the detail of a `system-bad-answer`. */
export function missingColumns(missing: readonly string[], columns: readonly string[]): string {
  return textsOf(collectText).missingColumns(missing.join(', '), columns.join(', ') || '-');
}
