import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../src/submission/check-workbook.js';
import { readWorkbook } from '../../src/submission/read-workbook.js';
import type { RawWorkbook } from '../../src/submission/workbook-types.js';
import { SYSTEM_FILES } from '../helpers/system-set.js';
import { filled, tinyFixture } from './tiny-submission.js';

// The tiny set's commune form, plus a group D whose D.01 communes "report" through the TTHC system (collection: system).
const GROUP_D = SYSTEM_FILES['groups/c.yaml'].replace('id: c', 'id: d').replace('name: Nhóm C', 'name: Nhóm D').replace('order: 3', 'order: 4').replaceAll('C.0', 'D.0');

describe('a return is not asked for system indicators', () => {
  it('the commune form leaves D.01 out, and a filled form is accepted without a missing D.01', async () => {
    const fx = await tinyFixture('2026-Q2', '1001', { 'systems.yaml': SYSTEM_FILES['systems.yaml'], 'groups/d.yaml': GROUP_D });
    expect(fx.set.indicators.map((i) => i.code)).toContain('D.01');
    expect(fx.plan.valueRows.map((r) => r.indicator.code)).not.toContain('D.01');
    const r = checkWorkbook('1001_tiny_2026-Q2.xlsx', readWorkbook(await filled(fx)) as RawWorkbook, { set: fx.set });
    expect(r.diagnostics).toEqual([]);
    expect(r.values.has('D.01')).toBe(false);
  });
});
