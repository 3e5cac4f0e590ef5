import { describe, expect, it } from 'vitest';
import { cliText } from '../../src/i18n/cli.js';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { planTemplates } from '../../src/template/compile.js';

const { set } = await loadAndValidateSet('indicators');

describe('a unit that owes only system indicators', () => {
  it('gets no template and is told its figures come from the system, not that it owes nothing', () => {
    const { plans, owingNothing, fromSystems } = planTemplates(set!, parsePeriod('2026-Q1')!, 'vi');
    expect(plans.map((p) => p.unit.code)).not.toContain('BQLKKT');
    expect(owingNothing.map((u) => u.code)).not.toContain('BQLKKT');
    expect(fromSystems.find((u) => u.unit.code === 'BQLKKT')?.systems).toEqual(['TTHC']);
  });

  it('is named in compile’s summary, grouped by system', () => {
    const counts = { written: 3, unchanged: 0, period: '2026-Q1', out: 'out', owingNothing: [], fromSystems: [{ units: ['BQLKKT'], systems: ['TTHC'] }] };
    expect(cliText('vi').compile.done(counts)).toContain('1 đơn vị không cần biểu mẫu kỳ này, số liệu lấy từ hệ thống TTHC (indicators collect): BQLKKT.');
    expect(cliText('en').compile.done(counts)).toContain('1 unit(s) need no template this period, their figures come from system TTHC (indicators collect): BQLKKT.');
    expect(cliText('en').compile.done(counts)).not.toContain('owe nothing');
  });
});
