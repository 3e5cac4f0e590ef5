import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { DATASET_COLUMNS, datasetJsonLines, datasetRows, formatDatasetCsv } from '../../src/report/dataset.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { formatReportHtml } from '../../src/report/write-report-html.js';
import { writeReportXlsx } from '../../src/report/write-report-xlsx.js';
import { dumpWorkbook } from '../helpers/dump-workbook.js';
import { TINY_SET } from '../helpers/make-set.js';
import { acceptedResult } from '../helpers/submission-result.js';
import { makeSystemSet } from '../helpers/system-set.js';

const period = parsePeriod('2026-Q1')!;

async function report() {
  const a = TINY_SET['groups/a.yaml'].replace('    target: { value: 80, direction: higher, by: 2026 }\n', '    target: { value: 80, direction: higher, by: 2026 }\n    higher_code: "QD05.12"\n');
  const { set } = await loadAndValidateSet(makeSystemSet({ 'groups/a.yaml': a }));
  return mergeSubmissions({ set: set!, period, results: [acceptedResult('1001', { 'A.01a': 30, 'A.01b': 40, 'A.01': 75 })] });
}

describe('higher_code in the report and the dataset (issue 13)', () => {
  it('is the last dataset column, after source_sha256 and note, in CSV and JSON', async () => {
    const r = await report();
    expect(DATASET_COLUMNS.slice(-3)).toEqual(['source_sha256', 'note', 'higher_code']);
    const rows = datasetRows(r);
    expect(rows.find((x) => x.unit_code === '1001' && x.indicator_code === 'A.01')!.higher_code).toBe('QD05.12');
    expect(rows.find((x) => x.unit_code === '51' && x.indicator_code === 'C.01')!.higher_code).toBe('QG.05');
    const csv = formatDatasetCsv(rows).split('\r\n');
    expect(csv[0].endsWith(',source_sha256,note,higher_code')).toBe(true);
    expect(csv.find((l) => l.startsWith('tiny,1.0.0,2026-Q1,51,Tỉnh Thử,A.01,'))!.endsWith(',QD05.12')).toBe(true);
    const json = JSON.parse([...datasetJsonLines(r, rows)].join(''));
    expect(json.columns.at(-1)).toBe('higher_code');
    expect(Object.keys(json.rows[0]).at(-1)).toBe('higher_code');
  });

  it('is printed in the indicator tables of report.html and report.xlsx', async () => {
    const r = await report();
    const html = formatReportHtml(r, 'vi');
    expect(html).toContain('<th>Mã cấp trên</th>');
    expect(html).toMatch(/<code>A\.01<\/code>.*?<td>QD05\.12<\/td><\/tr>/);
    const file = join(mkdtempSync(join(tmpdir(), 'higher-code-')), 'report.xlsx');
    await writeReportXlsx(file, r, datasetRows(r), 'en');
    const [summary] = (await dumpWorkbook(file, { sheets: ['Summary'] })).sheets;
    const cells = summary.cells as Record<string, { value: unknown }>;
    const head = Object.entries(cells).filter(([k]) => /^[A-Z]+3$/.test(k));
    const [col] = head.at(-1)!;
    expect(cells[col].value).toBe('Higher-level code');
    const letter = col.replace('3', '');
    const row = Object.entries(cells)
      .find(([k, v]) => /^A\d+$/.test(k) && v.value === 'A.01')![0]
      .slice(1);
    expect(cells[`${letter}${row}`].value).toBe('QD05.12');
  });
});
