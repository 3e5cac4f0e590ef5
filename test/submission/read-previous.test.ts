import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet } from '../../src/model/index.js';
import { parsePeriod } from '../../src/model/period.js';
import { checkSubmissions } from '../../src/submission/check-submissions.js';
import { DatasetError, previousWarnings, readDataset, type DatasetRow } from '../../src/submission/read-previous.js';
import { makeSet } from '../helpers/make-set.js';

const row = (set_id: string, period: string): DatasetRow => ({
  set_id,
  set_version: '1.0.0',
  period,
  unit_code: '1001',
  unit_name: 'Xã Một',
  indicator_code: 'A.01a',
  breakdown: '',
  category: '',
  value: '5',
  unit_of_measure: 'hồ sơ',
  status: 'accepted',
  source_file: 'x.xlsx',
  source_sha256: 'abc',
});
const codes = (rows: DatasetRow[], period: string) => previousWarnings('prev.csv', rows, 'tiny', [parsePeriod(period)!]).map((d) => [d.code, d.params?.found]);

describe('previousWarnings', () => {
  it('accepts the period before, or the same period of the previous year', () => {
    expect(codes([row('tiny', '2025-Q4')], '2026-Q1')).toEqual([]);
    expect(codes([row('tiny', '2025-Q1')], '2026-Q1')).toEqual([]);
    expect(codes([row('tiny', '2025')], '2026')).toEqual([]);
  });

  it('warns about another set, another period, and a dataset with no rows', () => {
    expect(codes([row('other', '2025-Q4')], '2026-Q1')).toEqual([['previous-other-set', 'other']]);
    expect(codes([row('tiny', '2026-Q1')], '2026-Q1')).toEqual([['previous-other-period', '2026-Q1']]);
    expect(codes([row('tiny', '2025-Q3'), row('tiny', '2025-Q2')], '2026-Q1')).toEqual([['previous-other-period', '2025-Q2, 2025-Q3']]);
    expect(codes([], '2026-Q1')).toEqual([['previous-other-period', '—']]);
  });
});

describe('readDataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'previous-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('refuses what is not a dataset with a DatasetError naming the file and the reason', async () => {
    for (const [file, reason] of [
      [join(dir, 'none.csv'), 'ENOENT'],
      [dir, 'EISDIR'],
      [write('received.csv', 'file,received\na.xlsx,18/03/2026\n'), 'set_id'],
      [write('broken.json', '{"rows": ['), 'JSON'],
      [write('object.json', '{"data": 1}'), 'JSON'],
      [write('numbers.json', '[1, 2]'), 'row 1'],
      [write('null-row.json', '{"rows": [{"set_id": "tiny"}, null]}'), 'row 2'],
    ]) {
      const error = await readDataset(file).catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).path).toBe(file);
      expect((error as DatasetError).reason).toContain(reason);
    }
  });

  it('reads dataset.json as an array or { rows }', async () => {
    const rows = [row('tiny', '2025-Q4')];
    expect(await readDataset(write('a.json', JSON.stringify(rows)))).toEqual(rows);
    expect(await readDataset(write('b.json', JSON.stringify({ rows })))).toEqual(rows);
  });
});

describe('checkSubmissions with a --previous of another set', () => {
  it('never compares with it (the warning says it is not used)', async () => {
    const group = [
      'id: d',
      'name: Nhóm D',
      'order: 4',
      'indicators:',
      '  - { code: D.01, name: Số cuộc họp, type: process, unit: cuộc, value_type: integer, frequency: quarter, accumulation: period, owner: SA, reported_by: communes, source: Báo cáo, definition: Đếm., method: Đếm., aggregation: sum, constraints: { max_change_pct: 10 } }',
    ].join('\n');
    const { set } = await loadAndValidateSet(makeSet({ 'groups/d.yaml': group }));
    const inbox = mkdtempSync(join(tmpdir(), 'previous-inbox-'));
    writeFileSync(join(inbox, '1001_tiny_2026-Q2.csv'), 'code;value\nA.01a;60\nA.01b;90\nA.01;\nD.01;500\n');
    const previous = (setId: string) => [{ ...row(setId, '2026-Q1'), indicator_code: 'D.01', value: '100' }];
    const jumps = async (setId: string) =>
      (await checkSubmissions({ set: set!, inputs: [inbox], previous: previous(setId) })).results[0].diagnostics.map((d) => d.code).filter((c) => c === 'previous-period-jump');
    expect(await jumps('tiny')).toEqual(['previous-period-jump']);
    expect(await jumps('other')).toEqual([]);
  });
});
