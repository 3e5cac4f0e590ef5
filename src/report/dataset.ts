import type { MergedReport } from './report-types.js';

/** The dataset columns, in this order (design §6, issue 6). */
export const DATASET_COLUMNS = [
  'set_id', 'set_version', 'period', 'unit_code', 'unit_name', 'indicator_code', 'breakdown', 'category', 'value',
  'unit_of_measure', 'status', 'source_file', 'source_sha256',
] as const;

export type DatasetRecord = Record<(typeof DATASET_COLUMNS)[number], string>;

/** Plain number with `.` as decimal mark, at most 10 decimals; blank stays empty. */
function plain(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(Math.round(v * 1e10) / 1e10);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return v === undefined || v === null ? '' : String(v);
}

/** Long format: one row per accepted unit × row key, then the province rows. Deterministic order. */
export function datasetRows(report: MergedReport): DatasetRecord[] {
  const { set, period } = report;
  const base = { set_id: set.info.id, set_version: set.info.version, period: period.id };
  const rows: DatasetRecord[] = [];
  const unitName = new Map(set.units.map((u) => [u.code, u.name]));
  const keys = report.province.map((p) => p);
  for (const unit of set.units) {
    const values = report.unitValues.get(unit.code);
    const source = report.sources.get(unit.code);
    if (!values || !source) continue;
    for (const p of keys) {
      if (!values.has(p.key)) continue;
      rows.push({ ...base, unit_code: unit.code, unit_name: unit.name, indicator_code: p.indicator.code, breakdown: p.breakdown ?? '', category: p.category ?? '', value: plain(values.get(p.key)), unit_of_measure: p.indicator.unit, status: source.late ? 'late' : 'accepted', source_file: source.file, source_sha256: source.sha256 });
    }
  }
  const province = set.units.find((u) => u.kind === 'province');
  for (const p of keys) {
    rows.push({ ...base, unit_code: province?.code ?? '', unit_name: unitName.get(province?.code ?? '') ?? '', indicator_code: p.indicator.code, breakdown: p.breakdown ?? '', category: p.category ?? '', value: plain(p.value), unit_of_measure: p.indicator.unit, status: 'consolidated', source_file: '', source_sha256: '' });
  }
  return rows;
}

/** A cell a spreadsheet would run as a formula (`= + - @`, tab, CR) is prefixed with `'` (CSV injection). */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

function csvCell(text: string): string {
  const safe = neutralise(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** dataset.csv: UTF-8, header row, comma separated, CRLF (what spreadsheet imports expect). */
export function formatDatasetCsv(rows: readonly DatasetRecord[]): string {
  return [DATASET_COLUMNS.join(','), ...rows.map((r) => DATASET_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** dataset.json: the same rows, with the set and period on top. */
export function formatDatasetJson(report: MergedReport, rows: readonly DatasetRecord[]): string {
  return JSON.stringify({ set_id: report.set.info.id, set_version: report.set.info.version, period: report.period.id, columns: DATASET_COLUMNS, rows }, null, 2) + '\n';
}
