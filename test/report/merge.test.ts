import { describe, expect, it } from 'vitest';
import { makeDiagnostic } from '../../src/diagnostics/index.js';
import { loadAndValidateSet, parsePeriod, type SubmissionResult } from '../../src/model/index.js';
import { datasetRows, formatDatasetCsv, neutralise } from '../../src/report/dataset.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { makeSet } from '../helpers/make-set.js';
import { acceptedResult } from '../helpers/submission-result.js';

const period = parsePeriod('2026-Q1')!;
const result = acceptedResult;

describe('mergeSubmissions', () => {
  it('recomputes a rate from the summed numerator and denominator, never the mean of unit rates (seed 002)', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    // Two communes report 3.866/6.175 between them with very different rates; the third reports a small base.
    const results = [result('1001', { 'A.01a': 3000, 'A.01b': 3200, 'A.01': (3000 / 3200) * 100 }), result('1002', { 'A.01a': 866, 'A.01b': 2975, 'A.01': (866 / 2975) * 100 })];
    const report = mergeSubmissions({ set: set!, period, results });
    const rate = report.province.find((p) => p.key === 'A.01')!;
    expect(rate.value).toBeCloseTo((3866 / 6175) * 100, 10); // 62,61 %
    expect(rate.value).not.toBeCloseTo(((3000 / 3200 + 866 / 2975) / 2) * 100, 1);
    expect(report.province.find((p) => p.key === 'A.01b')!.value).toBe(6175);
    // A rate is a level, compared directly with its 80 % target: not met by 17,39 points (never "78 % achieved").
    expect(rate.target).toMatchObject({ rule: 'level', plan: 80, met: false, status: 'not-met' });
    expect(rate.target!.margin).toBeCloseTo((3866 / 6175) * 100 - 80, 6);
    expect(rate.target!.ratio).toBeUndefined();
  });

  it('puts every file in one state and every owing unit in one status; the counts add up', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const rejected = result('1002', { 'A.01a': 5 }, { status: 'rejected', diagnostics: [makeDiagnostic('required-blank', { location: { file: 'x' }, params: { code: 'A.01b' } })] });
    const duplicate = result(
      '1001',
      { 'A.01a': 1, 'A.01b': 2 },
      { file: 'dup.xlsx', status: 'rejected', diagnostics: [makeDiagnostic('duplicate-submission', { location: { file: 'dup.xlsx' }, params: {} })] },
    );
    const unreadable: SubmissionResult = {
      file: 'broken.xlsx',
      sha256: '',
      status: 'unreadable',
      diagnostics: [makeDiagnostic('corrupt-file', { location: { file: 'broken.xlsx' }, params: { detail: 'x' } })],
      values: new Map(),
      notes: new Map(),
    };
    const otherPeriod = result('1003', { 'A.01a': 1, 'A.01b': 2 }, { period: '2025-Q4', file: 'old.xlsx' });
    const late = result('1001', { 'A.01a': 10, 'A.01b': 20 }, { modified: '2026-04-02T00:00:00Z' });
    const report = mergeSubmissions({ set: set!, period, results: [late, rejected, duplicate, unreadable, otherPeriod] });
    expect(report.files.map((f) => f.state)).toEqual(['accepted', 'rejected', 'duplicate', 'unreadable', 'not-in-period']);
    expect(report.units.map((u) => `${u.unit.code}:${u.status}${u.late ? ':late' : ''}`)).toEqual(['1001:accepted:late', '1002:rejected', '1003:wrong-period']);
    const c = report.counts;
    expect(c.accepted + c.rejected + c.missing + c.wrongPeriod).toBe(c.unitsOwed);
    expect(Object.values(c.byState).reduce((a, b) => a + b, 0)).toBe(c.files);
    expect(report.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['wrong-period-submission', 'late-submission']));
  });

  it('a unit whose only file is for another period is "wrong period", not "missing"', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const old = result(
      '1002',
      { 'A.01a': 1, 'A.01b': 2 },
      { period: '2025-Q4', file: '1002_tiny_2025-Q4.xlsx', status: 'rejected', diagnostics: [makeDiagnostic('period-mismatch', { location: { file: '1002_tiny_2025-Q4.xlsx' }, params: {} })] },
    );
    const report = mergeSubmissions({ set: set!, period, results: [result('1001', { 'A.01a': 1, 'A.01b': 2 }), old] });
    expect(report.units.map((u) => `${u.unit.code}:${u.status}`)).toEqual(['1001:accepted', '1002:wrong-period', '1003:missing']);
    expect(report.units[1].file).toBe('1002_tiny_2025-Q4.xlsx');
    const about1002 = report.diagnostics.filter((d) => d.params?.unit === '1002').map((d) => d.code);
    expect(about1002).toEqual(['wrong-period-submission']);
    expect(report.counts).toMatchObject({ unitsOwed: 3, accepted: 1, missing: 1, wrongPeriod: 1 });
  });

  it('aggregates by sum, average, min, max and last', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const b01 = set!.indicators.find((i) => i.code === 'B.01')!;
    const yearly = parsePeriod('2026')!;
    const results = [result('SA', { 'B.01': 4 }, { period: '2026' }), result('SB', { 'B.01': 10 }, { period: '2026' })];
    const value = (aggregation: typeof b01.aggregation) => {
      b01.aggregation = aggregation;
      return mergeSubmissions({ set: set!, period: yearly, results }).province.find((p) => p.key === 'B.01')!.value;
    };
    expect([value('sum'), value('average'), value('min'), value('max'), value('last'), value('none')]).toEqual([14, 7, 4, 10, 10, undefined]);
  });
});

describe('a value not available (a required blank with a reason)', () => {
  it('is left out of the province figures and of its rate, counted as not reported, and kept blank with its note in the dataset', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const na = result('1002', { 'A.01b': 50 }, { notes: new Map([['A.01a', 'Hệ thống lỗi, chưa có số']]) });
    na.values.set('A.01a', undefined);
    na.values.set('A.01', undefined);
    const results = [result('1001', { 'A.01a': 60, 'A.01b': 90, 'A.01': 60 / 0.9 }), na, result('1003', { 'A.01a': 10, 'A.01b': 20, 'A.01': 50 })];
    const report = mergeSubmissions({ set: set!, period, results });
    const p = (key: string) => report.province.find((x) => x.key === key)!;
    expect(p('A.01a')).toMatchObject({ value: 70, reporting: 2, owing: 3 });
    expect(p('A.01b')).toMatchObject({ value: 160, reporting: 3, owing: 3 });
    // The rate over the units that gave both parts: 70 / 110, not 70 / 160.
    expect(p('A.01').value).toBeCloseTo((70 / 110) * 100, 10);
    expect(p('A.01').reporting).toBe(2);
    const rows = datasetRows(report);
    expect(rows.find((r) => r.unit_code === '1002' && r.indicator_code === 'A.01a')).toMatchObject({ value: '', status: 'not-available', note: 'Hệ thống lỗi, chưa có số' });
    expect(rows.find((r) => r.unit_code === '1002' && r.indicator_code === 'A.01b')).toMatchObject({ value: '50', status: 'accepted', note: '' });
  });
});

describe('dataset', () => {
  it('has the columns in order, unit rows then province rows, plain numbers, neutralised cells', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const report = mergeSubmissions({ set: set!, period, results: [result('1001', { 'A.01a': 1234.5, 'A.01b': 2000, 'A.01': 61.725 }, { file: '=cmd|calc.xlsx' })] });
    const csv = formatDatasetCsv(datasetRows(report)).split('\r\n');
    expect(csv[0]).toBe('set_id,set_version,period,unit_code,unit_name,indicator_code,breakdown,category,value,unit_of_measure,status,source_file,source_sha256,note,higher_code');
    expect(csv[1]).toBe("tiny,1.0.0,2026-Q1,1001,Xã Một,A.01a,,,1234.5,hồ sơ,accepted,'=cmd|calc.xlsx,sha-1001,,");
    expect(csv).toContain('tiny,1.0.0,2026-Q1,51,Tỉnh Thử,A.01,,,61.725,%,consolidated,,,,');
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('-5')).toBe('-5');
    expect(neutralise('\tx')).toBe("'\tx");
  });
});
