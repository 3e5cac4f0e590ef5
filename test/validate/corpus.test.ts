import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet } from '../../src/model/index.js';
import { makeSet } from '../helpers/make-set.js';
import { CASES, applyEdits } from './corpus-cases.js';

describe('broken sets: each code at its file, line and column', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = makeSet(applyEdits(c.edits));
    const { diagnostics } = await loadAndValidateSet(dir);
    const found = diagnostics.map((d) => ({
      code: d.code,
      file: relative(dir, d.location.file),
      line: d.location.line ?? 0,
      column: d.location.column ?? 0,
    }));
    expect(found).toContainEqual({ code: c.code, file: c.file, line: c.line, column: c.column });
  });

  it('reports a YAML error in one file and schema errors in another in one run', async () => {
    const dir = makeSet(
      applyEdits({
        'units.yaml': ['{ code: SA, name: Sở A, kind: department }', '{ code: SA, name: Sở A, kind: department'],
        'groups/a.yaml': [
          'frequency: quarter\n    accumulation: period\n    owner: SA\n    reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Số hồ sơ nộp',
          'frequency: quaterly\n    accumulation: period\n    owner: SA\n    reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Số hồ sơ nộp',
        ],
        'set.yaml': ['version: 1.0.0', 'version: v1'],
      }),
    );
    const { diagnostics } = await loadAndValidateSet(dir);
    const codes = diagnostics.map((d) => `${relative(dir, d.location.file)} ${d.code}`);
    expect(codes).toEqual(expect.arrayContaining(['units.yaml yaml-syntax', 'groups/a.yaml schema-enum', 'set.yaml schema-pattern']));
  });
});
