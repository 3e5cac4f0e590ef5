import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countIndicators, indicatorsOwed, isOnForms, loadAndValidateSet, planObligations, systemOf, unitsOwing } from '../../src/model/index.js';
import { SYSTEM_FILES, makeSystemSet } from '../helpers/system-set.js';

const C = 'groups/c.yaml';
const edit = (file: string, from: string, to: string): Record<string, string> => {
  const text = SYSTEM_FILES[file];
  if (!text.includes(from)) throw new Error(`edit not found in ${file}: ${from}`);
  return { [file]: text.replace(from, to) };
};
/** code, file, line and column of each diagnostic. */
async function found(overrides: Record<string, string | null> = {}) {
  const dir = makeSystemSet(overrides);
  const { set, diagnostics } = await loadAndValidateSet(dir);
  return { set, found: diagnostics.map((d) => ({ code: d.code, file: relative(dir, d.location.file), line: d.location.line ?? 0, column: d.location.column ?? 0, message: d.message })) };
}

describe('systems.yaml and the 7146 attributes', () => {
  it('a set with a system indicator, sharing, legal basis, baseline, milestones and a component validates clean', async () => {
    const { set, found: diagnostics } = await found();
    expect(diagnostics).toEqual([]);
    expect(set!.systems).toEqual([expect.objectContaining({ id: 'TTHC', owner: 'SA' })]);
    const c01 = set!.indicators.find((i) => i.code === 'C.01')!;
    expect(c01).toMatchObject({ collection: 'system', system: 'TTHC', sharing: 'shared', baseline: { value: 1200, year: 2024 }, higher_code: 'QG.05' });
    expect(isOnForms(c01)).toBe(false);
    expect(systemOf(c01, set!)?.name).toMatch(/thủ tục hành chính/);
    expect(countIndicators(set!.indicators)).toEqual({ indicators: 5, components: 1 });
  });

  it('no unit owes a system indicator on its form, yet the units that owe it are known', async () => {
    const { set } = await found();
    const commune = set!.units.find((u) => u.code === '1001')!;
    expect(indicatorsOwed(set!, commune).map((i) => i.code)).toEqual(['A.01a', 'A.01b', 'A.01']);
    expect(
      planObligations(set!)
        .find((o) => o.unit.code === '1001')!
        .indicators.map((i) => i.code),
    ).not.toContain('C.01');
    expect(
      unitsOwing(
        set!,
        set!.indicators.find((i) => i.code === 'C.01')!,
      ),
    ).toEqual(['1001', '1002', '1003']);
  });

  it('the set content hash covers systems.yaml', async () => {
    const a = (await found()).set!.contentHash;
    const b = (await found(edit('systems.yaml', 'owner: SA', 'owner: SB'))).set!.contentHash;
    expect(a).not.toBe(b);
  });

  it.each([
    ['unknown system', edit(C, 'system: TTHC', 'system: TTHX'), 'unknown-system', C, 19, 13],
    ['system indicator without a system', edit(C, '    system: TTHC\n', ''), 'system-missing', C, 18, 17],
    ['system on a form indicator', edit(C, '    sharing: restricted\n', '    sharing: restricted\n    system: TTHC\n'), 'system-on-form-indicator', C, 45, 13],
    ['system.yaml without the system', { 'systems.yaml': null }, 'unknown-system', C, 19, 13],
    [
      'duplicate system id',
      edit('systems.yaml', '    description: Hồ sơ thủ tục hành chính tiếp nhận và giải quyết.\n', '    description: Hồ sơ.\n  - { id: TTHC, name: Khác, owner: SB }\n'),
      'duplicate-code',
      'systems.yaml',
      9,
      11,
    ],
    ['system owner not an agency', edit('systems.yaml', 'owner: SA', 'owner: VPUB'), 'unknown-system-owner', 'systems.yaml', 5, 12],
    ['milestones out of order', edit(C, '{ year: 2025, value: 1500 }\n      - { year: 2026', '{ year: 2026, value: 1500 }\n      - { year: 2025'), 'milestone-order', C, 25, 17],
    ['milestones with a year twice', edit(C, '{ year: 2026, value: 1800 }', '{ year: 2025, value: 1800 }'), 'milestone-order', C, 25, 17],
    ['milestone after the target year', edit(C, '{ year: 2026, value: 1800 }', '{ year: 2028, value: 1800 }'), 'milestone-outside', C, 25, 17],
    ['milestone in the baseline year', edit(C, '{ year: 2025, value: 1500 }', '{ year: 2024, value: 1500 }'), 'milestone-outside', C, 24, 17],
    ['baseline after the target year', edit(C, 'year: 2024, source', 'year: 2028, source'), 'baseline-after-target', C, 22, 36],
    ['warning thresholds that cross', edit(C, 'warning: { below: 1000 }', 'warning: { below: 1000, above: 900 }'), 'warning-thresholds-cross', C, 26, 14],
    ['warning below a higher-is-better target', edit(C, 'warning: { below: 1000 }', 'warning: { below: 2500 }'), 'warning-beyond-target', C, 26, 23],
    ['composite type', edit(C, 'type: output', 'type: composite'), 'type-composite', C, 7, 11],
    ['sharing level not in the list', edit(C, 'sharing: shared', 'sharing: public'), 'schema-enum', C, 20, 14],
  ] as const)('%s', async (_name, overrides, code, file, line, column) => {
    const { found: diagnostics } = await found(overrides);
    expect(diagnostics.map(({ code, file, line, column }) => ({ code, file, line, column }))).toContainEqual({ code, file, line, column });
  });

  it('messages name the indicator, the system and how to fix it', async () => {
    const { found: diagnostics } = await found(edit(C, 'system: TTHC', 'system: TTHX'));
    const d = diagnostics.find((x) => x.code === 'unknown-system')!;
    expect(d.message).toContain('C.01');
    expect(d.message).toContain('TTHX');
  });
});
