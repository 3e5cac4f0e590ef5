import type { MergedReport } from './report-types.js';

/**
 * The dataset columns, in this order (design §6, issue 6); `note` (issue 11) is the unit's note on the row and
 * `higher_code` (issue 13) the indicator's code in the higher-level system, each added last so that readers of the
 * earlier columns by position keep working.
 */
export const DATASET_COLUMNS = [
  'set_id',
  'set_version',
  'period',
  'unit_code',
  'unit_name',
  'indicator_code',
  'breakdown',
  'category',
  'value',
  'unit_of_measure',
  'status',
  'source_file',
  'source_sha256',
  'note',
  'higher_code',
] as const;

export type DatasetRecord = Record<(typeof DATASET_COLUMNS)[number], string>;

/** Plain number with `.` as decimal mark, at most 10 decimals; blank stays empty. */
function plain(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(Math.round(v * 1e10) / 1e10);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return v === undefined || v === null ? '' : String(v);
}

/** The dataset as an array (tests, small sets); writers iterate `datasetRecords` instead. */
export function datasetRows(report: MergedReport): DatasetRecord[] {
  return [...datasetRecords(report)];
}

/**
 * Long format: one row per accepted unit × row key, then the province rows. Deterministic order. A generator: at
 * 3,300 units × 60 indicators the rows, held at once, would take hundreds of megabytes.
 */
export function* datasetRecords(report: MergedReport): Generator<DatasetRecord> {
  const { set, period } = report;
  const base = { set_id: set.info.id, set_version: set.info.version, period: period.id };
  const unitName = new Map(set.units.map((u) => [u.code, u.name]));
  const keys = report.province.map((p) => p);
  for (const unit of set.units) {
    const values = report.unitValues.get(unit.code);
    const form = report.sources.get(unit.code);
    const collected = report.systemSources?.get(unit.code);
    const notes = report.unitNotes.get(unit.code);
    if (!values) continue;
    for (const p of keys) {
      if (!values.has(p.key)) continue;
      // A value collected from a system names the system and its query; a typed one, the unit's file.
      const source = collected?.get(p.key) ?? form;
      if (!source) continue;
      const value = plain(values.get(p.key));
      const note = notes?.get(p.key) ?? '';
      // A blank with a reason (value-not-available) is not reported, whatever the file's lateness.
      const status = value === '' && note && !p.indicator.formula ? 'not-available' : source.late ? 'late' : 'accepted';
      yield {
        set_id: base.set_id,
        set_version: base.set_version,
        period: base.period,
        unit_code: unit.code,
        unit_name: unit.name,
        indicator_code: p.indicator.code,
        breakdown: p.breakdown ?? '',
        category: p.category ?? '',
        value,
        unit_of_measure: p.indicator.unit,
        status,
        source_file: source.file,
        source_sha256: source.sha256,
        note,
        higher_code: p.indicator.higher_code ?? '',
      };
    }
  }
  const province = set.units.find((u) => u.kind === 'province');
  for (const p of keys) {
    yield {
      set_id: base.set_id,
      set_version: base.set_version,
      period: base.period,
      unit_code: province?.code ?? '',
      unit_name: unitName.get(province?.code ?? '') ?? '',
      indicator_code: p.indicator.code,
      breakdown: p.breakdown ?? '',
      category: p.category ?? '',
      value: plain(p.value),
      unit_of_measure: p.indicator.unit,
      status: 'consolidated',
      source_file: '',
      source_sha256: '',
      note: '',
      higher_code: p.indicator.higher_code ?? '',
    };
  }
}

/** A cell a spreadsheet would run as a formula (`= + - @`, tab, CR) is prefixed with `'` (CSV injection). */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

function csvCell(text: string): string {
  const safe = neutralise(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One dataset.csv row (the site's dataset-all.csv writes them one by one). */
export function datasetCsvLine(r: DatasetRecord): string {
  return DATASET_COLUMNS.map((c) => csvCell(r[c])).join(',') + '\r\n';
}

/** dataset.csv, line by line: UTF-8, header row, comma separated, CRLF (what spreadsheet imports expect). */
export function* datasetCsvLines(rows: Iterable<DatasetRecord>): Generator<string> {
  yield DATASET_COLUMNS.join(',') + '\r\n';
  for (const r of rows) yield datasetCsvLine(r);
}

export function formatDatasetCsv(rows: Iterable<DatasetRecord>): string {
  return [...datasetCsvLines(rows)].join('');
}

/**
 * The province figures' target status for dataset.json (issue 13 §4): the rule it was judged by, the year's target,
 * the level compared with, % of plan (higher-is-better flows), margin (+ better), met and status.
 */
export function datasetTargets(report: MergedReport): Record<string, string | number | boolean>[] {
  const n = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 1e10) / 1e10);
  return report.province.flatMap((p) => {
    const t = p.target;
    if (!t) return [];
    const entry = {
      indicator_code: p.indicator.code,
      rule: t.rule,
      status: t.status,
      year: t.year,
      annual: n(t.annual),
      plan: n(t.plan),
      ratio: n(t.ratio),
      margin: n(t.margin),
      met: t.met,
      warned: t.warned,
    };
    return [Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>];
  });
}

/** dataset.json, line by line: the set and period on top, the target status of the province figures, then one row object per line. */
export function* datasetJsonLines(report: MergedReport, rows: Iterable<DatasetRecord>): Generator<string> {
  const head = { set_id: report.set.info.id, set_version: report.set.info.version, period: report.period.id, columns: DATASET_COLUMNS };
  yield JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "targets": [');
  yield datasetTargets(report)
    .map((t) => `\n    ${JSON.stringify(t)}`)
    .join(',');
  yield '\n  ],\n  "rows": [';
  let first = true;
  for (const r of rows) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(r)}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}
