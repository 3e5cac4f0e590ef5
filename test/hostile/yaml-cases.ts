// Indicator sets edited by many hands, or by someone hostile: each case is the tiny set with one file replaced.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSet, TINY_SET } from '../helpers/make-set.js';
import type { HostileCase } from './hostile-case.js';

const A = TINY_SET['groups/a.yaml'];

function derivedChain(count: number): string {
  const lines = ['id: c', 'name: Nhóm vòng', 'order: 3', 'indicators:'];
  const code = (i: number) => `C.${String(i % count).padStart(4, '0')}`;
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - { code: ${code(i)}, name: Chỉ số vòng ${i}, type: result, unit: hồ sơ, value_type: integer, frequency: quarter, accumulation: period, owner: SA, reported_by: communes, source: Tính, definition: Vòng., method: Cộng., aggregation: none, formula: ${code(i + 1)} + A.01a }`,
    );
  }
  return lines.join('\n') + '\n';
}

export function yamlCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, code: string, overrides: Record<string, string>, raw?: (dir: string) => void) => {
    const dir = makeSet(overrides);
    raw?.(dir);
    cases.push({ name, group: 'yaml', args: ['validate', '--set', dir], code });
  };
  const laughs = ['lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++)
    laughs.push(
      `l${i}: &${'a'.repeat(i + 1)} [${Array(9)
        .fill(`*${'a'.repeat(i)}`)
        .join(', ')}]`,
    );
  add('yaml-billion-laughs', 'yaml-alias', { 'groups/c.yaml': laughs.join('\n') + '\n' });
  add('yaml-10-mb', 'file-too-large', { 'groups/c.yaml': `# ${'x'.repeat(100)}\n`.repeat(100_000) + 'id: c\n' });
  add('yaml-proto-key', 'schema-unknown-property', { 'groups/a.yaml': A.replace('order: 1\n', 'order: 1\n__proto__: { polluted: true }\n') });
  add('yaml-constructor-key', 'schema-unknown-property', { 'groups/a.yaml': A.replace('    unit: hồ sơ\n', '    unit: hồ sơ\n    constructor: Function\n') });
  add('yaml-duplicate-keys', 'yaml-duplicate-key', { 'groups/a.yaml': A.replace('order: 1\n', 'order: 1\norder: 2\n') });
  add('yaml-not-utf8', 'file-unreadable', {}, (dir) =>
    writeFileSync(join(dir, 'groups/a.yaml'), Buffer.concat([Buffer.from('id: a\nname: Nh'), Buffer.from([0xf3, 0x6d, 0xff, 0xfe]), Buffer.from('\norder: 1\n')])),
  );
  add('yaml-formula-10000-terms', 'formula-syntax', { 'groups/a.yaml': A.replace('formula: A.01a / A.01b * 100', `formula: ${Array(9_999).fill('A.01a').join(' + ')} + A.99`) });
  add('yaml-formula-10000-deep', 'formula-syntax', { 'groups/a.yaml': A.replace('formula: A.01a / A.01b * 100', `formula: "${'('.repeat(10_000)}A.01a${')'.repeat(10_000)}"`) });
  add('yaml-cycle-1000', 'formula-cycle', { 'groups/c.yaml': derivedChain(1_000) });
  return cases;
}
