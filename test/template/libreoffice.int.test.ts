import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod, planTemplate } from '../../src/model/index.js';
import { dumpWorkbook } from '../helpers/dump-workbook.js';
import { runCli } from '../helpers/run-cli.js';
import { requirePoppler } from '../helpers/programs.js';
import { requireSoffice, sofficeConvert } from '../helpers/soffice.js';

const enabled = requireSoffice();

describe.skipIf(!enabled)('templates in LibreOffice (the real client)', () => {
  const out = mkdtempSync(join(tmpdir(), 'lo-templates-'));
  const compiled = runCli(['compile', '--period', '2026-Q1', '--out', out, '--quiet']);

  it('converts every template of the bundled set for one quarter without error', () => {
    expect(compiled.code).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    const converted = join(out, 'converted');
    mkdirSync(converted);
    sofficeConvert(
      files.map((f) => join(out, f)),
      'xlsx',
      converted,
    );
    expect(readdirSync(converted).sort()).toEqual(files.sort());
  }, 600_000);

  it('recalculates the rates of a filled template, keeps locks, names and _meta after a re-save', async () => {
    const { set } = await loadAndValidateSet('indicators');
    const unit = set!.units.find((u) => u.code === '21211')!;
    const plan = planTemplate(set!, unit, parsePeriod('2026-Q1')!)!;
    const file = join(out, plan.fileName);
    // Fill every input value cell, as a commune would, then let LibreOffice recalculate and re-save.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Nhập liệu')!;
    const typed = new Map<string, number>();
    plan.valueRows.forEach((r, i) => {
      if (r.formula) return; // typed rows only (CDS.02 and CDS.03 divide by a system count: no row of the form)
      const v = r.key.endsWith('b') ? 1000 + i * 10 : 100 + i * 7;
      ws.getCell(r.valueCell).value = v;
      typed.set(r.indicator.code, v);
    });
    const filled = join(out, 'filled');
    mkdirSync(filled);
    await wb.xlsx.writeFile(join(filled, plan.fileName));
    const resaved = join(out, 'resaved');
    mkdirSync(resaved);
    sofficeConvert([join(filled, plan.fileName)], 'xlsx', resaved);

    const dump = await dumpWorkbook(join(resaved, plan.fileName));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(resaved, plan.fileName));
    const sheet = back.getWorksheet('Nhập liệu')!;
    const rates = plan.valueRows.filter((x) => x.formula);
    expect(rates.map((r) => r.key)).toContain('CDS.04');
    for (const r of rates) {
      const [num, den] = r.indicator.formula!.split(' / ').map((s) => s.split(' ')[0]);
      const expected = (typed.get(num)! / typed.get(den)!) * 100;
      const cell = sheet.getCell(r.valueCell).value as { formula?: string; result?: number };
      expect(cell.formula, r.key).toBeTruthy();
      expect(cell.result, r.key).toBeCloseTo(expected, 9);
    }
    const entry = dump.sheets.find((s) => s.name === 'Nhập liệu')!;
    expect(entry.protection).toBe(true);
    expect(entry.cells[`C${plan.valueRows[0].row}`]).not.toHaveProperty('unlocked');
    expect(entry.cells[plan.valueRows[0].valueCell]).toHaveProperty('unlocked', true);
    for (const r of plan.valueRows) expect(dump.names[r.definedName], r.definedName).toBe(`'Nhập liệu'!${r.valueCell}`);
    expect(dump.sheets.find((s) => s.name === '_meta')?.state).toBe('hidden'); // LibreOffice turns veryHidden into hidden
    expect(entry.validations.length).toBeGreaterThan(0);
  }, 300_000);

  it('recalculates the SUM of a breakdown total after a re-save, and check takes the total from the categories', async () => {
    // KT.03 (new enterprises by economic sector, typed by the Department of Finance): its total is the SUM of the sectors.
    const { set } = await loadAndValidateSet('indicators');
    const plan = planTemplate(
      set!,
      set!.units.find((u) => u.code === 'STC')!,
      parsePeriod('2026-Q1')!,
    )!;
    const totals = plan.valueRows.filter((r) => r.sumOf);
    expect(totals.map((r) => r.key)).toEqual(['KT.03']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, plan.fileName));
    const ws = wb.getWorksheet('Nhập liệu')!;
    const typed = new Map<string, number>();
    plan.valueRows.forEach((r, i) => {
      if (r.formula) return; // rates and summed totals are the template's formulas
      const v = r.indicator.value_type === 'boolean' || r.indicator.value_type === 'text' ? undefined : r.indicator.code.endsWith('b') ? 1000 + i * 10 : 100 + i * 7;
      if (v === undefined) return;
      ws.getCell(r.valueCell).value = v;
      typed.set(r.key, v);
    });
    const dir = mkdtempSync(join(tmpdir(), 'lo-sum-'));
    await wb.xlsx.writeFile(join(dir, plan.fileName));
    const resaved = join(dir, 'resaved');
    mkdirSync(resaved);
    sofficeConvert([join(dir, plan.fileName)], 'xlsx', resaved);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(resaved, plan.fileName));
    const sheet = back.getWorksheet('Nhập liệu')!;
    for (const r of totals) {
      const cell = sheet.getCell(r.valueCell).value as { formula?: string; result?: number };
      expect(cell.formula, r.key).toMatch(/SUM\(/);
      expect(cell.result, r.key).toBe(r.sumOf!.reduce((a, k) => a + typed.get(k)!, 0));
    }
    const { checkFile } = await import('../../src/submission/check-file.js');
    const checked = await checkFile(join(resaved, plan.fileName), { set: set!, period: parsePeriod('2026-Q1')! });
    expect(checked.diagnostics.filter((d) => ['formula-overwritten', 'breakdown-sum-mismatch', 'required-blank'].includes(d.code))).toEqual([]);
    for (const r of totals) expect(checked.values.get(r.key), r.key).toBe(r.sumOf!.reduce((a, k) => a + typed.get(k)!, 0));
  }, 300_000);
});

describe.skipIf(!enabled || !requirePoppler())('Decree 09 forms printed by LibreOffice (issue 13 §3)', () => {
  // A commune's quarter, the Department of Industry and Trade's month (monthly exports) and quarter, a commune's year.
  const cases = [
    { period: '2026-Q1', unit: '21211', window: 'Số liệu từ ngày 15/12/2025 đến ngày 14/03/2026', deadline: 'Hạn nộp: 23/03/2026 (6 ngày làm việc' },
    // SCT's only monthly row is on calendar months: the header prints that window, due 4 working days after 31/03.
    { period: '2026-03', unit: 'SCT', window: 'Số liệu từ ngày 01/03/2026 đến ngày 31/03/2026 (theo tháng dương lịch)', deadline: 'Hạn nộp: 06/04/2026 (4 ngày làm việc' },
    // Its quarter mixes both windows: the Decree 09 one, a line for the calendar-month rows, due after 31/03.
    { period: '2026-Q1', unit: 'SCT', window: 'lấy số liệu theo tháng dương lịch, từ ngày 01/01/2026 đến ngày 31/03/2026', deadline: 'Hạn nộp: 08/04/2026 (6 ngày làm việc' },
    { period: '2026', unit: '21211', window: 'Số liệu từ ngày 15/12/2025 đến ngày 14/12/2026', deadline: 'Hạn nộp: 05/01/2027 (15 ngày làm việc' },
  ];

  it.each(cases)(
    '$period ($unit): window, deadline under the regime, form number and the signature block on one page',
    async ({ period, unit, window, deadline }) => {
      const { set } = await loadAndValidateSet('indicators');
      const plan = planTemplate(
        set!,
        set!.units.find((u) => u.code === unit)!,
        parsePeriod(period)!,
      )!;
      const out = mkdtempSync(join(tmpdir(), 'lo-decree09-'));
      expect(runCli(['compile', '--period', period, '--unit', unit, '--out', out, '--quiet']).code).toBe(0);
      sofficeConvert([join(out, plan.fileName)], 'pdf', out);
      const pdf = join(out, plan.fileName.replace(/\.xlsx$/, '.pdf'));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const texts = Array.from({ length: pages }, (_, i) => page(i + 1));
      // Page 1 is the instructions sheet; the form starts on page 2.
      const first = texts.findIndex((t) => t.includes(`Biểu số ${plan.formCode}`));
      expect(first, 'form number printed').toBeGreaterThan(0);
      expect(texts[first]).toContain(window);
      expect(texts[first]).toContain(deadline);
      expect(texts[first]).toContain('QĐ 37/2020/QĐ-UBND (sửa đổi 2024)');
      expect(texts[first]).toContain(plan.periodText);
      // The signature block is never split from itself: the date line, both titles and both name lines on one page.
      const signed = texts.findIndex((t) => t.includes('Người lập biểu'));
      expect(signed).toBeGreaterThanOrEqual(first);
      for (const part of ['Quảng Ngãi, ngày … tháng … năm …', 'Thủ trưởng đơn vị', '(Ký, đóng dấu, ghi rõ họ tên)', 'ký số']) expect(texts[signed], part).toContain(part);
      expect(texts[signed].split('……………………………………').length - 1).toBe(2);
    },
    300_000,
  );
});
