import { beforeAll, describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/history/build-history.js';
import { historyDiagnostics } from '../../src/history/history-diagnostics.js';
import type { HistoryInput, HistoryRow } from '../../src/history/types.js';
import { loadAndValidateSet, type IndicatorSet } from '../../src/model/index.js';
import { makeSet, TINY_SET } from '../helpers/make-set.js';

let set: IndicatorSet;
beforeAll(async () => {
  set = (await loadAndValidateSet(makeSet())).set!;
});

const NAMES: Record<string, string> = { '51': 'Tỉnh Thử', SA: 'Sở A', SB: 'Sở B', '1001': 'Xã Một', '1002': 'Phường Hai', '1003': 'Đặc khu Ba' };

/** A dataset row as merge writes it (strings), province rows `consolidated`. */
function row(period: string, unit: string, code: string, value: number | string, more: Partial<HistoryRow> = {}): HistoryRow {
  return {
    set_id: 'tiny',
    set_version: '1.0.0',
    period,
    unit_code: unit,
    unit_name: NAMES[unit] ?? unit,
    indicator_code: code,
    breakdown: '',
    category: '',
    value: String(value),
    unit_of_measure: code === 'A.01' ? '%' : 'hồ sơ',
    status: unit === '51' ? 'consolidated' : 'accepted',
    ...more,
  };
}

/** One quarter: the three communes' A.01a/A.01b (unless left out) and the province figures. */
function quarter(period: string, a: Record<string, [number, number]>, more: Partial<HistoryRow> = {}): HistoryInput {
  const rows: HistoryRow[] = [];
  let [sa, sb] = [0, 0];
  for (const [unit, [x, y]] of Object.entries(a)) {
    rows.push(row(period, unit, 'A.01a', x, more), row(period, unit, 'A.01b', y, more), row(period, unit, 'A.01', (x / y) * 100, more));
    sa += x;
    sb += y;
  }
  rows.push(row(period, '51', 'A.01a', sa, more), row(period, '51', 'A.01b', sb, more), row(period, '51', 'A.01', (sa / sb) * 100, more));
  return { file: `bao-cao/${period}/dataset.csv`, rows };
}

describe('history: one series model from many periods', () => {
  it('joins four quarters into series with the previous period, the same period last year and the target status', () => {
    const inputs = [
      quarter('2026-Q1', { '1001': [70, 100], '1002': [30, 50] }),
      quarter('2025-Q1', { '1001': [50, 100], '1002': [20, 50], '1003': [5, 10] }),
      quarter('2025-Q3', { '1001': [60, 100], '1002': [25, 50], '1003': [6, 10] }),
      quarter('2025-Q4', { '1001': [65, 100], '1002': [28, 50], '1003': [7, 10] }),
    ];
    const h = buildHistory(set, inputs);
    // Chronological, whatever the order given; 2025-Q2 has no dataset: a hole, said so.
    expect(h.periods.map((p) => p.id)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(h.periods[1]).toMatchObject({ file: undefined, empty: true });
    expect(h.notes).toContainEqual({ kind: 'empty-period', period: '2025-Q2', file: undefined });
    const rate = h.indicators.find((s) => s.code === 'A.01')!;
    const q1 = rate.points.find((p) => p.period === '2026-Q1')!;
    expect(q1.value).toBeCloseTo((100 / 150) * 100, 10);
    expect(q1.previous).toBeCloseTo((100 / 160) * 100, 10);
    // A rate changes in percentage points, against 2025-Q4 and against 2025-Q1.
    expect(q1.change).toBeCloseTo((100 / 150) * 100 - (100 / 160) * 100, 10);
    expect(q1.lastYear).toBeCloseTo((75 / 160) * 100, 10);
    expect(q1.changeLastYear).toBeCloseTo((100 / 150) * 100 - (75 / 160) * 100, 10);
    // Coverage: two of the three communes reported in 2026-Q1.
    expect(q1).toMatchObject({ reporting: 2, owing: 3 });
    expect(q1.target).toMatchObject({ rule: 'level', plan: 80, status: 'not-met' });
    // A count changes relatively, in percent.
    const count = h.indicators.find((s) => s.code === 'A.01a')!.points.find((p) => p.period === '2026-Q1')!;
    expect(count.change).toBeCloseTo(((100 - 100) / 100) * 100, 10);
    expect(count.changeLastYear).toBeCloseTo(((100 - 75) / 75) * 100, 10);
    // The unit figures line up with the periods; the hole is blank.
    expect(rate.unitValues.get('1001')).toEqual([50, undefined, 60, 65, 70]);
    // 1003 sent nothing in 2026-Q1: missing, and the hole is "no data", not a miss.
    const u = h.units.find((x) => x.code === '1003')!;
    expect(u.statuses).toEqual(['accepted', 'no-data', 'accepted', 'accepted', 'missing']);
    expect(u).toMatchObject({ missed: 1, missedRunning: 1, inSet: true, kind: 'special-zone' });
    // The departments owe nothing quarterly in this set (B.01 is yearly): not counted as missing.
    expect(h.units.find((x) => x.code === 'SA')!.statuses.every((s) => s === 'not-owed' || s === 'no-data')).toBe(true);
  });

  it('is deterministic: the same datasets give the same history', () => {
    const inputs = () => [quarter('2025-Q4', { '1001': [1, 2] }), quarter('2026-Q1', { '1001': [2, 4], '1002': [1, 2] })];
    const plain = (h: ReturnType<typeof buildHistory>) => JSON.stringify(h, (_k, v) => (v instanceof Map ? [...v] : v));
    expect(plain(buildHistory(set, inputs()))).toBe(plain(buildHistory(set, inputs())));
  });

  it('keeps periods of different frequencies apart: a quarter is compared with a quarter, the year with the year', () => {
    const year = (y: string, v: number): HistoryInput => ({ file: `bao-cao/${y}/dataset.csv`, rows: [row(y, 'SA', 'B.01', v - 1), row(y, 'SB', 'B.01', 1), row(y, '51', 'B.01', v)] });
    const h = buildHistory(set, [quarter('2025-Q4', { '1001': [1, 2] }), year('2025', 7), quarter('2026-Q1', { '1001': [2, 4] }), year('2024', 5)]);
    expect(h.periods.map((p) => p.id)).toEqual(['2024', '2025-Q4', '2025', '2026-Q1']);
    expect(h.notes).toContainEqual({ kind: 'mixed-frequencies', frequencies: ['quarter', 'year'] });
    const b = h.indicators.find((s) => s.code === 'B.01')!;
    // B.01 is yearly: points in the years only, 2025 compared with 2024.
    expect(b.points.map((p) => p.period)).toEqual(['2024', '2025']);
    expect(b.points[1]).toMatchObject({ value: 7, previous: 5 });
    expect(b.points[1].change).toBeCloseTo(40, 10);
    // A.01a's 2026-Q1 is compared with 2025-Q4, never with the year 2025.
    const a = h.indicators.find((s) => s.code === 'A.01a')!.points.find((p) => p.period === '2026-Q1')!;
    expect(a.previous).toBe(1);
  });

  it('joins a re-coded indicator when the older set is at hand (diff), and compares codes only (said so) when not', async () => {
    // Version 0.9 called A.01 "A.1" (same name): diffSets sees a re-coding.
    const olderGroup = TINY_SET['groups/a.yaml'].replace('- code: A.01\n', '- code: A.1\n').replace('formula: A.01a', 'formula: A.01a');
    const older = (await loadAndValidateSet(makeSet({ 'set.yaml': TINY_SET['set.yaml'].replace('version: 1.0.0', 'version: 0.9.0'), 'groups/a.yaml': olderGroup }))).set!;
    expect(older.indicators.some((i) => i.code === 'A.1')).toBe(true);
    const old = quarter('2025-Q4', { '1001': [1, 2] }, { set_version: '0.9.0' });
    old.rows = [...old.rows].map((r) => (r.indicator_code === 'A.01' ? { ...r, indicator_code: 'A.1' } : r));
    const now = quarter('2026-Q1', { '1001': [3, 4] });

    const known = buildHistory(set, [old, now], { olderSets: new Map([['0.9.0', older]]) });
    const rate = known.indicators.find((s) => s.code === 'A.01')!;
    expect(rate.points.map((p) => p.value)).toEqual([50, 75]);
    expect(rate.formerCodes).toEqual(['A.1']);
    expect(known.indicators.some((s) => s.code === 'A.1')).toBe(false);
    expect(known.notes).toContainEqual({ kind: 'version-change', period: '2026-Q1', from: '0.9.0', to: '1.0.0', exact: true, added: [], removed: [], recoded: [{ from: 'A.1', to: 'A.01' }] });
    expect(historyDiagnostics(known).map((d) => d.code)).not.toContain('history-set-version-unknown');

    const unknown = buildHistory(set, [old, now]);
    const orphan = unknown.indicators.find((s) => s.code === 'A.1')!;
    expect(orphan.indicator).toBeUndefined();
    expect(orphan.points.map((p) => p.value)).toEqual([50]);
    expect(unknown.indicators.find((s) => s.code === 'A.01')!.points.map((p) => p.value)).toEqual([undefined, 75]);
    expect(unknown.notes).toContainEqual(expect.objectContaining({ kind: 'version-change', exact: false, from: '0.9.0', to: '1.0.0', added: ['A.01'], removed: ['A.1'] }));
    expect(historyDiagnostics(unknown).find((d) => d.code === 'history-set-version-unknown')?.location.file).toBe('bao-cao/2025-Q4/dataset.csv');
  });

  it('takes a period with no data from its header or folder, blank and said so', () => {
    const h = buildHistory(set, [quarter('2025-Q4', { '1001': [1, 2] }), { file: 'bao-cao/2026-Q1/dataset.json', period: '2026-Q1', rows: [] }]);
    expect(h.periods.map((p) => [p.id, p.empty])).toEqual([
      ['2025-Q4', false],
      ['2026-Q1', true],
    ]);
    expect(h.notes).toContainEqual({ kind: 'empty-period', period: '2026-Q1', file: 'bao-cao/2026-Q1/dataset.json' });
    expect(h.units.find((u) => u.code === '1001')!.statuses).toEqual(['accepted', 'no-data']);
    expect(historyDiagnostics(h).map((d) => d.code)).toContain('history-empty-period');
    // No period anywhere: left out, with a warning.
    const lost = buildHistory(set, [{ file: 'x/dataset.csv', rows: [] }]);
    expect(lost.periods).toEqual([]);
    expect(historyDiagnostics(lost).map((d) => d.code)).toEqual(['history-no-period']);
  });

  it('says when a unit was renamed, and keeps a unit no longer in the set apart (merged or dissolved)', () => {
    const before = quarter('2025-Q4', { '1001': [1, 2], '1009': [4, 8] });
    before.rows = [...before.rows].map((r) => (r.unit_code === '1001' ? { ...r, unit_name: 'Xã Một Cũ' } : r));
    const h = buildHistory(set, [before, quarter('2026-Q1', { '1001': [2, 4] })]);
    expect(h.notes).toContainEqual({ kind: 'unit-renamed', unit: '1001', from: 'Xã Một Cũ', to: 'Xã Một', period: '2026-Q1' });
    expect(h.notes).toContainEqual({ kind: 'unit-gone', unit: '1009', name: '1009', lastPeriod: '2025-Q4' });
    const gone = h.units.find((u) => u.code === '1009')!;
    expect(gone).toMatchObject({ inSet: false, statuses: ['accepted', 'not-owed'] });
    // Its figures stay in the series (and the API), joined by code.
    expect(h.indicators.find((s) => s.code === 'A.01a')!.unitValues.get('1009')).toEqual([4, undefined]);
  });

  it('warns about a dataset of another set and leaves its rows out, and keeps the first dataset of a period given twice', () => {
    const foreign = quarter('2026-Q1', { '1001': [999, 1000] }, { set_id: 'other-set' });
    foreign.file = 'khac/dataset.csv';
    const again = quarter('2025-Q4', { '1001': [7, 8] });
    again.file = 'ban-sao/dataset.csv';
    const h = buildHistory(set, [quarter('2025-Q4', { '1001': [1, 2] }), foreign, again]);
    expect(h.periods.map((p) => p.id)).toEqual(['2025-Q4']);
    expect(h.indicators.find((s) => s.code === 'A.01a')!.points.map((p) => p.value)).toEqual([1]);
    expect(h.notes).toContainEqual({ kind: 'other-set', file: 'khac/dataset.csv', found: 'other-set', expected: 'tiny', rows: 6 });
    expect(h.notes).toContainEqual({ kind: 'duplicate-period', period: '2025-Q4', file: 'ban-sao/dataset.csv', kept: 'bao-cao/2025-Q4/dataset.csv' });
    expect(historyDiagnostics(h).map((d) => [d.code, d.severity])).toEqual([
      ['history-other-set', 'warning'],
      ['history-duplicate-period', 'warning'],
    ]);
  });

  it('reads late submissions and breakdown categories of the province', () => {
    const q = quarter('2026-Q1', { '1001': [1, 2] });
    q.rows = [...q.rows].map((r) => (r.unit_code === '1001' ? { ...r, status: 'late' } : r));
    (q.rows as HistoryRow[]).push(row('2026-Q1', '51', 'A.01a', 1, { breakdown: 'level', category: 'xa' }));
    const h = buildHistory(set, [q]);
    expect(h.units.find((u) => u.code === '1001')).toMatchObject({ statuses: ['late'], late: 1 });
    expect(h.indicators.find((s) => s.code === 'A.01a')!.categories).toEqual([{ breakdown: 'level', category: 'xa', values: [1] }]);
  });

  it('compares a year-to-date figure with the same period last year only: Q1 against Q4 (the whole year) is no change', () => {
    const ytd: IndicatorSet = { ...set, indicators: set.indicators.map((i) => (i.code === 'A.01a' ? { ...i, accumulation: 'year-to-date' as const } : i)) };
    const h = buildHistory(ytd, [quarter('2025-Q1', { '1001': [20, 100] }), quarter('2025-Q4', { '1001': [90, 100] }), quarter('2026-Q1', { '1001': [25, 100] })]);
    const q1 = h.indicators.find((s) => s.code === 'A.01a')!.points.find((p) => p.period === '2026-Q1')!;
    expect(q1.change).toBeUndefined();
    expect(q1.previous).toBeUndefined();
    expect(q1).toMatchObject({ lastYear: 20, changeLastYear: 25 });
    // A figure of the period itself still compares with the quarter before.
    expect(h.indicators.find((s) => s.code === 'A.01b')!.points.find((p) => p.period === '2026-Q1')!).toMatchObject({ previous: 100, change: 0 });
  });
});
