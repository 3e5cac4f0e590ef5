import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod, planSystemReturn, planTemplate } from '../../src/model/index.js';
import { writeTemplate } from '../../src/template/write-template.js';
import { dumpWorkbook } from '../helpers/dump-workbook.js';
import { makeSet } from '../helpers/make-set.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-'));

describe('planTemplate', () => {
  it('plans group rows, value rows, names and guarded rate formulas', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const plan = planTemplate(
      set!,
      set!.units.find((u) => u.code === '1001')!,
      parsePeriod('2026-Q1')!,
    )!;
    expect(plan.fileName).toBe('1001_tiny_2026-Q1.xlsx');
    expect(plan.rows.map((r) => `${r.row} ${r.kind} ${r.key}`)).toEqual(['10 group #group:a', '11 value A.01a', '12 value A.01b', '13 value A.01']);
    const rate = plan.valueRows[2];
    expect(rate).toMatchObject({ definedName: 'v_A_01', valueCell: 'G13', required: false, formula: 'IF(COUNT(G11,G12)<2,"",IFERROR(G11/G12*100,""))' });
    expect(
      planTemplate(
        set!,
        set!.units.find((u) => u.code === 'SA')!,
        parsePeriod('2026-Q1')!,
      ),
    ).toBeUndefined();
  });

  it('gives breakdown categories their own rows, names and per-category formulas', async () => {
    // CCHC.02 (by level) is taken from the administrative-procedure system: laid out as the return collected for VPUBND.
    const { set } = await loadAndValidateSet('indicators');
    const vpubnd = set!.units.find((u) => u.code === 'VPUBND')!;
    const q1 = parsePeriod('2026-Q1')!;
    expect(planTemplate(set!, vpubnd, q1)!.valueRows.filter((r) => /^CCHC\.0[1-4]/.test(r.indicator.code))).toEqual([]); // not on its form
    const plan = planSystemReturn(set!, vpubnd, q1, 'TTHC')!;
    const rows = plan.valueRows.filter((r) => r.indicator.code.startsWith('CCHC.02'));
    expect(rows.map((r) => r.key)).toEqual([
      'CCHC.02a',
      'CCHC.02a|level:tinh',
      'CCHC.02a|level:xa',
      'CCHC.02b',
      'CCHC.02b|level:tinh',
      'CCHC.02b|level:xa',
      'CCHC.02',
      'CCHC.02|level:tinh',
      'CCHC.02|level:xa',
    ]);
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
    const plan = planTemplate(
      set!,
      set!.units.find((u) => u.code === '1001')!,
      parsePeriod('2026-Q1')!,
    )!;
    const rows = plan.valueRows.filter((r) => r.indicator.code === 'C.01');
    expect(rows.map((r) => r.key)).toEqual(['C.01', 'C.01|level:tinh', 'C.01|level:xa', 'C.01|online:tt']);
    const [total, tinh, xa] = rows;
    expect(total).toMatchObject({
      required: false,
      sumOf: ['C.01|level:tinh', 'C.01|level:xa'],
      formula: `IF(COUNT(${tinh.valueCell},${xa.valueCell})<2,"",SUM(${tinh.valueCell},${xa.valueCell}))`,
      formulaInputs: [tinh.valueCell, xa.valueCell],
    });
    expect(rows.slice(1).every((r) => r.required && !r.formula)).toBe(true);
  });

  it('writes the summed total as a locked, grey formula cell over unlocked category cells', async () => {
    const { set } = await loadAndValidateSet(makeSet({ 'breakdowns.yaml': breakdowns('exhaustive: false'), 'groups/c.yaml': group }));
    const plan = planTemplate(
      set!,
      set!.units.find((u) => u.code === '1001')!,
      parsePeriod('2026-Q1')!,
    )!;
    const path = join(tmp(), plan.fileName);
    writeFileSync(path, await writeTemplate(plan, '0.1.0'));
    const entry = (await dumpWorkbook(path)).sheets.find((s) => s.name === 'Nhập liệu')!;
    const [total, tinh, , online] = plan.valueRows.filter((r) => r.indicator.code === 'C.01');
    expect(entry.cells[total.valueCell]).toMatchObject({ formula: total.formula });
    expect(entry.cells[total.valueCell]).not.toHaveProperty('unlocked');
    expect(entry.cells[total.noteCell]).toMatchObject({ value: 'Tự cộng từ các dòng phân tổ — không nhập' });
    expect(entry.cells[tinh.valueCell]).toHaveProperty('unlocked', true);
    expect(entry.cells[online.valueCell]).toHaveProperty('unlocked', true);
    expect(entry.validations.map((v: { sqref?: string }) => v.sqref)).not.toContain(total.valueCell);
  });

  it('keeps a typed total when no breakdown of it is exhaustive', async () => {
    const only = group.replace('breakdown: [level, online]', 'breakdown: [online]');
    const { set } = await loadAndValidateSet(makeSet({ 'breakdowns.yaml': breakdowns('exhaustive: false'), 'groups/c.yaml': only }));
    const plan = planTemplate(
      set!,
      set!.units.find((u) => u.code === '1001')!,
      parsePeriod('2026-Q1')!,
    )!;
    const total = plan.valueRows.find((r) => r.key === 'C.01')!;
    expect(total).toMatchObject({ required: true });
    expect(total.formula).toBeUndefined();
    expect(total.sumOf).toBeUndefined();
  });
});
