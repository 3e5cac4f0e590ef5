// Issue 11, validate: a YAML syntax error in one file must not hide what can still be known about the others, and one
// unclosed bracket is one error, not one per later line.
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet } from '../../src/model/index.js';
import { TINY_SET, makeSet } from '../helpers/make-set.js';

/** Group b with an unclosed flow mapping in its first indicator (line 15), followed by many more lines. */
const BROKEN_B = TINY_SET['groups/b.yaml']
  .replace('aggregation: sum\n', 'aggregation: sum\n    constraints: { min: 0, max: 10\n')
  .concat(
    Array.from(
      { length: 6 },
      (_, i) =>
        [`  - code: B.1${i}`, `    name: Chỉ số ${i}`, '    type: process', '    unit: hệ thống', '    value_type: integer', '    frequency: year', '    accumulation: stock', '    owner: SB'].join(
          '\n',
        ) + '\n',
    ).join(''),
  );

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const codesOf = (diagnostics: { code: string; location: { file: string; line?: number } }[]) =>
  diagnostics.map((d) => `${d.code}@${d.location.file.replace(/^.*indicators-set-[^/\\]+[/\\]/, '').replace(/\\/g, '/')}:${d.location.line ?? ''}`);

describe('validate with a file that does not parse', () => {
  it('reports one yaml-syntax error for an unclosed bracket, at the line that opens it', async () => {
    const { diagnostics } = await loadAndValidateSet(makeSet({ 'groups/b.yaml': BROKEN_B }));
    expect(codesOf(diagnostics)).toEqual([`yaml-syntax@groups/b.yaml:${lineOf(BROKEN_B, 'constraints: {')}`]);
    expect(diagnostics[0].location.column).toBe(18);
  });

  it('still reports a formula code that appears nowhere, not even in the broken file', async () => {
    const a = TINY_SET['groups/a.yaml'].replace('formula: A.01a / A.01b * 100', 'formula: A.01a / Z.99 * 100');
    const { diagnostics } = await loadAndValidateSet(makeSet({ 'groups/a.yaml': a, 'groups/b.yaml': BROKEN_B }));
    expect(codesOf(diagnostics)).toEqual([`unknown-indicator@groups/a.yaml:${lineOf(a, 'formula:')}`, `yaml-syntax@groups/b.yaml:${lineOf(BROKEN_B, 'constraints: {')}`]);
    expect(diagnostics[0].params).toMatchObject({ code: 'Z.99' });
  });

  it('does not call unknown a code written in the broken file (it may be declared there)', async () => {
    const a = TINY_SET['groups/a.yaml'].replace('formula: A.01a / A.01b * 100', 'formula: A.01a / B.13 * 100');
    const { diagnostics } = await loadAndValidateSet(makeSet({ 'groups/a.yaml': a, 'groups/b.yaml': BROKEN_B }));
    expect(codesOf(diagnostics).filter((c) => c.startsWith('unknown-'))).toEqual([]);
  });

  it('checks rule expressions against a broken group file, and owners against a broken agencies.yaml', async () => {
    const rules = TINY_SET['rules.yaml'].replace('A.01a <= A.01b', 'A.01a <= Q.42');
    const withRule = await loadAndValidateSet(makeSet({ 'groups/b.yaml': BROKEN_B, 'rules.yaml': rules }));
    expect(codesOf(withRule.diagnostics)).toEqual([`yaml-syntax@groups/b.yaml:${lineOf(BROKEN_B, 'constraints: {')}`, `unknown-indicator@rules.yaml:${lineOf(rules, 'expr:')}`]);
    const agencies = TINY_SET['agencies.yaml'].replace('{ code: SA, name: Sở A }', '{ code: SA, name: Sở A');
    const a = TINY_SET['groups/a.yaml'].replace('owner: SA', 'owner: SX');
    const { diagnostics } = await loadAndValidateSet(makeSet({ 'agencies.yaml': agencies, 'groups/a.yaml': a }));
    const unknown = diagnostics.filter((d) => d.code === 'unknown-agency');
    expect(unknown.map((d) => [d.params?.code, d.location.line])).toEqual([['SX', lineOf(a, 'owner: SX')]]);
    expect(diagnostics.filter((d) => d.code === 'yaml-syntax')).toHaveLength(1);
  });
});
