// Issue 11: the change of a percent indicator is shown in percentage points (60 → 72.4 is +12.4 points, not +20.7 %),
// and the column title says which; a year-to-date figure is compared with the same period of the previous year.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { datasetRows } from '../../src/report/dataset.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { provincePrevious } from '../../src/report/previous-values.js';
import { formatReportHtml } from '../../src/report/write-report-html.js';
import { writeReportXlsx } from '../../src/report/write-report-xlsx.js';
import type { DatasetRow } from '../../src/submission/read-previous.js';
import { makeSet } from '../helpers/make-set.js';
import { acceptedResult } from '../helpers/submission-result.js';

const period = parsePeriod('2026-Q1')!;
const result = acceptedResult;

async function report() {
  const { set } = await loadAndValidateSet(makeSet());
  // 724 of 1000 online: 72.4 %, against 60 % and 800 applications the quarter before.
  const results = [result('1001', { 'A.01a': 724, 'A.01b': 1000, 'A.01': 72.4 })];
  return mergeSubmissions({
    set: set!,
    period,
    results,
    previous: new Map([
      ['A.01', 60],
      ['A.01a', 800],
    ]),
  });
}

describe('change against the previous period in the report', () => {
  it('report.xlsx: percentage points for a percent indicator, percent for the others, each in a column that says so', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'change-')), 'report.xlsx');
    const merged = await report();
    await writeReportXlsx(path, merged, datasetRows(merged), 'vi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const head = (ws.getRow(3).values as unknown[]).slice(1);
    const col = (title: string) => head.indexOf(title) + 1;
    expect(col('Thay đổi (%)')).toBeGreaterThan(0);
    expect(col('Thay đổi (điểm %)')).toBeGreaterThan(0);
    const rowOf = (code: string) => [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === code)!;
    expect(rowOf('A.01').getCell(col('Thay đổi (điểm %)')).value).toBe(12.4);
    expect(rowOf('A.01').getCell(col('Thay đổi (%)')).value).toBeNull();
    expect(rowOf('A.01a').getCell(col('Thay đổi (%)')).value).toBe(-9.5);
    expect(rowOf('A.01a').getCell(col('Thay đổi (điểm %)')).value).toBeNull();
  });

  it('report.html: the previous value and the change, in points for a rate', async () => {
    const merged = await report();
    const html = formatReportHtml(merged, 'vi');
    expect(html).toContain('+12,4 điểm %');
    expect(html).not.toContain('20,7');
    expect(formatReportHtml(merged, 'en')).toContain('+12.4 percentage points');
  });

  it('--previous: a year-to-date figure is compared with the same period of the previous year, others with the period before', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const ytd = set!.indicators.find((i) => i.code === 'A.01b')!;
    ytd.accumulation = 'year-to-date';
    const row = (p: string, code: string, value: string, unit = '51'): DatasetRow => ({
      set_id: 'tiny',
      set_version: '1.0.0',
      period: p,
      unit_code: unit,
      unit_name: '',
      indicator_code: code,
      breakdown: '',
      category: '',
      value,
      unit_of_measure: '',
      status: 'consolidated',
      source_file: '',
      source_sha256: '',
    });
    const rows = [row('2025-Q4', 'A.01a', '800'), row('2025-Q4', 'A.01b', '4000'), row('2025-Q1', 'A.01b', '950'), row('2025-Q1', 'A.01a', '1'), row('2025-Q4', 'A.01a', '5', '1001')];
    const previous = provincePrevious(rows, set!, period);
    expect(previous.get('A.01a')).toBe(800);
    expect(previous.get('A.01b')).toBe(950);
  });
});
