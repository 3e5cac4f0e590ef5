import { describe, expect, it } from 'vitest';
import { formatDiff } from '../../src/cli/commands/diff.js';
import { loadAndValidateSet } from '../../src/model/index.js';
import { diffSets, diffSize } from '../../src/model/diff-sets.js';
import { SYSTEM_FILES, makeSystemSet } from '../helpers/system-set.js';

const load = async (overrides: Record<string, string | null> = {}) => (await loadAndValidateSet(makeSystemSet(overrides))).set!;
const C = SYSTEM_FILES['groups/c.yaml'];
const SYSTEMS = SYSTEM_FILES['systems.yaml'];

describe('diff of the 7146 attributes and of systems.yaml', () => {
  it('reports changes to collection, system, sharing, legal basis, baseline, milestones, warning, component and higher code', async () => {
    const older = await load();
    const newer = await load({
      'groups/c.yaml': C.replace('sharing: shared', 'sharing: open')
        .replace('legal_basis: [QĐ 766/QĐ-TTg, NQ 131/NQ-CP]', 'legal_basis: [QĐ 766/QĐ-TTg]')
        .replace('value: 1200, year: 2024', 'value: 1250, year: 2024')
        .replace('{ year: 2026, value: 1800 }', '{ year: 2026, value: 1900 }')
        .replace('warning: { below: 1000 }', 'warning: { below: 1100 }')
        .replace('higher_code: QG.05', 'higher_code: QG.06')
        .replace('    component: true\n', '')
        .replace('    collection: system\n    system: TTHC\n', ''),
      'systems.yaml': SYSTEMS.replace('owner: SA', 'owner: SB') + '  - { id: DCQG, name: Cơ sở dữ liệu quốc gia về dân cư, owner: SB }\n',
    });
    const d = diffSets(older, newer);
    expect(d.changed).toEqual(
      expect.arrayContaining([
        { code: 'C.01', field: 'collection', from: 'system', to: 'form' },
        { code: 'C.01', field: 'system', from: 'TTHC', to: '' },
        { code: 'C.01', field: 'sharing', from: 'shared', to: 'open' },
        { code: 'C.01', field: 'legal_basis', from: 'QĐ 766/QĐ-TTg, NQ 131/NQ-CP', to: 'QĐ 766/QĐ-TTg' },
        { code: 'C.01', field: 'baseline', from: 'value=1200, year=2024, source=Báo cáo 78/BC-UBND năm 2024', to: 'value=1250, year=2024, source=Báo cáo 78/BC-UBND năm 2024' },
        { code: 'C.01', field: 'milestones', from: '2025=1500, 2026=1800', to: '2025=1500, 2026=1900' },
        { code: 'C.01', field: 'warning', from: 'below=1000', to: 'below=1100' },
        { code: 'C.01', field: 'higher_code', from: 'QG.05', to: 'QG.06' },
        { code: 'C.02', field: 'component', from: 'true', to: '' },
      ]),
    );
    expect(d.systems).toEqual({ added: ['DCQG'], removed: [], changed: [{ id: 'TTHC', field: 'owner', from: 'SA', to: 'SB' }] });
    expect(diffSize(d)).toBe(d.changed.length + 2);
    const text = formatDiff(d);
    expect(text).toContain('~ C.01  mã cấp trên: "QG.05" → "QG.06"');
    expect(text).toContain('+ hệ thống DCQG  (thêm)');
    expect(text).toContain('~ hệ thống TTHC  cơ quan quản lý: "SA" → "SB"');
  });

  it('a removed systems.yaml removes its systems; the same set has no changes', async () => {
    const set = await load();
    expect(diffSize(diffSets(set, await load()))).toBe(0);
    const without = await load({ 'systems.yaml': null, 'groups/c.yaml': C.replace('    collection: system\n    system: TTHC\n', '') });
    expect(diffSets(set, without).systems).toEqual({ added: [], removed: ['TTHC'], changed: [] });
  });
});
