// The report's deadline, told truthfully: the set's date, and the later date of the forms whose rows run on calendar
// months (formDates); the per-unit table judges and names each unit's own deadline.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formDates } from '../../src/model/period.js';
import { planObligations } from '../../src/model/owes.js';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { datasetRows } from '../../src/report/dataset.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { formatReportHtml } from '../../src/report/write-report-html.js';
import { writeReportXlsx } from '../../src/report/write-report-xlsx.js';
import { checkOoxml, formatFindings } from '../helpers/ooxml-check.js';
import { acceptedResult } from '../helpers/submission-result.js';

const period = parsePeriod('2026-Q1')!;

async function bundled() {
  const { set } = await loadAndValidateSet('indicators');
  return set!;
}

describe('the deadline of the merged report', () => {
  it('says the set deadline and the later one of the forms with calendar-month rows (2026-Q1)', async () => {
    const set = await bundled();
    const r = mergeSubmissions({ set, period, results: [] });
    expect(r.deadline).toBe('2026-03-23');
    expect(r.laterDeadlines.map(({ deadline, forms }) => ({ deadline, forms }))).toEqual([{ deadline: '2026-04-08', forms: 3 }]);
    // Each unit listed there is one whose own form falls due then.
    const due = new Map(planObligations(set, period).map(({ unit, indicators }) => [unit.code, formDates(set.info, period, indicators).deadline]));
    for (const unit of r.laterDeadlines[0]!.units) expect(due.get(unit)).toBe('2026-04-08');
    for (const u of r.units) expect(u.deadline).toBe(due.get(u.unit.code));
    expect(formatReportHtml(r, 'vi')).toContain('Hạn nộp: 23/03/2026 (3 biểu có số liệu theo tháng dương lịch: 08/04/2026)');
    expect(formatReportHtml(r, 'en')).toContain('Deadline: 23/03/2026 (3 forms with calendar-month figures: 08/04/2026)');
  });

  it('judges a unit by its own deadline in the per-unit table, and names it', async () => {
    const set = await bundled();
    const later = mergeSubmissions({ set, period, results: [] }).laterDeadlines[0]!.units[0]!;
    const other = set.units.find((u) => u.kind === 'commune')!.code;
    // Both sent on 01/04/2026: after the set's deadline, before the later form's.
    const sent = (unit: string) => acceptedResult(unit, {}, { file: `${unit}_qng-bo-chi-so_2026-Q1.xlsx`, setId: set.info.id, setVersion: set.info.version, modified: '2026-04-01T03:00:00Z' });
    const r = mergeSubmissions({ set, period, results: [sent(later), sent(other)] });
    expect(r.units.find((u) => u.unit.code === later)).toMatchObject({ late: false, deadline: '2026-04-08' });
    expect(r.units.find((u) => u.unit.code === other)).toMatchObject({ late: true, deadline: '2026-03-23' });
    const path = join(mkdtempSync(join(tmpdir(), 'form-deadlines-')), 'report.xlsx');
    await writeReportXlsx(path, r, datasetRows(r), 'vi');
    expect(formatFindings(checkOoxml(path).filter((f) => f.level === 'ERROR' || f.level === 'WARN'))).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A2').value).toBe('Kỳ báo cáo: Quý I năm 2026 (2026-Q1) · Hạn nộp: 23/03/2026 (3 biểu có số liệu theo tháng dương lịch: 08/04/2026)');
    const ws = wb.getWorksheet('Tình hình nộp báo cáo')!;
    const lateCell = (code: string) =>
      [...Array(ws.rowCount).keys()]
        .map((i) => ws.getRow(i + 1))
        .find((row) => row.getCell(1).value === code)
        ?.getCell(5).value;
    expect(lateCell(other)).toBe('có (hạn 23/03/2026)');
    expect(lateCell(later) ?? '').toBe('');
  });
});
