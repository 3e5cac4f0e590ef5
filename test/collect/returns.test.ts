import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainNumber, planReturns } from '../../src/collect/plan-returns.js';
import { formatReturn } from '../../src/collect/write-returns.js';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { combineDerived } from '../../src/report/combine-derived.js';
import { checkSubmissions } from '../../src/submission/check-submissions.js';
import { tinySystemSet } from './tiny-system-set.js';

describe('a collected return', () => {
  it('writes numbers so that check reads them back exactly (1.234 would be ambiguous)', () => {
    expect([12, 1.5, 1.234, 0.125, 1234.5678, -3].map(plainNumber)).toEqual(['12', '1.5', '1.2340', '0.1250', '1234.5678', '-3']);
  });

  it('writes large amounts and two-decimal figures exactly as the system gave them', () => {
    expect([968292927675784, 443372.28, 369651.03, 0.1 + 0.2, 0.7 + 0.1, 12345678901234.56, 2 ** 53].map(plainNumber)).toEqual([
      '968292927675784',
      '443372.28',
      '369651.03',
      '0.3',
      '0.8',
      '12345678901234.56',
      '9007199254740992',
    ]);
    for (let i = 1; i < 5000; i++) {
      const v = (i * 7919.37) / 100;
      expect(Number(plainNumber(Number(v.toFixed(2))))).toBe(Number(v.toFixed(2)));
    }
  });

  it('refuses a whole number too large to keep exactly (int8 or numeric beyond 2^53) instead of rounding it', async () => {
    const set = (await loadAndValidateSet(tinySystemSet({ systems: { S1: { kind: 'csv' } }, queries: { 'A.01a': 'a.csv', 'A.01b': 'a.csv' } }))).set!;
    const indicator = set.indicators.find((i) => i.code === 'A.01a')!;
    const query = { indicator, query: 'a.csv', sha256: 'ab', parameters: {} } as never;
    const rows = [
      { row: 1, unit_code: '1001', value: '9007199254740993' },
      { row: 2, unit_code: '1002', value: 12345678901234567890n },
      { row: 3, unit_code: '1003', value: '9007199254740991' },
    ];
    const { diagnostics, returns } = planReturns(
      set,
      parsePeriod('2026-Q1')!,
      set.systems.find((x) => x.id === 'S1')!,
      [{ query, rows }],
    );
    expect(diagnostics.filter((d) => d.code === 'system-value-imprecise').map((d) => d.params?.unit)).toEqual(['1001', '1002']);
    const a01a = (unit: string) => returns.find((r) => r.unit === unit)?.lines.find((l) => l.code === 'A.01a')?.value;
    expect(a01a('1003')).toBe('9007199254740991');
    expect(a01a('1001') ?? '').toBe('');
  });

  it('quotes notes that hold the separator', () => {
    const text = formatReturn({ system: 'S1', unit: '1001', period: '2026', fileName: 'x.csv', lines: [{ code: 'A.01a', category: 'Cấp xã', value: '', note: 'a, "b"', query: 'ab' }] });
    expect(text).toBe('unit_code,period,code,category,value,note,system,query_sha256\n1001,2026,A.01a,Cấp xã,,"a, ""b""",S1,ab\n');
  });

  it('is refused by check when the set does not declare its system, or the unit reports none of its indicators', async () => {
    const set = (await loadAndValidateSet(tinySystemSet({ systems: { S1: { kind: 'csv' } }, queries: { 'A.01a': 'a.csv', 'A.01b': 'a.csv' } }))).set!;
    const dir = mkdtempSync(join(tmpdir(), 'returns-'));
    const head = 'unit_code,period,code,category,value,note,system,query_sha256\n';
    writeFileSync(join(dir, 'a.csv'), `${head}1001,2026-Q1,A.01a,,1,,S9,\n`);
    writeFileSync(join(dir, 'b.csv'), `${head}SA,2026-Q1,A.01a,,1,,S1,\n`);
    const { results } = await checkSubmissions({ set, inputs: [dir], period: parsePeriod('2026-Q1') });
    expect(results.map((r) => [r.status, r.diagnostics.map((d) => [d.code, d.params?.system, d.params?.known])])).toEqual([
      ['rejected', [['system-return-unexpected', 'S9', undefined]]],
      ['rejected', [['system-return-unexpected', 'S1', 'yes']]],
    ]);
  });
});

describe('combineDerived', () => {
  const ind = (code: string, formula?: string, breakdown?: string[]) => ({ code, formula, breakdown }) as unknown as Parameters<typeof combineDerived>[0][number];
  it('computes a unit’s rate over a form value and a collected one, keeps what a return computed, leaves a blank blank', () => {
    const values = new Map<string, number | string | boolean | undefined>([
      ['R.01a', 30],
      ['R.01b', 120],
      ['R.01', undefined],
      ['R.02', 55],
      ['R.03', undefined],
      ['R.02a|level:xa', 3],
      ['R.02b|level:xa', 4],
      ['R.04|level:xa', undefined],
    ]);
    combineDerived(
      [ind('R.01', 'R.01a / R.01b * 100'), ind('R.02', 'R.01a / R.01b * 100'), ind('R.03', 'R.09 / R.01b'), ind('R.04', 'R.02a / R.02b * 100', ['level']), ind('R.05', 'R.01a + 1')],
      values,
      () => ['tinh', 'xa'],
    );
    expect(values.get('R.01')).toBe(25);
    expect(values.get('R.02')).toBe(55);
    expect(values.get('R.03')).toBeUndefined();
    expect(values.get('R.04|level:xa')).toBe(75);
    // R.05 is not a row the unit's returns hold: not added.
    expect(values.has('R.05')).toBe(false);
  });
});
