import { describe, expect, it } from 'vitest';
import { addWorkingDays, formDates, isDueIn, parsePeriod, periodDates, previousPeriod, provinceDate, reportingWindow, setPeriodDates, setReportingWindow } from '../../src/model/period.js';

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

describe('reportingWindow (Decree 09/2019/NĐ-CP art. 12)', () => {
  it.each([
    ['2026-Q1', '2025-12-15', '2026-03-14'],
    ['2026-03', '2026-02-15', '2026-03-14'],
    ['2026-01', '2025-12-15', '2026-01-14'],
    ['2026', '2025-12-15', '2026-12-14'],
    ['2026-H1', '2025-12-15', '2026-06-14'],
    ['2026-H2', '2026-06-15', '2026-12-14'],
    ['2026-9M', '2025-12-15', '2026-09-14'],
    ['2026-Q4', '2026-09-15', '2026-12-14'],
  ])('decree-09 %s: %s to %s', (period, start, end) => {
    expect(reportingWindow(parsePeriod(period)!)).toEqual({ start, end });
    expect(reportingWindow(parsePeriod(period)!, 'decree-09')).toEqual({ start, end });
  });

  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
  ])('calendar %s: %s to %s', (period, start, end) => {
    expect(reportingWindow(parsePeriod(period)!, 'calendar')).toEqual({ start, end });
  });

  it('an indicator overrides the set, the set overrides Decree 09, the cut-off day moves the window', () => {
    const q1 = parsePeriod('2026-Q1')!;
    expect(setReportingWindow({}, q1)).toEqual({ start: '2025-12-15', end: '2026-03-14' });
    expect(setReportingWindow({ reporting_window: 'calendar' }, q1)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(setReportingWindow({ reporting_window: 'calendar' }, q1, { reporting_window: 'decree-09' })).toEqual({ start: '2025-12-15', end: '2026-03-14' });
    expect(setReportingWindow({}, q1, { reporting_window: 'calendar' })).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(setReportingWindow({ periods: { quarter: { cutoff_day: 20, deadline_days: 5 } } }, q1)).toEqual({ start: '2025-12-21', end: '2026-03-20' });
  });
});

describe('deadlines in working days', () => {
  const holidays = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2027-01-01'];
  it('skips weekends and the holidays of the set', () => {
    expect(addWorkingDays('2026-03-14', 6, [])).toBe('2026-03-23'); // Saturday cut-off: Mon 16 … Mon 23
    expect(addWorkingDays('2026-02-14', 4, holidays)).toBe('2026-02-26'); // Tết week skipped
    expect(addWorkingDays('2026-12-14', 15, holidays)).toBe('2027-01-05'); // New Year's Day skipped
    expect(addWorkingDays('2026-03-14', 0, [])).toBe('2026-03-14');
  });

  it('counts working days when the set names its regime, calendar days otherwise', () => {
    const periods = { quarter: { cutoff_day: 14, deadline_days: 6 }, month: { cutoff_day: 14, deadline_days: 4 } };
    const q1 = parsePeriod('2026-Q1')!;
    expect(setPeriodDates({ periods }, q1)).toEqual({ cutoff: '2026-03-14', deadline: '2026-03-20' });
    expect(setPeriodDates({ periods, regime: { decision: 'QĐ 37/2020/QĐ-UBND' } }, q1)).toEqual({ cutoff: '2026-03-14', deadline: '2026-03-23' });
    expect(setPeriodDates({ periods, regime: { decision: 'QĐ 37/2020/QĐ-UBND' }, holidays }, parsePeriod('2026-02')!)).toEqual({ cutoff: '2026-02-14', deadline: '2026-02-26' });
    expect(periodDates(q1, periods.quarter, { workingDays: true })).toEqual({ cutoff: '2026-03-14', deadline: '2026-03-23' });
    // A set on calendar months cuts off where its window ends: Tuesday 31 March, six working days to 8 April.
    expect(setPeriodDates({ periods, regime: { decision: 'QĐ 37/2020/QĐ-UBND' }, reporting_window: 'calendar' }, q1)).toEqual({ cutoff: '2026-03-31', deadline: '2026-04-08' });
  });
});

describe('formDates: a form falls due after the last day of data its rows ask for', () => {
  const periods = { quarter: { cutoff_day: 14, deadline_days: 6 }, month: { cutoff_day: 14, deadline_days: 4 } };
  const info = { periods, regime: { decision: 'QĐ 37/2020/QĐ-UBND' }, reporting_window: 'decree-09' as const };
  const q1 = parsePeriod('2026-Q1')!;
  it('counts from the latest window end among the rows: a calendar-month row moves the Q1 deadline from 23/03 to 08/04', () => {
    expect(formDates(info, q1, [{}, { reporting_window: 'decree-09' }])).toEqual({ cutoff: '2026-03-14', deadline: '2026-03-23' });
    expect(formDates(info, q1, [{}, { reporting_window: 'calendar' }])).toEqual({ cutoff: '2026-03-31', deadline: '2026-04-08' });
    expect(formDates(info, q1, [])).toEqual(setPeriodDates(info, q1));
    // A set on calendar months with a Decree 09 row: the calendar end is still the latest.
    expect(formDates({ ...info, reporting_window: 'calendar' }, q1, [{ reporting_window: 'decree-09' }])).toEqual({ cutoff: '2026-03-31', deadline: '2026-04-08' });
    // Without a regime, calendar days: 28/02 + 4 = 04/03.
    expect(formDates({ periods }, parsePeriod('2026-02')!, [{ reporting_window: 'calendar' }])).toEqual({ cutoff: '2026-02-28', deadline: '2026-03-04' });
  });
});

describe('provinceDate: an instant dated in Vietnam (UTC+7)', () => {
  it('00:30 in Vietnam is that day, though still the day before in UTC', () => {
    expect(provinceDate('2026-03-23T17:30:00.000Z')).toBe('2026-03-24');
    expect(provinceDate('2026-03-23T16:59:59.999Z')).toBe('2026-03-23');
    expect(provinceDate(new Date('2026-03-24T00:30:00+07:00'))).toBe('2026-03-24');
    expect(provinceDate('not a time')).toBeUndefined();
  });
});
