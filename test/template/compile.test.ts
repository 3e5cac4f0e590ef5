import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod, planTemplate } from '../../src/model/index.js';
import { writeTemplate } from '../../src/template/write-template.js';
import { dumpWorkbook } from '../helpers/dump-workbook.js';
import { makeSet } from '../helpers/make-set.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'compile-'));
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('planTemplate', () => {
  it('plans group rows, value rows, names and guarded rate formulas', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const plan = planTemplate(set!, set!.units.find((u) => u.code === '1001')!, parsePeriod('2026-Q1')!)!;
    expect(plan.fileName).toBe('1001_tiny_2026-Q1.xlsx');
    expect(plan.rows.map((r) => `${r.row} ${r.kind} ${r.key}`)).toEqual(['9 group #group:a', '10 value A.01a', '11 value A.01b', '12 value A.01']);
    const rate = plan.valueRows[2];
    expect(rate).toMatchObject({ definedName: 'v_A_01', valueCell: 'G12', required: false, formula: 'IF(COUNT(G10,G11)<2,"",IFERROR(G10/G11*100,""))' });
    expect(planTemplate(set!, set!.units.find((u) => u.code === 'SA')!, parsePeriod('2026-Q1')!)).toBeUndefined();
  });

  it('gives breakdown categories their own rows, names and per-category formulas', async () => {
    const { set } = await loadAndValidateSet('indicators');
    const plan = planTemplate(set!, set!.units.find((u) => u.code === 'VPUBND')!, parsePeriod('2026-Q1')!)!;
    const rows = plan.valueRows.filter((r) => r.indicator.code.startsWith('CCHC.02'));
    expect(rows.map((r) => r.key)).toEqual(['CCHC.02a', 'CCHC.02a|level:tinh', 'CCHC.02a|level:xa', 'CCHC.02b', 'CCHC.02b|level:tinh', 'CCHC.02b|level:xa', 'CCHC.02', 'CCHC.02|level:tinh', 'CCHC.02|level:xa']);
    const [a, , , b, , , total, tinh] = rows;
    expect(total.formula).toBe(`IF(COUNT(${a.valueCell},${b.valueCell})<2,"",IFERROR(${a.valueCell}/${b.valueCell}*100,""))`);
    expect(tinh.formula).toContain(`${rows[1].valueCell}/${rows[4].valueCell}*100`);
    expect(tinh.definedName).toBe('v_CCHC_02__level_tinh');
  });
});

describe('planTemplate: breakdown totals', () => {
  const breakdowns = (exhaustive: string) => `breakdowns:
  - id: level
    name: Theo cấp
    categories:
      - { code: tinh, name: Cấp tỉnh }
      - { code: xa, name: Cấp xã }
  - id: online
    name: Trong đó trực tuyến
    ${exhaustive}
    categories:
      - { code: tt, name: Trực tuyến }
`;
  const group = `id: c
name: Nhóm C
order: 3
indicators:
  - code: C.01
    name: Số hồ sơ
    type: input
    unit: hồ sơ
    value_type: integer
    frequency: quarter
    accumulation: period
    owner: SA
    reported_by: communes
    source: Hệ thống
    definition: Số hồ sơ.
    method: Đếm.
    aggregation: sum
    breakdown: [level, online]
`;

  it('makes the total of an exhaustive breakdown a live SUM of its categories (blank while one is blank), never of an "of which" breakdown', async () => {
    const { set, diagnostics } = await loadAndValidateSet(makeSet({ 'breakdowns.yaml': breakdowns('exhaustive: false'), 'groups/c.yaml': group }));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(set!.breakdowns.map((b) => b.exhaustive)).toEqual([undefined, false]);
    const plan = planTemplate(set!, set!.units.find((u) => u.code === '1001')!, parsePeriod('2026-Q1')!)!;
    const rows = plan.valueRows.filter((r) => r.indicator.code === 'C.01');
    expect(rows.map((r) => r.key)).toEqual(['C.01', 'C.01|level:tinh', 'C.01|level:xa', 'C.01|online:tt']);
    const [total, tinh, xa] = rows;
    expect(total).toMatchObject({ required: false, sumOf: ['C.01|level:tinh', 'C.01|level:xa'], formula: `IF(COUNT(${tinh.valueCell},${xa.valueCell})<2,"",SUM(${tinh.valueCell},${xa.valueCell}))`, formulaInputs: [tinh.valueCell, xa.valueCell] });
    expect(rows.slice(1).every((r) => r.required && !r.formula)).toBe(true);
  });

  it('writes the summed total as a locked, grey formula cell over unlocked category cells', async () => {
    const { set } = await loadAndValidateSet(makeSet({ 'breakdowns.yaml': breakdowns('exhaustive: false'), 'groups/c.yaml': group }));
    const plan = planTemplate(set!, set!.units.find((u) => u.code === '1001')!, parsePeriod('2026-Q1')!)!;
    const path = join(tmp(), plan.fileName);
    writeFileSync(path, await writeTemplate(plan, '0.1.0'));
    const entry = (await dumpWorkbook(path)).sheets.find((s) => s.name === 'Nhập liệu')!;
    const [total, tinh, , online] = plan.valueRows.filter((r) => r.indicator.code === 'C.01');
    expect(entry.cells[total.valueCell]).toMatchObject({ formula: total.formula });
    expect(entry.cells[total.valueCell]).not.toHaveProperty('unlocked');
    expect(entry.cells[total.noteCell]).toMatchObject({ value: 'Tự cộng từ các dòng phân tổ — không nhập' });
    expect(entry.cells[tinh.valueCell]).toHaveProperty('unlocked', true);
    expect(entry.cells[online.valueCell]).toHaveProperty('unlocked', true);
    expect(entry.validations.map((v: { sqref: string }) => v.sqref)).not.toContain(total.valueCell);
  });

  it('keeps a typed total when no breakdown of it is exhaustive', async () => {
    const only = group.replace('breakdown: [level, online]', 'breakdown: [online]');
    const { set } = await loadAndValidateSet(makeSet({ 'breakdowns.yaml': breakdowns('exhaustive: false'), 'groups/c.yaml': only }));
    const plan = planTemplate(set!, set!.units.find((u) => u.code === '1001')!, parsePeriod('2026-Q1')!)!;
    const total = plan.valueRows.find((r) => r.key === 'C.01')!;
    expect(total).toMatchObject({ required: true });
    expect(total.formula).toBeUndefined();
    expect(total.sumOf).toBeUndefined();
  });
});

describe('compile', () => {
  it('writes one workbook per unit that owes data, a manifest, and identical bytes on a second run', () => {
    const out = tmp();
    const r = runCli(['compile', '--period', '2026-Q1', '--out', out]);
    expect(r.code).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    // 14 departments + 96 communes + the 6 central agencies that report province-level indicators.
    expect(files).toHaveLength(116);
    expect(files).toContain('21211_qng-bo-chi-so_2026-Q1.xlsx');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files).toHaveLength(116);
    expect(manifest.files[0]).toMatchObject({ file: files.sort()[0], sha256: sha(join(out, files[0])) });
    const again = tmp();
    expect(runCli(['compile', '--period', '2026-Q1', '--out', again, '--quiet']).code).toBe(0);
    for (const f of files) expect(sha(join(again, f)), f).toBe(sha(join(out, f)));
  });

  it('writes the expected workbook for a commune (dump)', async () => {
    const out = tmp();
    expect(runCli(['compile', '--set', makeSet(), '--period', '2026-Q1', '--out', out, '--unit', '1001']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['1001_tiny_2026-Q1.xlsx', 'manifest.json']);
    const dump = await dumpWorkbook(join(out, '1001_tiny_2026-Q1.xlsx'));
    await expect(JSON.stringify(dump, null, 1)).toMatchFileSnapshot('snapshots/1001_tiny_2026-Q1.json');
    const entry = dump.sheets.find((s) => s.name === 'Nhập liệu')!;
    expect(dump.sheets.map((s) => `${s.name}:${s.state}`)).toEqual(['Hướng dẫn:visible', 'Nhập liệu:visible', '_meta:veryHidden']);
    expect(entry.protection).toBe(true);
    expect(entry.hasPassword).toBe(false);
    expect(dump.names).toEqual({ v_A_01: "'Nhập liệu'!G12", v_A_01a: "'Nhập liệu'!G10", v_A_01b: "'Nhập liệu'!G11" });
    expect(entry.cells.G10).toMatchObject({ unlocked: true, numFmt: '#,##0' });
    expect(entry.cells.G12).toMatchObject({ formula: 'IF(COUNT(G10,G11)<2,"",IFERROR(G10/G11*100,""))' });
    expect(entry.cells.G12).not.toHaveProperty('unlocked');
    expect(entry.validations).toContainEqual({ sqref: 'G11', type: 'whole', operator: 'greaterThanOrEqual', formula1: '1', formula2: undefined });
  });

  it('--lang en writes English sheet names and headings', async () => {
    const out = tmp();
    expect(runCli(['compile', '--set', makeSet(), '--period', '2026-Q1', '--out', out, '--unit', '1001', '--lang', 'en']).code).toBe(0);
    const dump = await dumpWorkbook(join(out, '1001_tiny_2026-Q1.xlsx'));
    expect(dump.sheets.map((s) => s.name)).toEqual(['Instructions', 'Data entry', '_meta']);
    expect(dump.sheets[1].cells.G8).toEqual({ value: 'Value' });
  });

  it('refuses an invalid period (exit 2) and a set with errors (exit 1, nothing written)', () => {
    const out = join(tmp(), 'x');
    const bad = runCli(['compile', '--period', '2026-Q5', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-Qn');
    const broken = makeSet({ 'groups/b.yaml': 'id: b\nname: B\nindicators: []\n' });
    const r = runCli(['compile', '--set', broken, '--period', '2026-Q1', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('schema-length');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite a different file unless --force, and names units owing nothing', () => {
    const out = tmp();
    const set = makeSet();
    const first = runCli(['compile', '--set', set, '--period', '2026-Q1', '--out', out]);
    expect(first.stderr).toContain('SA, SB');
    writeFileSync(join(out, '1002_tiny_2026-Q1.xlsx'), 'edited by hand');
    const r = runCli(['compile', '--set', set, '--period', '2026-Q1', '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['output-exists']);
    expect(readFileSync(join(out, '1002_tiny_2026-Q1.xlsx'), 'utf8')).toBe('edited by hand');
    expect(runCli(['compile', '--set', set, '--period', '2026-Q1', '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(join(out, '1002_tiny_2026-Q1.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses unknown --unit codes', () => {
    const r = runCli(['compile', '--set', makeSet(), '--period', '2026-Q1', '--out', tmp(), '--unit', 'NOPE']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('NOPE');
  });
});
