import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/index.js';
import { checkSubmissions } from '../../src/submission/check-submissions.js';
import { checkWorkbook, type CheckOptions } from '../../src/submission/check-workbook.js';
import { previousValues, type DatasetRow } from '../../src/submission/read-previous.js';
import { readWorkbook } from '../../src/submission/read-workbook.js';
import type { RawWorkbook } from '../../src/submission/workbook-types.js';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { checkContext, type CellEditor } from './file-context.js';
import { filled, tinyFixture, type TinyFixture } from './tiny-submission.js';

let fx: TinyFixture;
const FILE = '1001_tiny_2026-Q2.xlsx';
const SHEET = 'Nhập liệu';

beforeAll(async () => {
  fx = await tinyFixture();
});

const cellOfKey = (key: string) => fx.plan.valueRows.find((r) => r.key === key)!.valueCell;
const rowOfKey = (key: string) => fx.plan.valueRows.find((r) => r.key === key)!.row;

/** The whole of `checkWorkbook` on a written and re-read xlsx: for identity, sheets and names. */
async function check(edit?: Parameters<typeof filled>[1], options: Partial<CheckOptions> = {}, file = FILE) {
  const wb = readWorkbook(await filled(fx, edit)) as RawWorkbook;
  return checkWorkbook(file, wb, { set: fx.set, ...options });
}

function setMeta(wb: ExcelJS.Workbook, key: string, value: string | null): void {
  wb.getWorksheet('_meta')!.eachRow((row) => {
    if (row.getCell(1).value === key) row.getCell(2).value = value;
  });
}

/** The checks of the values and rows, on a FileContext built in memory (test/submission/file-context.ts). */
const checkCells = (edit?: (cell: CellEditor) => void) => checkContext(fx, edit);

/** code@cell of every diagnostic, for compact assertions. */
const codes = (r: { diagnostics: Diagnostic[] }) => r.diagnostics.map((d) => `${d.code}@${d.location.cell ?? ''}`);

describe('checkWorkbook on the tiny set (commune 1001, 2026-Q2)', () => {
  it('accepts a correctly filled form and recomputes the rate', async () => {
    const r = await check();
    expect(r.diagnostics).toEqual([]);
    expect(r.identity).toMatchObject({ setId: 'tiny', unit: '1001', period: '2026-Q2', source: 'meta' });
    expect(r.values.get('A.01')).toBeCloseTo(66.6667, 3);
    expect(r.values.get('C.01|level:xa')).toBe(7);
    // The total of an exhaustive breakdown is computed from its categories (the template's SUM has no cached result here).
    expect(r.values.get('C.01')).toBe(12);
  });

  it.each<[string, (cell: CellEditor) => void, string[]]>([
    ['required-blank (blank is never zero)', (c) => c('A.01a', null), ['required-blank@A.01a']],
    ['number-as-text (Vietnamese notation, info)', (c) => c('A.01b', '1.245.649'), ['number-as-text@A.01b']],
    ['number-as-text, not ambiguous, for "1.234" in an integer count (a count has no three decimals)', (c) => c('A.01b', '1.234'), ['number-as-text@A.01b']],
    ['ambiguous-number for a decimal without a range to settle it', (c) => c('C.02', '3,500'), ['ambiguous-number@C.02']],
    ['not-a-number', (c) => c('A.01a', 'chưa có'), ['not-a-number@A.01a']],
    ['wrong-type (boolean in a count)', (c) => c('A.01a', true), ['wrong-type@A.01a']],
    [
      'out-of-range (min 1)',
      (c) => {
        c('A.01a', 0);
        c('A.01b', 0);
      },
      ['out-of-range@A.01b'],
    ],
    ['not-integer', (c) => c('A.01a', 60.5), ['not-integer@A.01a']],
    ['negative-count (integer, no min)', (c) => c('C.01|level:tinh', -5), ['negative-count@C.01|level:tinh']],
    ['numerator-exceeds-denominator, and the rule that says so', (c) => c('A.01a', 95), ['numerator-exceeds-denominator@A.01a', 'rule-violated@A.01a']],
    [
      'formula-overwritten and ratio-mismatch (6/9 typed as 66,66)',
      (c) => {
        c('A.01a', 6);
        c('A.01b', 9);
        c('A.01', 66.66);
      },
      ['formula-overwritten@A.01', 'ratio-mismatch@A.01'],
    ],
    [
      'formula-overwritten only when the typed rate is right',
      (c) => {
        c('A.01a', 6);
        c('A.01b', 9);
        c('A.01', 66.67);
      },
      ['formula-overwritten@A.01'],
    ],
    ['ratio-mismatch on a cached formula result', (c) => c('A.01', { formula: 'G10/G11*100', result: 70 }), ['ratio-mismatch@A.01']],
    [
      'formula-overwritten and breakdown-sum-mismatch when a total is typed over its SUM and disagrees',
      (c) => {
        c('C.01', 12);
        c('C.01|level:tinh', 6);
      },
      ['formula-overwritten@C.01', 'breakdown-sum-mismatch@C.01'],
    ],
    ['formula-overwritten only when the typed total is right', (c) => c('C.01', 12), ['formula-overwritten@C.01']],
    ['breakdown-sum-mismatch on a cached SUM result that disagrees', (c) => c('C.01', { formula: 'SUM(G15,G16)', result: 20 }), ['breakdown-sum-mismatch@C.01']],
  ])('%s', (_name, edit, expected) => {
    const r = checkCells(edit);
    const want = expected.map((e) => {
      const [code, key] = e.split('@');
      return `${code}@${cellOfKey(key)}`;
    });
    expect(codes(r).sort()).toEqual(want.sort());
    for (const d of r.diagnostics) expect(d.location).toMatchObject({ file: FILE, sheet: SHEET });
  });

  it('quotes a rate typed over its formula with a decimal comma in Vietnamese (57.78 would read as 5 778)', () => {
    const r = checkCells((c) => c('A.01', 57.78));
    const d = r.diagnostics.find((x) => x.code === 'formula-overwritten')!;
    expect(d.message).toBe('Ô công thức của A.01 bị thay bằng số 57,78');
    expect(d.params).toMatchObject({ value: 57.78 });
  });

  it('does not compare a formula without a cached result (script-filled files)', () => {
    const r = checkCells((c) => c('A.01', { formula: 'G10/G11*100' }));
    expect(r.diagnostics).toEqual([]);
  });

  it('reads "71,54 %"-style text in a decimal and "1.234" settled by the range', () => {
    const r = checkCells((c) => c('C.02', '3,5'));
    expect(codes(r)).toEqual([`number-as-text@${cellOfKey('C.02')}`]);
    expect(r.values.get('C.02')).toBe(3.5);
  });

  it('a required blank with a reason in the note column is value-not-available (a warning quoting the note), not required-blank', () => {
    const r = checkCells((c) => {
      c('A.01a', null);
      c.at(`H${rowOfKey('A.01a')}`, 'Hệ thống một cửa lỗi, chưa trích xuất được');
    });
    expect(codes(r)).toEqual([`value-not-available@${cellOfKey('A.01a')}`]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', params: { note: 'Hệ thống một cửa lỗi, chưa trích xuất được' } });
    expect(r.values.has('A.01a')).toBe(true);
    expect(r.values.get('A.01a')).toBeUndefined();
    expect(r.notes.get('A.01a')).toBe('Hệ thống một cửa lỗi, chưa trích xuất được');
    // A note of spaces is no reason.
    const blank = checkCells((c) => {
      c('A.01a', null);
      c.at(`H${rowOfKey('A.01a')}`, '   ');
    });
    expect(codes(blank)).toEqual([`required-blank@${cellOfKey('A.01a')}`]);
  });

  it('reads "45.067" and "45,067" typed in an integer count as 45,067', () => {
    for (const text of ['45.067', '45,067']) {
      const r = checkCells((c) => c('A.01b', text));
      expect(codes(r)).toEqual([`number-as-text@${cellOfKey('A.01b')}`]);
      expect(r.values.get('A.01b')).toBe(45067);
    }
  });

  it('locked-cell-edited: a changed name or unit of measure', () => {
    const row = rowOfKey('A.01a');
    const r = checkCells((c) => {
      c.at(`C${row}`, 'Hồ sơ (đã sửa)');
      c.at(`E${row}`, 'bộ');
    });
    expect(codes(r).sort()).toEqual([`locked-cell-edited@C${row}`, `locked-cell-edited@E${row}`]);
  });

  it('row-missing when a row is cleared (its name no longer finds it); row-added for a row outside the template', () => {
    const row = rowOfKey('C.02');
    const last = fx.plan.rows.at(-1)!.row;
    const r = checkCells((c) => {
      for (const col of 'ABCDEFGHI') c.at(`${col}${row}`, null);
      c.at(`B${last + 2}`, 'C.99');
      c.at(`G${last + 2}`, 17);
    });
    expect(codes(r)).toEqual([`row-missing@B${row}`, `row-added@B${last + 2}`]);
  });

  it('finds rows by the key column when the names are lost, and reports them moved (info)', async () => {
    const r = await check((ws, _c, wb) => {
      for (const name of fx.plan.valueRows.map((v) => v.definedName)) wb.definedNames.removeAllNames(name);
      ws.spliceRows(fx.plan.rows[0].row, 0, []);
    });
    expect(new Set(r.diagnostics.map((d) => d.code))).toEqual(new Set(['row-moved']));
    expect(r.diagnostics).toHaveLength(fx.plan.valueRows.length);
    expect(r.values.get('C.02')).toBe(3.5);
  });

  it('sheet-missing names the sheets that exist', async () => {
    const r = await check((ws) => (ws.name = 'Sheet1'));
    expect(r.diagnostics.map((d) => [d.code, d.params?.present])).toEqual([['sheet-missing', 'Hướng dẫn, Sheet1']]);
  });

  it('meta-missing (info): identity from the header cells, values still checked', async () => {
    const r = await check((_ws, c, wb) => {
      wb.removeWorksheet(wb.getWorksheet('_meta')!.id);
      c('A.01a').value = 'abc';
    });
    expect(codes(r)).toEqual(['meta-missing@G7', `not-a-number@${cellOfKey('A.01a')}`]);
    expect(r.identity).toMatchObject({ source: 'header', setId: 'tiny', unit: '1001', period: '2026-Q2' });
  });

  it.each<[string, (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void, string]>([
    ['unknown-set', (wb) => setMeta(wb, 'set_id', 'other-set'), 'unknown-set@G7'],
    ['stale-template', (wb) => setMeta(wb, 'set_version', '0.9.0'), 'stale-template@G7'],
    ['unidentified (no unit)', (wb) => setMeta(wb, 'unit_code', null), 'unidentified@G2'],
  ])('%s', async (_name, edit, expected) => {
    const r = await check((ws, _c, wb) => edit(wb, ws));
    expect(codes(r)).toEqual([expected]);
  });

  it('stale-template lists the indicators added and removed since', async () => {
    const r = await check((ws, _c, wb) => {
      setMeta(wb, 'set_version', '0.9.0');
      ws.getCell(`I${rowOfKey('C.02')}`).value = 'C.09';
    });
    expect(r.diagnostics[0].params).toMatchObject({ found: '0.9.0', expected: '1.0.0', changes: '+C.02, −C.09' });
  });

  it('stale-template names the indicators whose unit, type, frequency or formula changed (from _meta)', async () => {
    const r = await check((ws, _c, wb) => {
      setMeta(wb, 'set_version', '0.9.0');
      const meta = wb.getWorksheet('_meta')!;
      meta.eachRow((row) => {
        if (row.getCell(1).value === 'indicators')
          row.getCell(2).value = String(row.getCell(2).value)
            .replace(/^A\.01a=hồ sơ\|/m, 'A.01a=bộ hồ sơ|')
            .replace(/^A\.01=(.*)\|A\.01a \/ A\.01b \* 100$/m, 'A.01=$1|A.01a / A.01b');
      });
    });
    expect(r.diagnostics[0].params?.changes).toBe('~A.01a (đơn vị tính: bộ hồ sơ → hồ sơ), ~A.01 (công thức: A.01a / A.01b → A.01a / A.01b * 100)');
    expect(r.diagnostics[0].message).toContain('~A.01a (đơn vị tính: bộ hồ sơ → hồ sơ)');
  });

  it('unit-mismatch and period-mismatch against the file name and --period', async () => {
    const r = await check(undefined, { period: parsePeriod('2026-Q3') }, join('inbox', '1002', '1002_tiny_2026-Q2.xlsx'));
    expect(codes(r)).toEqual(['unit-mismatch@G2', 'period-mismatch@G4']);
  });

  it('with --previous: a jump beyond max_change_pct, and a year-to-date value that fell', async () => {
    const row = (value: string): DatasetRow => ({
      set_id: 'tiny',
      set_version: '1.0.0',
      period: '2026-Q1',
      unit_code: '1001',
      unit_name: 'Xã Một',
      indicator_code: 'C.02',
      breakdown: '',
      category: '',
      value,
      unit_of_measure: 'tỷ đồng',
      status: 'accepted',
      source_file: 'x.xlsx',
      source_sha256: '',
    });
    // A year-to-date value is compared with the same period of the previous year: 3.5 against 1.5 in 2025-Q2.
    const jump = await check(undefined, { previous: previousValues([{ ...row('1.5'), period: '2025-Q2' }]) });
    expect(codes(jump)).toEqual([`previous-period-jump@${cellOfKey('C.02')}`]);
    const fell = await check(undefined, { previous: previousValues([row('5')]) });
    expect(codes(fell)).toEqual([`cumulative-decreased@${cellOfKey('C.02')}`]);
    // Q1 after last year's Q4: a year-to-date value starts again, so no comparison of falls.
    const q1 = await tinyFixture('2026-Q1');
    const wb = readWorkbook(await filled(q1)) as RawWorkbook;
    const lastYear = previousValues([{ ...row('5'), period: '2025-Q4' }]);
    expect(checkWorkbook('1001_tiny_2026-Q1.xlsx', wb, { set: q1.set, previous: lastYear }).diagnostics).toEqual([]);
  });
});

describe('breakdown totals', () => {
  it('a total that differs from its exhaustive categories is an error, and the total is the sum of the categories', () => {
    const r = checkCells((c) => c('C.01', 20));
    const d = r.diagnostics.find((x) => x.code === 'breakdown-sum-mismatch')!;
    expect(d).toMatchObject({ severity: 'error', params: { code: 'C.01', total: 20, sum: 12 } });
    expect(r.values.get('C.01')).toBe(12);
  });

  it('a CSV total that differs from its categories is an error at its line; the total used is the sum', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-csv-sum-'));
    const file = join(dir, '1001_tiny_2026-Q2.csv');
    writeFileSync(file, ['Mã chỉ số;Phân tổ;Giá trị;Ghi chú', 'A.01a;;6;', 'A.01b;;9;', 'A.01;;;', 'C.01;;13;', 'C.01;Cấp tỉnh;5;', 'C.01;Cấp xã;7;', 'C.02;;3,5;'].join('\r\n'));
    const [r] = (await checkSubmissions({ set: fx.set, inputs: [file] })).results;
    expect(r.diagnostics.map((d) => `${d.code}:${d.severity}:${d.location.line}`)).toEqual(['breakdown-sum-mismatch:error:5', 'number-as-text:info:8']);
    expect(r.values.get('C.01')).toBe(12);
  });

  it('a CSV total typed with a thousands dot in an integer count ("13.000") is read as such and compared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-csv-sum-int-'));
    const file = join(dir, '1001_tiny_2026-Q2.csv');
    writeFileSync(file, ['Mã chỉ số;Phân tổ;Giá trị;Ghi chú', 'A.01a;;6;', 'A.01b;;9;', 'A.01;;;', 'C.01;;13.000;', 'C.01;Cấp tỉnh;5;', 'C.01;Cấp xã;7;', 'C.02;;3,5;'].join('\r\n'));
    const [r] = (await checkSubmissions({ set: fx.set, inputs: [file] })).results;
    expect(r.diagnostics.find((d) => d.code === 'breakdown-sum-mismatch')).toMatchObject({ severity: 'error', location: { line: 5 }, params: { total: 13000, sum: 12 } });
  });

  it('an "of which" breakdown (exhaustive: false): the total is typed and required; categories above it are a warning, below it fine', async () => {
    const ofWhich = await tinyFixture('2026-Q2', '1001', {
      'breakdowns.yaml': 'breakdowns:\n  - id: level\n    name: Theo cấp\n    exhaustive: false\n    categories:\n      - { code: tinh, name: Cấp tỉnh }\n      - { code: xa, name: Cấp xã }\n',
    });
    const run = (edit?: (c: CellEditor) => void) => checkContext(ofWhich, edit);
    const cell = (key: string) => ofWhich.plan.valueRows.find((x) => x.key === key)!.valueCell;
    expect(run((c) => c('C.01', 30)).diagnostics).toEqual([]);
    const over = run((c) => c('C.01', 10));
    expect(over.diagnostics.map((d) => `${d.code}:${d.severity}@${d.location.cell}`)).toEqual([`breakdown-sum-mismatch:warning@${cell('C.01')}`]);
    expect(run().diagnostics.map((d) => d.code)).toEqual(['required-blank']);
  });
});

describe('--previous: year-to-date values and rates', () => {
  const row = (period: string, code: string, value: string): DatasetRow => ({
    set_id: 'tiny',
    set_version: '1.0.0',
    period,
    unit_code: '1001',
    unit_name: 'Xã Một',
    indicator_code: code,
    breakdown: '',
    category: '',
    value,
    unit_of_measure: '',
    status: 'accepted',
    source_file: 'x.xlsx',
    source_sha256: '',
  });

  it("a year-to-date value in Q1 is not compared with last year's Q4 (a whole year), but with last year's Q1", async () => {
    const q1 = await tinyFixture('2026-Q1');
    const wb = readWorkbook(await filled(q1)) as RawWorkbook; // C.02 = 3.5 (year to date)
    const run = (rows: DatasetRow[]) => checkWorkbook('1001_tiny_2026-Q1.xlsx', wb, { set: q1.set, previous: previousValues(rows) }).diagnostics.map((d) => d.code);
    expect(run([row('2025-Q4', 'C.02', '14')])).toEqual([]);
    expect(run([row('2025-Q4', 'C.02', '14'), row('2025-Q1', 'C.02', '3.4')])).toEqual([]);
    expect(run([row('2025-Q4', 'C.02', '14'), row('2025-Q1', 'C.02', '1.5')])).toEqual(['previous-period-jump']);
  });

  it('within the year a year-to-date value may grow past max_change_pct (Q1 → Q2 doubles), but may not fall', async () => {
    expect(codes(await check(undefined, { previous: previousValues([row('2026-Q1', 'C.02', '1.5')]) }))).toEqual([]);
    expect(codes(await check(undefined, { previous: previousValues([row('2026-Q1', 'C.02', '5')]) }))).toEqual([`cumulative-decreased@${cellOfKey('C.02')}`]);
  });

  it('the change of a percent indicator is in percentage points, against max_change_pct in points', async () => {
    const own = await tinyFixture();
    own.set.indicators.find((i) => i.code === 'A.01')!.constraints = { min: 0, max: 100, max_change_pct: 10 };
    const wb = readWorkbook(await filled(own)) as RawWorkbook; // A.01 = 60 / 90 = 66.67 %
    const run = (previous: string) => checkWorkbook(FILE, wb, { set: own.set, previous: previousValues([row('2026-Q1', 'A.01', previous)]) }).diagnostics;
    // 60 → 66.67 is +6.7 points (a relative +11.1 %): within 10 points.
    expect(run('60')).toEqual([]);
    const [d] = run('50');
    expect(d).toMatchObject({ code: 'previous-period-jump', params: { change: '+16.7', points: 1, limit: 10 } });
  });
});

describe('checkSubmissions', () => {
  it('checks every file in sorted order, flags the second file of a unit as duplicate-submission, and never stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-many-'));
    const bytes = await filled(fx);
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, FILE), bytes);
    writeFileSync(join(dir, 'b', FILE), bytes);
    writeFileSync(join(dir, 'a.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));
    writeFileSync(join(dir, 'empty.xlsx'), '');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const { results } = await checkSubmissions({ set: fx.set, inputs: [dir] });
    expect(results.map((r) => [r.file.slice(dir.length + 1), r.status, r.diagnostics.map((d) => d.code).join()])).toEqual([
      [FILE, 'accepted', ''],
      ['a.xls', 'unreadable', 'unsupported-format'],
      [join('b', FILE), 'rejected', 'duplicate-submission'],
      ['empty.xlsx', 'unreadable', 'empty-file'],
    ]);
    expect(results[2].diagnostics[0].params?.other).toBe(join(dir, FILE));
    expect(results[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('CSV submissions', () => {
  it('reads a CSV by code and category, reports problems by line, and checks a typed rate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-csv-'));
    const file = join(dir, '1001_tiny_2026-Q2.csv');
    const lines = ['Mã chỉ số;Phân tổ;Giá trị;Ghi chú', 'A.01a;;6;', 'A.01b;;9;', 'A.01;;66,66;', 'C.01;;12;', 'C.01;Cấp tỉnh;5;', 'C.01;Cấp xã;7;', 'C.02;;"1.234,5";lũy kế', 'Z.99;;4;'];
    writeFileSync(file, '\uFEFF' + lines.join('\r\n'));
    const [r] = (await checkSubmissions({ set: fx.set, inputs: [file] })).results;
    expect(r).toMatchObject({ unit: '1001', period: '2026-Q2', status: 'rejected' });
    expect(r.diagnostics.map((d) => `${d.code}:${d.location.line}`)).toEqual(['ratio-mismatch:4', 'number-as-text:8', 'row-added:9']);
    expect(r.values.get('C.02')).toBe(1234.5);
    expect(r.values.get('C.01|level:xa')).toBe(7);
    expect(r.notes.get('C.02')).toBe('lũy kế');
  });
});
