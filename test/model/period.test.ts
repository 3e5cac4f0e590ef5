import { describe, expect, it } from 'vitest';
import { isDueIn, parsePeriod, periodDates, previousPeriod } from '../../src/model/period.js';

describe('parsePeriod', () => {
  it.each([
    ['2026', 'year', 1, 12],
    ['2026-H2', 'half-year', 7, 12],
    ['2026-Q1', 'quarter', 1, 3],
    ['2026-q3', 'quarter', 7, 9],
    ['2026-03', 'month', 3, 3],
    ['2026-9M', 'nine-months', 1, 9],
  ])('%s', (text, frequency, first, last) => {
    expect(parsePeriod(text)).toMatchObject({ frequency, firstMonth: first, lastMonth: last });
  });

  it.each(['2026-Q5', '2026-13', '2026-00', '26-Q1', '2026-H3', 'Q1-2026', '', '2026-Q1x'])('refuses %s', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('isDueIn', () => {
  it('a quarter asks for monthly and quarterly indicators', () => {
    const q1 = parsePeriod('2026-Q1')!;
    expect(isDueIn('month', q1)).toBe(true);
    expect(isDueIn('quarter', q1)).toBe(true);
    expect(isDueIn('half-year', q1)).toBe(false);
    expect(isDueIn('year', q1)).toBe(false);
  });

  it('the year asks for all but nine-month indicators; 9M only for its own and finer', () => {
    const y = parsePeriod('2026')!;
    expect(isDueIn('half-year', y)).toBe(true);
    expect(isDueIn('nine-months', y)).toBe(false);
    const nine = parsePeriod('2026-9M')!;
    expect(isDueIn('nine-months', nine)).toBe(true);
    expect(isDueIn('quarter', nine)).toBe(true);
    expect(isDueIn('half-year', nine)).toBe(false);
  });
});

describe('dates', () => {
  it('cut-off on the 14th of the last month, deadline days after (NĐ 09/2019)', () => {
    expect(periodDates(parsePeriod('2026-Q1')!, { cutoff_day: 14, deadline_days: 6 })).toEqual({ cutoff: '2026-03-14', deadline: '2026-03-20' });
  });

  it('previous periods cross the year boundary', () => {
    expect(previousPeriod(parsePeriod('2026-Q1')!).id).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026-01')!).id).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-H1')!).id).toBe('2025-H2');
    expect(previousPeriod(parsePeriod('2026')!).id).toBe('2025');
  });
});
