import { describe, expect, it } from 'vitest';
import { comparePeriods, mainFrequency, periodInPath, periodsBetween } from '../../src/history/periods.js';
import { parsePeriod } from '../../src/model/period.js';

const p = (id: string) => parsePeriod(id)!;

describe('history periods', () => {
  it('orders periods by the month they end, the shorter first', () => {
    expect(
      ['2026', '2026-Q1', '2025-Q4', '2026-03', '2026-H1']
        .map(p)
        .sort(comparePeriods)
        .map((x) => x.id),
    ).toEqual(['2025-Q4', '2026-03', '2026-Q1', '2026-H1', '2026']);
  });

  it('lists the periods of a frequency between two, across a year end', () => {
    expect(periodsBetween('quarter', p('2025-Q3'), p('2026-Q2')).map((x) => x.id)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodsBetween('month', p('2025-11'), p('2026-02')).map((x) => x.id)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('year', p('2024'), p('2026')).map((x) => x.id)).toEqual(['2024', '2025', '2026']);
  });

  it('finds the main frequency and the period named in a path', () => {
    expect(mainFrequency(['2025-Q4', '2026-Q1', '2025'].map(p))).toBe('quarter');
    expect(periodInPath('bao-cao/2026-Q1/dataset.csv')).toBe('2026-Q1');
    expect(periodInPath('reports/q/2025-h2.json')).toBe('2025-H2');
    expect(periodInPath('bao-cao/moi/dataset.csv')).toBeUndefined();
  });
});
