// Issue 13 §4 in the report: a year-to-date figure against the annual target reads as "% of the annual plan" (KT.01:
// 3 640 of 28 000 in Q1 is 13 %, in progress, not red), a lower-is-better count as met / not met with the margin
// (XH.07: 34 cases in a quarter against a ceiling of 300 a year pro-rated to 75 is met, 41 under; never "882,4 %"),
// a period's count without `prorate` is not compared for a quarter; and the report says which rule was used.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { datasetJsonLines, datasetRows } from '../../src/report/dataset.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { svgBars } from '../../src/report/svg-bars.js';
import { formatReportHtml } from '../../src/report/write-report-html.js';
import { writeReportXlsx } from '../../src/report/write-report-xlsx.js';
import { makeSet } from '../helpers/make-set.js';
import { checkOoxml, requireXmllint } from '../helpers/ooxml-check.js';
import { acceptedResult } from '../helpers/submission-result.js';

/** One indicator of group K: the common fields, then `fields` (one `key: value` a line). */
const indicator = (code: string, fields: string) =>
  [
    `- code: ${code}`,
    `name: Chỉ số ${code}`,
    'type: result',
    'frequency: quarter',
    'owner: SA',
    'reported_by: departments',
    'source: Báo cáo của các sở',
    `definition: Định nghĩa ${code}.`,
    'method: Cộng số của các sở.',
    'aggregation: sum',
    ...fields.split('\n'),
  ]
    .map((l, i) => `${i === 0 ? '  ' : '    '}${l.trim()}\n`)
    .join('');

const GROUP_K =
  'id: k\nname: Nhóm K\norder: 3\nindicators:\n' +
  indicator('K.01', 'unit: tỷ đồng\nvalue_type: decimal\naccumulation: year-to-date\nkey: true\ntarget: { value: 28000, direction: higher, by: 2026 }') +
  indicator('K.03', 'unit: doanh nghiệp\nvalue_type: integer\naccumulation: period\ntarget: { value: 300, direction: higher, by: 2026 }') +
  indicator('K.07', 'unit: vụ\nunit_en: cases\nvalue_type: integer\naccumulation: period\ntarget: { value: 300, direction: lower, by: 2026, prorate: true }');

async function merged(periodId = '2026-Q1') {
  const { set, diagnostics } = await loadAndValidateSet(makeSet({ 'groups/k.yaml': GROUP_K }));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const period = parsePeriod(periodId)!;
  const results = [
    acceptedResult('SA', { 'K.01': 2000, 'K.03': 40, 'K.07': 20 }, { period: periodId, file: `SA_tiny_${periodId}.xlsx` }),
    acceptedResult('SB', { 'K.01': 1640, 'K.03': 20, 'K.07': 14 }, { period: periodId, file: `SB_tiny_${periodId}.xlsx` }),
    // A rate of the communes: each commune's own rate can meet the 80 % target.
    acceptedResult('1001', { 'A.01a': 90, 'A.01b': 100, 'A.01': 90 }, { period: periodId, file: `1001_tiny_${periodId}.xlsx` }),
    acceptedResult('1002', { 'A.01a': 30, 'A.01b': 100, 'A.01': 30 }, { period: periodId, file: `1002_tiny_${periodId}.xlsx` }),
  ];
  return mergeSubmissions({ set: set!, period, results });
}

describe('target status in the merged report', () => {
  it('reads each indicator by its rule', async () => {
    const report = await merged();
    const at = (code: string) => report.province.find((p) => p.key === code)!.target!;
    expect(at('K.01')).toMatchObject({ rule: 'annual-plan', annual: 28000, ratio: 13, status: 'in-progress' });
    expect(at('K.03')).toMatchObject({ rule: 'not-per-period', status: 'not-comparable' });
    expect(at('K.07')).toMatchObject({ rule: 'prorated', plan: 75, met: true, margin: 41, status: 'met' });
    expect(at('K.07').ratio).toBeUndefined();
  });

  it('report.xlsx: "% kế hoạch" for the cumulative figure, met with its margin for the ceiling, and the rule in "Cách so sánh"', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'targets-')), 'report.xlsx');
    const report = await merged();
    await writeReportXlsx(path, report, datasetRows(report), 'vi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Tổng hợp')!;
    // Rows 1 and 2: the title and the period (issue 15); the heading row is the third.
    const head = (ws.getRow(3).values as unknown[]).slice(1);
    expect(head.slice(4, 11)).toEqual(['Giá trị toàn tỉnh', 'Chỉ tiêu năm', 'Mức chỉ tiêu dùng để so sánh', '% kế hoạch', 'Chênh lệch (+ tốt hơn, − kém hơn chỉ tiêu)', 'Đánh giá', 'Cách so sánh']);
    expect(head).not.toContain('Mức đạt (%)');
    const col = (title: string) => head.indexOf(title) + 1;
    const row = (code: string) => [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(1).value === code)!;
    const cell = (code: string, title: string) => row(code).getCell(col(title));

    expect(cell('K.01', 'Giá trị toàn tỉnh').value).toBe(3640);
    expect(cell('K.01', 'Chỉ tiêu năm').value).toBe(28000);
    expect(cell('K.01', '% kế hoạch').value).toBe(13);
    expect(cell('K.01', 'Đánh giá').value).toBe('Đang thực hiện: 13 % kế hoạch năm');
    expect(String(cell('K.01', 'Cách so sánh').value)).toMatch(/^Số lũy kế từ đầu năm so với chỉ tiêu cả năm 2026 \(28\.000 tỷ đồng\): tính % kế hoạch năm/);
    // Not red: a first quarter at 13 % of the year is no failure.
    expect(JSON.stringify(cell('K.01', 'Đánh giá').style.fill ?? null)).not.toContain('FFFFC7CE');

    expect(cell('K.07', 'Mức chỉ tiêu dùng để so sánh').value).toBe(75);
    expect(cell('K.07', '% kế hoạch').value).toBeNull();
    expect(cell('K.07', 'Chênh lệch (+ tốt hơn, − kém hơn chỉ tiêu)').value).toBe(41);
    // The margin is from the quarter's share (75), not from the year's 300 shown beside it.
    expect(cell('K.07', 'Đánh giá').value).toBe('Đạt: thấp hơn mức của kỳ (75 vụ) 41 vụ');
    expect(JSON.stringify(cell('K.07', 'Đánh giá').style.fill)).toContain('FFC6EFCE');
    expect(cell('K.07', 'Cách so sánh').value).toBe(
      'Số phát sinh trong kỳ so với chỉ tiêu năm 2026 chia đều theo kỳ (300 vụ × 3/12 = 75 vụ; bộ chỉ số cho phép chia theo kỳ); càng thấp càng tốt: đạt khi không vượt',
    );

    expect(cell('K.03', 'Mức chỉ tiêu dùng để so sánh').value).toBeNull();
    expect(cell('K.03', 'Đánh giá').value).toBe('Không so sánh: chỉ tiêu năm, không chia theo kỳ');
    expect(String(cell('K.03', 'Cách so sánh').value)).toContain('không so sánh cho một kỳ');

    // The unit × indicator matrix colours a unit's own rate against the target, never its share of a province total
    // (K.01, K.03, K.07: each unit's count against the province's annual target would be red for everyone).
    const byUnit = wb.getWorksheet('Theo đơn vị')!;
    const byUnitHead = (byUnit.getRow(1).values as unknown[]).slice(1);
    const sheetXml = new TextDecoder().decode(unzipSync(readFileSync(path))['xl/worksheets/sheet2.xml']);
    const coloured = [...sheetXml.matchAll(/<conditionalFormatting sqref="([A-Z]+)\d+:/g)].map((m) => byUnitHead[m[1].charCodeAt(0) - 65]);
    expect(coloured).toEqual(['A.01']);
    expect(sheetXml).toContain('<formula>80</formula>');
    if (requireXmllint()) expect(checkOoxml(path).filter((f) => f.level === 'ERROR' || f.level === 'WARN')).toEqual([]);
  });

  it('report.html: the status and the rule, in Vietnamese and English; no "882,4 %"', async () => {
    const report = await merged();
    const vi = formatReportHtml(report, 'vi');
    expect(vi).toContain('<th>Cách so sánh</th>');
    expect(vi).toContain('Đang thực hiện: 13 % kế hoạch năm');
    expect(vi).toContain('<td class="met">Đạt: thấp hơn mức của kỳ (75 vụ) 41 vụ</td>');
    expect(vi).toContain('Không so sánh: chỉ tiêu năm, không chia theo kỳ');
    expect(vi).not.toMatch(/882|kpi bad/);
    // The headline card of the cumulative figure: not red, with its target, status and rule.
    expect(vi).toMatch(/<div class="kpi "><div class="k">Chỉ số K\.01<\/div>.*?Chỉ tiêu: 28\.000 tỷ đồng · <b>Đang thực hiện: 13 % kế hoạch năm<\/b>/);
    const en = formatReportHtml(report, 'en');
    expect(en).toContain('<th>How compared</th>');
    expect(en).toContain('In progress: 13 % of the annual plan');
    expect(en).toContain('Met: 41 cases under the period&#39;s share (75 cases)');
    expect(en).toContain('Not compared: annual target, not pro-rated');
  });

  it('dataset.json: the target status of each province figure beside the rows', async () => {
    const report = await merged();
    const json = JSON.parse([...datasetJsonLines(report, datasetRows(report))].join(''));
    expect(json.targets).toEqual([
      { indicator_code: 'A.01', rule: 'level', status: 'not-met', year: 2026, annual: 80, plan: 80, margin: -20, met: false },
      { indicator_code: 'K.01', rule: 'annual-plan', status: 'in-progress', year: 2026, annual: 28000, plan: 28000, ratio: 13, margin: -24360 },
      { indicator_code: 'K.03', rule: 'not-per-period', status: 'not-comparable', year: 2026, annual: 300 },
      { indicator_code: 'K.07', rule: 'prorated', status: 'met', year: 2026, annual: 300, plan: 75, margin: 41, met: true },
    ]);
    expect(json.rows.length).toBe(datasetRows(report).length);
  });

  it('a unit chart draws the target line only where a unit can meet it, and marks the units behind it by direction', async () => {
    const html = formatReportHtml(await merged(), 'vi');
    // K.01 (key) is a year-to-date total: no line at 28 000 for departments' shares of it.
    expect(html).not.toMatch(/class="t">Chỉ tiêu 28\.000/);
    const lower = svgBars(
      [
        { label: 'Xã Một', value: 3 },
        { label: 'Xã Hai', value: 2 },
      ],
      { target: { value: 2.5, direction: 'lower' }, unit: '%', lang: 'vi', targetLabel: 'Chỉ tiêu' },
    );
    expect([...lower.matchAll(/<rect [^>]*class="(\w+)"/g)].map((m) => m[1])).toEqual(['below', 'bar']);
    const higher = svgBars(
      [
        { label: 'Xã Một', value: 3 },
        { label: 'Xã Hai', value: 2 },
      ],
      { target: { value: 2.5, direction: 'higher' }, unit: '%', lang: 'vi', targetLabel: 'Chỉ tiêu' },
    );
    expect([...higher.matchAll(/<rect [^>]*class="(\w+)"/g)].map((m) => m[1])).toEqual(['bar', 'below']);
  });

  it("the year's report compares a period's count with the annual target", async () => {
    const report = await merged('2026');
    const k03 = report.province.find((p) => p.key === 'K.03')!;
    expect(k03.value).toBe(60);
    expect(k03.target).toMatchObject({ rule: 'year-total', plan: 300, ratio: 20, met: false, margin: -240, status: 'not-met' });
    expect(formatReportHtml(report, 'vi')).toContain('Chưa đạt: 20 % kế hoạch năm, còn thiếu 240 doanh nghiệp');
  });
});
