import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { formatCheckResults } from '../../src/formatters/check-results.js';
import type { SubmissionResult } from '../../src/model/submission-types.js';

const problem: Diagnostic = {
  code: 'formula-overwritten',
  severity: 'error',
  message: 'Ô công thức bị thay bằng số',
  location: { file: 'inbox/b.xlsx', sheet: 'Nhập liệu', cell: 'G17' },
  params: { code: 'A.01' },
};
const result = (file: string, status: SubmissionResult['status'], diagnostics: Diagnostic[] = []): SubmissionResult => ({
  file,
  sha256: '',
  status,
  unit: '21211',
  period: '2026-Q1',
  setVersion: '1.0.0',
  diagnostics,
  values: new Map(),
  notes: new Map(),
});
const RESULTS = [result('inbox/a.xlsx', 'accepted'), result('inbox/b.xlsx', 'rejected', [problem]), result('inbox/c.xlsx', 'unreadable')];
const runWarning: Diagnostic = { code: 'previous-other-period', severity: 'warning', message: 'previous', location: { file: 'old/dataset.csv' } };

describe('formatCheckResults', () => {
  it('json: one entry per file (unreadable counts as rejected), the run diagnostics apart, params left out', () => {
    const out = JSON.parse(formatCheckResults(RESULTS, [runWarning], 'json', { color: false, lang: 'vi' }));
    expect(out.files.map((f: { status: string }) => f.status)).toEqual(['accepted', 'rejected', 'rejected']);
    expect(out.files[1].diagnostics[0]).not.toHaveProperty('params');
    expect(out.diagnostics).toEqual([runWarning]);
    expect(out.summary).toEqual({ files: 3, accepted: 1, rejected: 2 });
  });

  it('stylish: the diagnostics (the run first), then one line per file in the language asked', () => {
    const vi = formatCheckResults(RESULTS, [runWarning], 'stylish', { color: false, lang: 'vi' });
    expect(vi.indexOf('old/dataset.csv')).toBeLessThan(vi.indexOf('inbox/b.xlsx:Nhập liệu!G17'));
    expect(vi).toContain('✖ bị từ chối       inbox/b.xlsx  (21211, 2026-Q1)');
    expect(vi.trimEnd().split('\n').at(-3)).toBe('✔ hợp lệ           inbox/a.xlsx  (21211, 2026-Q1)');
    expect(formatCheckResults(RESULTS, [], 'stylish', { color: false, lang: 'en' })).toContain('✖ unreadable       inbox/c.xlsx');
  });

  it('github and sarif: every diagnostic and no file lines', () => {
    const github = formatCheckResults(RESULTS, [runWarning], 'github', { color: false, lang: 'vi' });
    expect(github.trimEnd().split('\n')).toHaveLength(2);
    expect(JSON.parse(formatCheckResults(RESULTS, [runWarning], 'sarif', { color: false, lang: 'en' })).runs[0].results).toHaveLength(2);
  });
});
