// Issue 15: `merge --history` compares the merged period with earlier merges (previous period, same period last year)
// in report.xlsx and report.html; and the one-period report fixes: the summary's title and period and A4 print
// setup, units of measure in English with --lang en, a province sum over units that did not all report said in words.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/history/build-history.js';
import type { HistoryRow } from '../../src/history/types.js';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { applyHistory } from '../../src/report/compare-history.js';
import { datasetRows } from '../../src/report/dataset.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { formatReportHtml } from '../../src/report/write-report-html.js';
import { writeReportXlsx } from '../../src/report/write-report-xlsx.js';
import { checkOoxml, formatFindings } from '../helpers/ooxml-check.js';
import { makeSet } from '../helpers/make-set.js';
import { acceptedResult } from '../helpers/submission-result.js';

const period = parsePeriod('2026-Q1')!;

/** The province rows of an earlier merge's dataset. */
const province = (p: string, values: Record<string, number>): HistoryRow[] =>
  Object.entries(values).map(([code, v]) => ({
    set_id: 'tiny',
    set_version: '1.0.0',
    period: p,
    unit_code: '51',
    unit_name: 'Tỉnh Thử',
    indicator_code: code,
    breakdown: '',
    category: '',
    value: String(v),
    unit_of_measure: '',
    status: 'consolidated',
  }));

async function merged(accumulation?: 'year-to-date') {
  const { set } = await loadAndValidateSet(makeSet());
  set!.indicators.find((i) => i.code === 'A.01a')!.unit_en = 'dossiers';
  if (accumulation) set!.indicators.find((i) => i.code === 'A.01a')!.accumulation = accumulation;
  // Two of the three communes report: the province sums are over 2 of 3.
  const results = [acceptedResult('1001', { 'A.01a': 70, 'A.01b': 100, 'A.01': 70 }), acceptedResult('1002', { 'A.01a': 30, 'A.01b': 50, 'A.01': 60 })];
  const report = mergeSubmissions({ set: set!, period, results });
  const history = buildHistory(set!, [
    { file: 'bao-cao/2025-Q1/dataset.csv', rows: province('2025-Q1', { 'A.01a': 80, 'A.01b': 160, 'A.01': 50 }) },
    { file: 'bao-cao/2025-Q4/dataset.csv', rows: province('2025-Q4', { 'A.01a': 125, 'A.01b': 200, 'A.01': 62.5 }) },
  ]);
  applyHistory(report, history);
  return report;
}

describe('merge --history', () => {
  it('finds the previous period and the same period last year, and fills the "compared with" value', async () => {
    const r = await merged();
    // Periods with no dataset between them (2025-Q2, 2025-Q3) are left out of the report's series.
    expect(r.history).toMatchObject({ periods: ['2025-Q1', '2025-Q4'], previousPeriod: '2025-Q4', lastYearPeriod: '2025-Q1' });
    expect(r.history!.rows.get('A.01a')).toEqual({ series: [80, 125], previous: 125, lastYear: 80 });
    // A.01a is a flow of the period: compared with the period before.
    expect(r.province.find((p) => p.key === 'A.01a')!.previous).toBe(125);
  });

  it('report.html: a section with both comparisons, in points for a rate, and each figure’s series', async () => {
    const html = formatReportHtml(await merged(), 'vi');
    expect(html).toContain('So sánh với các kỳ trước');
    expect(html).toContain('Kỳ trước (2025-Q4)');
    expect(html).toContain('Cùng kỳ năm trước (2025-Q1)');
    // A.01: 100/150 = 66,67 % against 62,5 % and 50 %.
    expect(html).toContain('+4,2 điểm %');
    expect(html).toContain('+16,7 điểm %');
    // A.01a: 100 against 125 (−20 %) and 80 (+25 %).
    expect(html).toContain('-20 %');
    expect(html).toContain('+25 %');
    expect(html).toMatch(/<svg class="cols spark"/);
  });

  it('compares a year-to-date figure with the same period last year only: not Q1 against the whole of last year (Q4)', async () => {
    const r = await merged('year-to-date');
    expect(r.history!.rows.get('A.01a')).toEqual({ series: [80, 125], previous: undefined, lastYear: 80 });
    expect(r.province.find((p) => p.key === 'A.01a')!.previous).toBe(80);
    const html = formatReportHtml(r, 'vi');
    expect(html).toContain('+25 %');
    expect(html).not.toContain('-20 %');
  });

  it('report.xlsx: an "Across periods" sheet with both comparisons and the earlier periods', async () => {
    const r = await merged();
    const path = join(mkdtempSync(join(tmpdir(), 'history-')), 'report.xlsx');
    await writeReportXlsx(path, r, datasetRows(r), 'vi');
    expect(formatFindings(checkOoxml(path).filter((f) => f.level === 'ERROR' || f.level === 'WARN'))).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('So sánh các kỳ')!;
    const head = (ws.getRow(3).values as unknown[]).slice(1);
    expect(head).toEqual([
      'Mã',
      'Chỉ số',
      'ĐVT',
      'Phân tổ',
      'Kỳ này',
      'Kỳ trước (2025-Q4)',
      'Thay đổi so với kỳ trước',
      'Cùng kỳ năm trước (2025-Q1)',
      'Thay đổi so với cùng kỳ',
      '2025-Q1',
      '2025-Q4',
    ]);
    const row = [...Array(ws.rowCount).keys()].map((i) => (ws.getRow(i + 1).values as unknown[]).slice(1)).find((v) => v[0] === 'A.01a')!;
    expect(row.slice(4, 11)).toEqual([100, 125, -20, 80, 25, 80, 125]);
  });
});

describe('the one-period report fixes', () => {
  it('report.xlsx "Tổng hợp" has a title and the period, and prints on A4 landscape one page wide', async () => {
    const r = await merged();
    const path = join(mkdtempSync(join(tmpdir(), 'summary-')), 'report.xlsx');
    await writeReportXlsx(path, r, datasetRows(r), 'vi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('A1').value).toBe('BÁO CÁO TỔNG HỢP BỘ CHỈ SỐ: Bộ chỉ số thử');
    expect(ws.getCell('A2').value).toBe('Kỳ báo cáo: Quý I năm 2026 (2026-Q1) · Hạn nộp: 20/03/2026');
    expect(ws.getCell('A3').value).toBe('Mã');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter.oddHeader).toContain('Quý I năm 2026');
  });

  it('--lang en writes units of measure in English', async () => {
    const r = await merged();
    const html = formatReportHtml(r, 'en');
    expect(html).toContain('100 dossiers');
    expect(html).not.toContain('100 hồ sơ');
    const path = join(mkdtempSync(join(tmpdir(), 'en-')), 'report.xlsx');
    await writeReportXlsx(path, r, datasetRows(r), 'en');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Summary')!;
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((x) => x.getCell(1).value === 'A.01a')!;
    expect(row.getCell(3).value).toBe('dossiers');
  });

  it('says plainly when a province sum is over units that did not all report', async () => {
    const r = await merged();
    const html = formatReportHtml(r, 'vi');
    expect(html).toContain('Chưa đủ: chỉ 2 trên 3 đơn vị báo cáo, giá trị toàn tỉnh là tổng của 2 đơn vị này');
    // A rate recomputed from the sums is not a sum: no such words for it in its own row.
    const rateRow = /<tr><td><code>A\.01<\/code>.*?<\/tr>/.exec(html)![0];
    expect(rateRow).not.toContain('Chưa đủ');
    const path = join(mkdtempSync(join(tmpdir(), 'partial-')), 'report.xlsx');
    await writeReportXlsx(path, r, datasetRows(r), 'vi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((x) => x.getCell(1).value === 'A.01a')!;
    expect(String(row.getCell(15).value)).toBe('2/3: Chưa đủ: chỉ 2 trên 3 đơn vị báo cáo, giá trị toàn tỉnh là tổng của 2 đơn vị này');
  });
});
