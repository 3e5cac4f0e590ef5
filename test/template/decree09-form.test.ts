import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  COLUMN_LETTERS_ROW,
  HEADER,
  HEADER_CODES,
  SIGNATURE_ROW_KEY,
  formNumbers,
  loadAndValidateSet,
  parsePeriod,
  planTemplate,
  type IndicatorSet,
  type TemplatePlan,
} from '../../src/model/index.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { readIdentity } from '../../src/submission/identity.js';
import { checkWorkbook } from '../../src/submission/check-workbook.js';
import { readWorkbook } from '../../src/submission/read-workbook.js';
import type { RawWorkbook } from '../../src/submission/workbook-types.js';
import { writeTemplate } from '../../src/template/write-template.js';
import { dedent } from '../helpers/dedent.js';
import { dumpWorkbook } from '../helpers/dump-workbook.js';
import { acceptedResult } from '../helpers/submission-result.js';
import { makeSet, TINY_SET } from '../helpers/make-set.js';
import { checkOoxml, requireXmllint } from '../helpers/ooxml-check.js';
import { filled, tinyFixture } from '../submission/tiny-submission.js';

/** The tiny set under a regime: working-day deadlines, the Tết week and New Year's Day off, a place for the date line. */
const REGIME_SET_YAML = dedent(`
  id: tiny
  name: Bộ chỉ số thử
  version: 1.0.0
  issuing_body: UBND tỉnh Thử
  receiving_unit: Văn phòng UBND tỉnh Thử
  reporting_window: decree-09
  regime:
    decision: "QĐ 37/2020/QĐ-UBND (sửa đổi 2024)"
    decision_en: "Decision 37/2020/QĐ-UBND (amended 2024)"
  holidays: [2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19, 2026-02-20, 2027-01-01]
  place: Quảng Ngãi
  periods:
    month: { cutoff_day: 14, deadline_days: 4 }
    quarter: { cutoff_day: 14, deadline_days: 6 }
    half-year: { cutoff_day: 14, deadline_days: 6 }
    nine-months: { cutoff_day: 14, deadline_days: 6 }
    year: { cutoff_day: 14, deadline_days: 15 }
`);

/** A monthly year-to-date export figure (statistics: calendar months) and a quarterly stock, both from department SA. */
const GROUP_M = dedent(`
  id: m
  name: Nhóm M
  order: 3
  indicators:
    - code: M.01
      name: Kim ngạch xuất khẩu lũy kế
      type: result
      unit: triệu USD
      value_type: decimal
      frequency: month
      accumulation: year-to-date
      owner: SA
      reported_by: [SA]
      source: Hải quan
      definition: Trị giá xuất khẩu từ đầu năm.
      method: Cộng dồn.
      aggregation: sum
      reporting_window: calendar
    - code: M.02
      name: Số doanh nghiệp đang hoạt động
      type: result
      unit: doanh nghiệp
      value_type: integer
      frequency: quarter
      accumulation: stock
      owner: SA
      reported_by: [SA]
      source: Đăng ký kinh doanh
      definition: Số doanh nghiệp đang hoạt động.
      method: Đếm.
      aggregation: sum
`);

async function loadSet(overrides: Record<string, string | null> = {}): Promise<IndicatorSet> {
  const { set, diagnostics } = await loadAndValidateSet(makeSet({ 'set.yaml': REGIME_SET_YAML, 'groups/m.yaml': GROUP_M, ...overrides }));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return set!;
}

function plan(set: IndicatorSet, unit: string, period: string, lang: 'vi' | 'en' = 'vi'): TemplatePlan {
  return planTemplate(
    set,
    set.units.find((u) => u.code === unit)!,
    parsePeriod(period)!,
    lang,
  )!;
}

/** Writes the plan's workbook to a temp file and returns the path and the entry sheet's cells (value per address). */
async function written(p: TemplatePlan) {
  const dir = mkdtempSync(join(tmpdir(), 'decree09-'));
  const file = join(dir, p.fileName);
  writeFileSync(file, await writeTemplate(p, '0.1.0'));
  const dump = await dumpWorkbook(file);
  const entry = dump.sheets[1];
  const cells = entry.cells as Record<string, { value?: unknown; unlocked?: boolean }>;
  const text = (address: string) => cells[address]?.value;
  const meta = Object.fromEntries(
    Object.values(dump.sheets[2].cells as Record<string, { value: unknown }>).reduce<[string, unknown][]>((acc, c, i, all) => (i % 2 === 0 ? [...acc, [String(c.value), all[i + 1]?.value]] : acc), []),
  );
  return { file, dump, entry, cells, text, meta };
}

/** The rows under the table holding `text` (signature block), by address. */
function find(cells: Record<string, { value?: unknown }>, text: string): string[] {
  return Object.entries(cells)
    .filter(([, c]) => c.value === text)
    .map(([a]) => a);
}

const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ''));

describe('forms as Decree 09/2019/NĐ-CP prescribes', () => {
  it.each([
    ['2026-Q1', '1001', 'Số liệu từ ngày 15/12/2025 đến ngày 14/03/2026 (Nghị định 09/2019/NĐ-CP)', '2025-12-15', '2026-03-14', '2026-03-23', 6],
    // SA's only monthly row (M.01) is on calendar months: the form prints that window, and falls due after it ends.
    ['2026-02', 'SA', 'Số liệu từ ngày 01/02/2026 đến ngày 28/02/2026 (theo tháng dương lịch)', '2026-02-01', '2026-02-28', '2026-03-05', 4],
    ['2026', '1001', 'Số liệu từ ngày 15/12/2025 đến ngày 14/12/2026 (Nghị định 09/2019/NĐ-CP)', '2025-12-15', '2026-12-14', '2027-01-05', 15],
  ])('%s (unit %s): the window, the deadline in working days under the regime, the signature block, _meta', async (period, unit, windowLine, start, end, deadline, days) => {
    const set = await loadSet();
    const p = plan(set, unit, period);
    const { file, text, cells, meta, entry, dump } = await written(p);
    // The instructions sheet: the version in words, the window and the deadline with its decision.
    const info = dump.sheets[0].cells as Record<string, { value?: unknown }>;
    expect(info.B3.value).toBe('Bộ chỉ số thử (phiên bản 1.0.0)');
    expect(Object.values(info).map((c) => c.value)).toContain(windowLine);
    if (requireXmllint()) expect(checkOoxml(file).filter((f) => f.level === 'ERROR' || f.level === 'WARN' || f.part === 'zip')).toEqual([]);
    expect(text(HEADER.window)).toBe(windowLine);
    const [y, m, d] = deadline.split('-');
    expect(text(HEADER.deadline)).toBe(`Hạn nộp: ${d}/${m}/${y} (${days} ngày làm việc sau ngày chốt số liệu, theo QĐ 37/2020/QĐ-UBND (sửa đổi 2024))`);
    expect(meta).toMatchObject({
      window_start: start,
      window_end: end,
      reporting_window: windowLine.includes('09/2019') ? 'decree-09' : 'calendar',
      deadline,
      regime: 'QĐ 37/2020/QĐ-UBND (sửa đổi 2024)',
      period,
    });
    // Plain labels, the codes behind them in the hidden column.
    expect(text(HEADER.period)).toBe(p.periodText);
    expect(text(HEADER.setVersion)).toBe('1.0.0');
    expect(text('F7')).toBe('Phiên bản bộ chỉ số:');
    expect(text(HEADER_CODES.period)).toBe(period);
    expect(text(HEADER_CODES.setVersion)).toBe('tiny@1.0.0');
    // Column letters under the headings.
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => text(`${c}${COLUMN_LETTERS_ROW}`))).toEqual(['A', 'B', 'C', 'D', 'E', 'F', '1', '2']);
    // The signature block, under the last row of the table.
    const lastRow = p.rows.at(-1)!.row;
    const [dateLine] = find(cells, 'Quảng Ngãi, ngày … tháng … năm …');
    const [preparer] = find(cells, 'Người lập biểu');
    const [head] = find(cells, 'Thủ trưởng đơn vị');
    expect(find(cells, '(Ký, đóng dấu, ghi rõ họ tên)')).toHaveLength(1);
    expect(find(cells, '(Ký, ghi rõ họ tên)')).toHaveLength(1);
    const names = find(cells, '……………………………………');
    expect(names).toHaveLength(2);
    for (const a of [dateLine, preparer, head, ...names]) expect(rowOf(a)).toBeGreaterThan(lastRow + 1);
    expect(rowOf(preparer)).toBe(rowOf(head));
    expect(rowOf(names[0])).toBeGreaterThan(rowOf(preparer));
    for (const a of [dateLine, ...names]) expect(cells[a], a).toHaveProperty('unlocked', true);
    expect(Object.values(cells).some((c) => typeof c.value === 'string' && c.value.includes('ký số'))).toBe(true);
    for (const a of [dateLine, preparer, ...names]) expect(text(`I${rowOf(a)}`)).toBe(SIGNATURE_ROW_KEY);
    expect(entry.merges).toContain(`F${rowOf(dateLine)}:H${rowOf(dateLine)}`);
  });

  it('says which figure each row asks for: a whole-period flow, a year-to-date, a stock on the window end, a calendar-month figure', async () => {
    const set = await loadSet();
    const asked = (unit: string, period: string, key: string, lang: 'vi' | 'en' = 'vi') => plan(set, unit, period, lang).valueRows.find((r) => r.key === key)!.asked;
    // A quarterly flow on the year's form: the year's total, not the fourth quarter.
    expect(asked('1001', '2026', 'A.01a')).toBe('Cả năm 2026 (cộng các quý)');
    expect(asked('1001', '2026-Q1', 'A.01a')).toBe('Trong quý I năm 2026');
    expect(asked('1001', '2026-H1', 'A.01a')).toBe('Cả 6 tháng đầu năm 2026 (cộng các quý)');
    expect(asked('1001', '2026-9M', 'A.01a')).toBe('Cả 9 tháng năm 2026 (cộng các quý)');
    // A rate is not a sum of quarters.
    expect(asked('1001', '2026', 'A.01')).toBe('Cả năm 2026');
    // A stock: on the last day of the window.
    expect(asked('SA', '2026', 'M.02')).toBe('Tại ngày 14/12/2026');
    expect(asked('SA', '2026-Q3', 'M.02')).toBe('Tại ngày 14/09/2026');
    // Year to date on calendar months (statistics), said in the cell since it differs from the form's window.
    // The dates are the whole of what is asked: from 1 January, not the last month or quarter alone.
    // On March's form M.01 is SA's only row: the form's window is its own, so the cell needs no dates of its own.
    expect(asked('SA', '2026-03', 'M.01')).toBe('Lũy kế từ đầu năm đến hết tháng 03/2026');
    expect(asked('SA', '2026-Q4', 'M.01')).toBe('Lũy kế từ đầu năm đến hết quý IV năm 2026 (tháng dương lịch: 01/01/2026 – 31/12/2026)');
    expect(asked('SA', '2026-H2', 'M.01')).toBe('Lũy kế từ đầu năm đến hết 6 tháng cuối năm 2026 (tháng dương lịch: 01/01/2026 – 31/12/2026)');
    expect(asked('SA', '2026-Q1', 'M.01')).toBe('Lũy kế quý I năm 2026 (tháng dương lịch: 01/01/2026 – 31/03/2026)');
    expect(asked('SA', '2026', 'M.01')).toBe('Lũy kế năm 2026 (tháng dương lịch: 01/01/2026 – 31/12/2026)');
    expect(asked('SA', '2026', 'M.01', 'en')).toBe('Year to date: year 2026 (calendar months: 01/01/2026 – 31/12/2026)');
    expect(asked('1001', '2026', 'A.01a', 'en')).toBe('Whole year 2026 (sum of the quarters)');
    const p = plan(set, 'SA', '2026-Q1');
    expect(p.valueRows.find((r) => r.key === 'M.01')!.window).toEqual({ start: '2026-01-01', end: '2026-03-31', kind: 'calendar' });
    const { text } = await written(p);
    expect(text(`F${p.valueRows.find((r) => r.key === 'M.01')!.row}`)).toContain('tháng dương lịch');
  });

  it('a set on calendar months prints its window; without a regime the deadline stays in calendar days (sets written before)', async () => {
    const calendar = await loadSet({
      'set.yaml': REGIME_SET_YAML.replace('reporting_window: decree-09', 'reporting_window: calendar'),
      // M.02 (the last indicator) on Decree 09 in a set on calendar months.
      'groups/m.yaml': `${GROUP_M.trimEnd()}\n    reporting_window: decree-09\n`,
    });
    const q1 = plan(calendar, '1001', '2026-Q1');
    expect(q1.window).toEqual({ start: '2026-01-01', end: '2026-03-31', kind: 'calendar' });
    expect((await written(q1)).text(HEADER.window)).toBe('Số liệu từ ngày 01/01/2026 đến ngày 31/03/2026 (theo tháng dương lịch)');
    // The decree-09 indicator on a calendar set says its own window.
    expect(plan(calendar, 'SA', '2026-Q1').valueRows.find((r) => r.key === 'M.02')!.asked).toBe('Tại ngày 14/03/2026 (NĐ 09/2019: 15/12/2025 – 14/03/2026)');
    const { set: old } = await loadAndValidateSet(makeSet());
    const before = plan(old!, '1001', '2026-Q1');
    expect(before).toMatchObject({ deadline: '2026-03-20', workingDays: false, window: { start: '2025-12-15', end: '2026-03-14', kind: 'decree-09' } });
    expect(before.regime).toBeUndefined();
    const { text, cells } = await written(before);
    expect(text(HEADER.deadline)).toBe('Hạn nộp: 20/03/2026 (6 ngày sau ngày chốt số liệu)');
    // No place in set.yaml: the date line leaves it blank.
    expect(find(cells, '…, ngày … tháng … năm …')).toHaveLength(1);
  });

  it('English labels under --lang en', async () => {
    const set = await loadSet();
    const { text, cells } = await written(plan(set, '1001', '2026-Q1', 'en'));
    expect(text(HEADER.window)).toBe('Data from 15/12/2025 to 14/03/2026 (Decree 09/2019/NĐ-CP)');
    expect(text(HEADER.deadline)).toBe('Deadline: 23/03/2026 (6 working days after the cut-off, under Decision 37/2020/QĐ-UBND (amended 2024))');
    expect(text(HEADER.period)).toBe('Q1 2026');
    expect(find(cells, 'Prepared by')).toHaveLength(1);
    expect(find(cells, 'Head of unit')).toHaveLength(1);
    expect(find(cells, 'Quảng Ngãi, date … / … / …')).toHaveLength(1);
  });
});

describe('the signature block stays on one printed page', () => {
  /** `n` commune indicators: enough rows for the block to fall across a page break. */
  const manyRows = (n: number) =>
    [
      'id: z',
      'name: Nhóm Z',
      'order: 9',
      'indicators:',
      ...Array.from({ length: n }, (_, i) =>
        [
          `  - code: Z.${String(i + 1).padStart(2, '0')}`,
          `    name: Chỉ số ${i + 1}`,
          '    type: output',
          '    unit: lượt',
          '    value_type: integer',
          '    frequency: quarter',
          '    accumulation: period',
          '    owner: SA',
          '    reported_by: communes',
          '    source: Báo cáo xã',
          '    definition: Số lượt.',
          '    method: Đếm.',
          '    aggregation: sum',
        ].join('\n'),
      ),
      '',
    ].join('\n');
  const breaksOf = async (n: number) => {
    const set = await loadSet({ 'groups/z.yaml': manyRows(n) });
    const p = plan(set, '1001', '2026-Q1');
    const bytes = await writeTemplate(p, '0.1.0');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.getWorksheet('Nhập liệu')!;
    const block = Array.from({ length: 300 }, (_, i) => i + 1).find((r) => ws.getCell(`B${r}`).value === 'Người lập biểu')!;
    // exceljs does not read page breaks back: take them from the sheet's XML.
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['xl/worksheets/sheet2.xml']);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    return { breaks, block, last: p.rows.at(-1)!.row };
  };

  it('no break when the table and the block fit on the page; a break before the block when it would straddle two pages', async () => {
    expect((await breaksOf(3)).breaks).toEqual([]);
    const long = await breaksOf(30);
    // The break falls in the blank rows between the table and the block, so the table is not cut by it.
    expect(long.breaks).toHaveLength(1);
    expect(long.breaks[0]).toBeGreaterThan(long.last);
    expect(long.breaks[0]).toBeLessThan(long.block);
  });
});

describe('the form number identifies the rows, not the kind of unit', () => {
  /** SB reports the communes' rows too (a department receiving the commune form); 1003 reports one more row. */
  const units = dedent(`
    units:
      - { code: "51", name: Tỉnh Thử, kind: province }
      - { code: SA, name: Sở A, kind: department }
      - { code: SB, name: Sở B, kind: department }
      - { code: "1001", name: Xã Một, kind: commune }
      - { code: "1002", name: Phường Hai, kind: ward }
      - { code: "1003", name: Đặc khu Ba, kind: special-zone }
  `);
  const groupA = (TINY_SET['groups/a.yaml'] as string).replaceAll('reported_by: communes', 'reported_by: [SB, "1001", "1002", "1003"]');
  const extra = dedent(`
    id: x
    name: Nhóm X
    order: 9
    indicators:
      - code: X.01
        name: Số tổ công nghệ số
        type: output
        unit: tổ
        value_type: integer
        frequency: quarter
        accumulation: stock
        owner: SA
        reported_by: ["1003"]
        source: Báo cáo xã
        definition: Số tổ đang hoạt động.
        method: Đếm.
        aggregation: sum
  `);

  it('same rows, same number whatever the kind; different rows, different numbers; stable across runs and unit subsets', async () => {
    const overrides = { 'set.yaml': REGIME_SET_YAML, 'units.yaml': units, 'groups/a.yaml': groupA, 'groups/m.yaml': GROUP_M, 'groups/x.yaml': extra };
    const { set } = await loadAndValidateSet(makeSet(overrides));
    const q1 = parsePeriod('2026-Q1')!;
    const code = (u: string, period = '2026-Q1') => plan(set!, u, period).formCode;
    // SB (a department), 1001 (a commune) and 1002 (a ward) receive the same rows: one number.
    expect(code('SB')).toBe(code('1001'));
    expect(code('1002')).toBe(code('1001'));
    // 1003 (a special zone) has one more row; SA (a department like SB) its own rows.
    expect(new Set([code('SA'), code('1001'), code('1003')]).size).toBe(3);
    expect(code('1001')).toMatch(/^\d{2}\/TINY\/Q$/);
    // Q2 asks for the same rows as Q1: the same numbers.
    expect(code('1003', '2026-Q2')).toBe(code('1003'));
    // Another load of the same set (a new run) numbers alike.
    const { set: again } = await loadAndValidateSet(makeSet(overrides));
    expect([...formNumbers(again!, q1)]).toEqual([...formNumbers(set!, q1)]);
    // The number is printed in A1 and kept in _meta.
    const p = plan(set!, '1002', '2026-Q1');
    const { text, meta } = await written(p);
    expect(text(HEADER.formCode)).toBe(`Biểu số ${p.formCode}`);
    expect(meta.form_code).toBe(p.formCode);
  });
});

describe('check reads a form with the Decree 09 furniture', () => {
  it('ignores the signature block filled in, still flags a row typed between the table and the block', async () => {
    const fx = await tinyFixture();
    const last = fx.plan.rows.at(-1)!.row;
    const sign = await filled(fx, (ws) => {
      for (let r = last + 1; r <= last + 12; r++) {
        if (ws.getCell(`I${r}`).value !== SIGNATURE_ROW_KEY) continue;
        for (const c of ['B', 'F']) if (ws.getCell(`${c}${r}`).value) ws.getCell(`${c}${r}`).value = `${String(ws.getCell(`${c}${r}`).value)} Nguyễn Văn A 01/04/2026`;
      }
    });
    const ok = checkWorkbook('1001_tiny_2026-Q2.xlsx', readWorkbook(sign) as RawWorkbook, { set: fx.set });
    expect(ok.diagnostics).toEqual([]);
    const added = await filled(fx, (ws) => {
      ws.getCell(`B${last + 1}`).value = 'C.99';
      ws.getCell(`G${last + 1}`).value = 17;
    });
    const r = checkWorkbook('1001_tiny_2026-Q2.xlsx', readWorkbook(added) as RawWorkbook, { set: fx.set });
    expect(r.diagnostics.map((d) => `${d.code}@${d.location.cell}`)).toEqual([`row-added@B${last + 1}`]);
  });

  it('reads the identity from the hidden header codes when _meta is lost, and from the visible cells of older templates', async () => {
    const fx = await tinyFixture();
    const noMeta = await filled(fx, (_ws, _c, wb) => wb.removeWorksheet(wb.getWorksheet('_meta')!.id));
    expect(readIdentity(readWorkbook(noMeta) as RawWorkbook)).toMatchObject({ source: 'header', setId: 'tiny', setVersion: '1.0.0', period: '2026-Q2', unit: '1001' });
    // A template compiled before the labels were plain: the codes in G4 and G7, nothing in I4 and I7.
    const older = await filled(fx, (ws, _c, wb) => {
      wb.removeWorksheet(wb.getWorksheet('_meta')!.id);
      ws.getCell(HEADER.period).value = '2026-Q2';
      ws.getCell(HEADER.setVersion).value = 'tiny@1.0.0';
      ws.getCell(HEADER_CODES.period).value = null;
      ws.getCell(HEADER_CODES.setVersion).value = null;
    });
    expect(readIdentity(readWorkbook(older) as RawWorkbook)).toMatchObject({ source: 'header', setId: 'tiny', setVersion: '1.0.0', period: '2026-Q2' });
  });

  it('reads a template compiled before the window keys and the column letters (rows from 9, ten _meta keys)', async () => {
    const fx = await tinyFixture();
    // Rebuild the layout of tool 0.1: no letters row (rows move up one), no window keys in _meta.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fx.template as never);
    const ws = wb.getWorksheet('Nhập liệu')!;
    ws.spliceRows(COLUMN_LETTERS_ROW, 1);
    const meta = wb.getWorksheet('_meta')!;
    for (let r = meta.rowCount; r >= 1; r--) if (['window_start', 'window_end', 'reporting_window', 'deadline', 'regime'].includes(String(meta.getCell(`A${r}`).value))) meta.spliceRows(r, 1);
    for (const r of fx.plan.valueRows) {
      const cell = ws.getCell(`G${r.row - 1}`);
      if (!r.formula) cell.value = { 'A.01a': 60, 'A.01b': 90, 'C.01|level:tinh': 5, 'C.01|level:xa': 7, 'C.02': 3.5 }[r.key] ?? null;
    }
    for (const r of fx.plan.valueRows) {
      wb.definedNames.removeAllNames(r.definedName);
      wb.definedNames.add(`'Nhập liệu'!$G$${r.row - 1}`, r.definedName);
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = checkWorkbook('1001_tiny_2026-Q2.xlsx', readWorkbook(bytes) as RawWorkbook, { set: fx.set });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.values.get('A.01b')).toBe(90);
    expect(r.values.get('C.01')).toBe(12);
  });
});

describe('the deadline comes after the data the form asks for, and the header prints the window the rows use', () => {
  it('a Q1 form with a calendar-month row: Decree 09 window, a line for the marked rows, the deadline counted from 31/03 everywhere', async () => {
    const set = await loadSet();
    // SA owes M.01 (calendar months, to 31/03) and M.02 (Decree 09, to 14/03); 1001's rows are all on Decree 09.
    const p = plan(set, 'SA', '2026-Q1');
    expect(p).toMatchObject({ cutoff: '2026-03-31', deadline: '2026-04-08', window: { start: '2025-12-15', end: '2026-03-14', kind: 'decree-09' } });
    expect(p.otherWindow).toEqual({ start: '2026-01-01', end: '2026-03-31', kind: 'calendar' });
    expect(plan(set, '1001', '2026-Q1')).toMatchObject({ cutoff: '2026-03-14', deadline: '2026-03-23' });
    expect(plan(set, '1001', '2026-Q1').otherWindow).toBeUndefined();
    const { text, meta, dump } = await written(p);
    const window =
      'Số liệu từ ngày 15/12/2025 đến ngày 14/03/2026 (Nghị định 09/2019/NĐ-CP)\nCác chỉ tiêu ghi kỳ số liệu riêng ở cột F lấy số liệu theo tháng dương lịch, từ ngày 01/01/2026 đến ngày 31/03/2026; hạn nộp tính từ ngày 31/03/2026.';
    expect(text(HEADER.window)).toBe(window);
    const deadline = '08/04/2026 (6 ngày làm việc sau ngày chốt số liệu, theo QĐ 37/2020/QĐ-UBND (sửa đổi 2024))';
    expect(text(HEADER.deadline)).toBe(`Hạn nộp: ${deadline}`);
    const info = Object.values(dump.sheets[0].cells as Record<string, { value?: unknown }>).map((c) => c.value);
    expect(info).toContain(window);
    expect(info).toContain(deadline);
    expect(meta).toMatchObject({ window_end: '2026-03-14', reporting_window: 'decree-09', deadline: '2026-04-08' });
    // The marked row says its window in column F.
    expect(text(`F${p.valueRows.find((r) => r.key === 'M.01')!.row}`)).toBe('Lũy kế quý I năm 2026 (tháng dương lịch: 01/01/2026 – 31/03/2026)');
    const en = await written(plan(set, 'SA', '2026-Q1', 'en'));
    expect(en.text(HEADER.window)).toBe(
      'Data from 15/12/2025 to 14/03/2026 (Decree 09/2019/NĐ-CP)\nRows with their own window in column F follow calendar months: data from 01/01/2026 to 31/03/2026; the deadline counts from 31/03/2026.',
    );
  });

  it('merge judges each return by the deadline printed on its form', async () => {
    const set = await loadSet();
    const period = parsePeriod('2026-Q1')!;
    const results = [
      // Saved 07/04 (after 23/03, before SA's form deadline 08/04): on time.
      acceptedResult('SA', { 'M.01': 5, 'M.02': 3 }, { modified: '2026-04-07T03:00:00Z' }),
      acceptedResult('SA', { 'M.01': 5, 'M.02': 3 }, { file: 'late/SA_tiny_2026-Q1.xlsx', sha256: 'sa-late', modified: '2026-04-09T03:00:00Z' }),
      acceptedResult('1001', { 'A.01a': 1, 'A.01b': 2 }, { modified: '2026-03-24T03:00:00Z' }),
    ];
    const report = mergeSubmissions({ set, period, results });
    expect(report.files.map((f) => [f.unit, f.received, f.late])).toEqual([
      ['SA', '2026-04-07', false],
      ['SA', '2026-04-09', true],
      ['1001', '2026-03-24', true],
    ]);
    const late = report.diagnostics.filter((d) => d.code === 'late-submission').map((d) => [d.location.file, d.params?.deadline]);
    expect(late).toEqual([
      ['late/SA_tiny_2026-Q1.xlsx', plan(set, 'SA', '2026-Q1').deadline],
      ['1001_tiny_2026-Q1.xlsx', plan(set, '1001', '2026-Q1').deadline],
    ]);
  });
});
