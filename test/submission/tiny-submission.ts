import ExcelJS from 'exceljs';
import { dedent } from '../helpers/dedent.js';
import { makeSet } from '../helpers/make-set.js';
import { loadAndValidateSet, parsePeriod, planTemplate, type IndicatorSet, type TemplatePlan } from '../../src/model/index.js';
import { writeTemplate } from '../../src/template/write-template.js';

/** The tiny set plus a group with a breakdown total (sum) and a year-to-date decimal with max_change_pct. */
export const GROUP_C = dedent(`
  id: c
  name: Nhóm C
  order: 3
  indicators:
    - code: C.01
      name: Số doanh nghiệp
      type: result
      unit: doanh nghiệp
      value_type: integer
      frequency: quarter
      accumulation: stock
      owner: SA
      reported_by: communes
      source: Đăng ký kinh doanh
      definition: Số doanh nghiệp đang hoạt động.
      method: Đếm.
      aggregation: sum
      breakdown: [level]
    - code: C.02
      name: Vốn giải ngân lũy kế
      type: result
      unit: tỷ đồng
      value_type: decimal
      frequency: quarter
      accumulation: year-to-date
      owner: SA
      reported_by: communes
      source: Kho bạc
      definition: Vốn đầu tư công đã giải ngân từ đầu năm.
      method: Cộng dồn.
      aggregation: sum
      constraints: { min: 0, max_change_pct: 50 }
`);

export interface TinyFixture {
  set: IndicatorSet;
  plan: TemplatePlan;
  template: Buffer;
}

export async function tinyFixture(periodId = '2026-Q2', unitCode = '1001', overrides: Record<string, string> = {}): Promise<TinyFixture> {
  const { set, diagnostics } = await loadAndValidateSet(makeSet({ 'groups/c.yaml': GROUP_C, ...overrides }));
  if (!set || diagnostics.some((d) => d.severity === 'error')) throw new Error(JSON.stringify(diagnostics, null, 1));
  const plan = planTemplate(
    set,
    set.units.find((u) => u.code === unitCode)!,
    parsePeriod(periodId)!,
    'vi',
  )!;
  return { set, plan, template: await writeTemplate(plan, '0.1.0') };
}

/**
 * Plausible values of the commune form: 60 of 90 applications online, 12 businesses (5 + 7: the total is the
 * template's SUM of its categories, not typed), 3.5 billion.
 */
export const GOOD: Record<string, number> = { 'A.01a': 60, 'A.01b': 90, 'C.01|level:tinh': 5, 'C.01|level:xa': 7, 'C.02': 3.5 };

/** Fills the template with GOOD values, applies `edit`, returns the xlsx bytes. */
export async function filled(fx: TinyFixture, edit?: (ws: ExcelJS.Worksheet, cellOf: (key: string) => ExcelJS.Cell, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fx.template as never);
  const ws = wb.getWorksheet('Nhập liệu')!;
  const cellOf = (key: string) => ws.getCell(fx.plan.valueRows.find((r) => r.key === key)!.valueCell);
  for (const [key, value] of Object.entries(GOOD)) cellOf(key).value = value;
  edit?.(ws, cellOf, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
