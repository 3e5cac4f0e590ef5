// The parser's fast paths (issue 17): the alias walk skipped when no alias can be in the file, and the parse run
// against a plain copy of process.env. Both must leave the results exactly as they were.
import { describe, expect, it } from 'vitest';
import { mayHoldAlias, parseYaml } from '../../src/yaml/parse-yaml.js';

describe('mayHoldAlias', () => {
  it('matches every place an alias can start', () => {
    for (const text of ['b: *x\n', '*x: 1\n', '- *x\n', 'a: [1,*x]\n', 'a: [*x]\n', 'a: {"k":*x}\n', 'a: {k: *x}\n', '? *x\n: 1\n', 'a:\n\t*x\n'])
      expect(mayHoldAlias(text), JSON.stringify(text)).toBe(true);
  });

  it('does not match a formula or a star inside a word', () => {
    for (const text of ['formula: A.01a / A.01b * 100\n', 'x: 5*3\n', 'note: "a*b"\n']) expect(mayHoldAlias(text), JSON.stringify(text)).toBe(false);
  });
});

describe('parseYaml', () => {
  it('still reports an alias in a file without other errors, with its place', () => {
    const parsed = parseYaml('a.yaml', 'base: &b 1\nformula: A / B * 100\ncopy: *b\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => [d.code, d.location.line, d.location.column])).toEqual([['yaml-alias', 3, 7]]);
  });

  it('returns the value of a file whose stars are not aliases', () => {
    expect(parseYaml('a.yaml', 'formula: A / B * 100\nx: 5*3\n')).toMatchObject({ value: { formula: 'A / B * 100', x: '5*3' }, diagnostics: [] });
  });

  it('puts process.env back as it was, the same object with the same variables', () => {
    const env = process.env;
    const before = { ...env };
    parseYaml('a.yaml', 'a: 1\n');
    parseYaml('b.yaml', 'a: [\n');
    expect(process.env).toBe(env);
    expect({ ...process.env }).toEqual(before);
  });
});
