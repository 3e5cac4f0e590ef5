import { unreachable } from './exhaustive.js';
import type { Frequency, PeriodRule, SetInfo } from './types.js';

/** A reporting period: `2026`, `2026-H1`, `2026-Q1`, `2026-03`, `2026-9M`. */
export interface Period {
  /** The canonical text, as used in file names and `_meta`. */
  id: string;
  frequency: Frequency;
  year: number;
  /** 1-based first and last month covered. */
  firstMonth: number;
  lastMonth: number;
}

/** Length in months of each frequency. */
export const MONTHS: Record<Frequency, number> = { month: 1, quarter: 3, 'half-year': 6, 'nine-months': 9, year: 12 };

export const PERIOD_FORMS = ['YYYY', 'YYYY-Hn', 'YYYY-Qn', 'YYYY-MM', 'YYYY-9M'] as const;

/**
 * The one pattern of a period id (`PERIOD_FORMS`), unanchored, upper case: group 1 is the year, group 2 the part
 * after the dash. File names (`templateFileName`) and `--period` are read with it.
 */
export const PERIOD_PATTERN = String.raw`(\d{4})(?:-(H[12]|Q[1-4]|9M|\d{2}))?`;
const PERIOD_RE = new RegExp(`^${PERIOD_PATTERN}$`);

/** Parses a period; undefined when the text is not one of the accepted forms or names an impossible period. */
export function parsePeriod(text: string): Period | undefined {
  const m = PERIOD_RE.exec(text.trim().toUpperCase());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return undefined;
  const part = m[2];
  if (!part) return { id: `${year}`, frequency: 'year', year, firstMonth: 1, lastMonth: 12 };
  if (part === '9M') return { id: `${year}-9M`, frequency: 'nine-months', year, firstMonth: 1, lastMonth: 9 };
  if (part.startsWith('H')) {
    const h = Number(part[1]);
    return { id: `${year}-H${h}`, frequency: 'half-year', year, firstMonth: h * 6 - 5, lastMonth: h * 6 };
  }
  if (part.startsWith('Q')) {
    const q = Number(part[1]);
    return { id: `${year}-Q${q}`, frequency: 'quarter', year, firstMonth: q * 3 - 2, lastMonth: q * 3 };
  }
  const month = Number(part);
  if (month < 1 || month > 12) return undefined;
  return { id: `${year}-${part}`, frequency: 'month', year, firstMonth: month, lastMonth: month };
}

/**
 * Whether an indicator of frequency `f` is due in `period`: its length divides the period's and the period
 * ends on one of its boundaries. A quarter's report asks for monthly and quarterly indicators; the year's
 * asks for all but nine-month ones.
 */
export function isDueIn(f: Frequency, period: Period): boolean {
  const len = MONTHS[f];
  const periodLen = period.lastMonth - period.firstMonth + 1;
  return periodLen % len === 0 && period.lastMonth % len === 0 && (f !== 'nine-months' || period.frequency === 'nine-months');
}

/** The previous period of the same frequency (for `--previous` comparisons). */
export function previousPeriod(period: Period): Period {
  const len = MONTHS[period.frequency];
  let last = period.lastMonth - len;
  let year = period.year;
  if (last <= 0) {
    last += 12;
    year -= 1;
  }
  return parsePeriod(periodId(period.frequency, year, last, period.year))!;
}

/** The id of the period of frequency `f` ending in month `last` of `year` (`thisYear`: the period's own year). */
function periodId(f: Frequency, year: number, last: number, thisYear: number): string {
  switch (f) {
    case 'year':
      return `${thisYear - 1}`;
    case 'nine-months':
      return `${thisYear - 1}-9M`;
    case 'month':
      return `${year}-${String(last).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${last / 3}`;
    case 'half-year':
      return `${year}-H${last / 6}`;
    default:
      return unreachable(f);
  }
}

/**
 * How a period's data window is drawn: `decree-09` (Decree 09/2019/NĐ-CP art. 12: from the 15th of the month before
 * the period to the 14th of its last month) or `calendar` (whole calendar months; statistical and treasury figures).
 */
export type WindowKind = 'decree-09' | 'calendar';

/** The first and last day (ISO yyyy-mm-dd, both included) of the data a report for a period covers. */
export interface ReportingWindow {
  start: string;
  end: string;
}

/**
 * The data window of a period (pure). `decree-09`: the day after the cut-off day (14 unless the set says otherwise)
 * of the month before the period, to the cut-off day of its last month: 2026-Q1 → 2025-12-15…2026-03-14, 2026-03 →
 * 2026-02-15…2026-03-14, 2026 → 2025-12-15…2026-12-14. `calendar`: the first day of the first month to the last day
 * of the last month: 2026-Q1 → 2026-01-01…2026-03-31.
 */
export function reportingWindow(period: Period, windowKind: WindowKind = 'decree-09', cutoffDay = DECREE_09_CUTOFF_DAY): ReportingWindow {
  if (windowKind === 'calendar') {
    return { start: iso(new Date(Date.UTC(period.year, period.firstMonth - 1, 1))), end: iso(new Date(Date.UTC(period.year, period.lastMonth - 1, lastDay(period.year, period.lastMonth)))) };
  }
  // Date.UTC rolls month 0 back to December of the previous year.
  return { start: iso(new Date(Date.UTC(period.year, period.firstMonth - 2, cutoffDay + 1))), end: iso(new Date(Date.UTC(period.year, period.lastMonth - 1, cutoffDay))) };
}

/** The cut-off day of Decree 09/2019/NĐ-CP art. 12. */
export const DECREE_09_CUTOFF_DAY = 14;

/** How deadline days are counted: working days (Monday–Friday, skipping `holidays`) or calendar days. */
export interface DayCount {
  workingDays: boolean;
  /** ISO dates that are not working days (public holidays and days in lieu). */
  holidays?: readonly string[];
}

/**
 * Cut-off and deadline dates (ISO yyyy-mm-dd) of a period under the set's rule for its frequency: the deadline is
 * `deadline_days` after the cut-off, counted in working days when `count.workingDays` (the set has a `regime`),
 * else in calendar days (sets written before the regime was modelled).
 */
export function periodDates(period: Period, rule: PeriodRule | undefined, count?: DayCount): { cutoff: string; deadline: string } {
  const cutoffDay = rule?.cutoff_day ?? lastDay(period.year, period.lastMonth);
  const cutoff = iso(new Date(Date.UTC(period.year, period.lastMonth - 1, cutoffDay)));
  const days = rule?.deadline_days ?? 0;
  const deadline = count?.workingDays ? addWorkingDays(cutoff, days, count.holidays ?? []) : iso(new Date(Date.parse(`${cutoff}T00:00:00Z`) + days * 86_400_000));
  return { cutoff, deadline };
}

/**
 * The dates of a period under a set: its rule for the frequency, working days when it names a regime. A set on calendar
 * months (`reporting_window: calendar`) cuts off on the last day of the period, where its window ends.
 */
export function setPeriodDates(info: Partial<Pick<SetInfo, 'periods' | 'regime' | 'holidays' | 'reporting_window'>>, period: Period): { cutoff: string; deadline: string } {
  const rule = info.periods?.[period.frequency];
  const calendar = info.reporting_window === 'calendar';
  return periodDates(period, rule && calendar ? { ...rule, cutoff_day: lastDay(period.year, period.lastMonth) } : rule, { workingDays: Boolean(info.regime), holidays: info.holidays });
}

/**
 * The cut-off and deadline of a form with these rows, and of the return made from it: the cut-off is the last day of
 * data any row asks for (the set's cut-off, or the period's last day when a row is on calendar months) and the deadline
 * the rule's days after it, so a form never falls due before the data it asks for ends. The template prints it and
 * merge judges lateness by it: one function, so the two cannot disagree.
 */
export function formDates(
  info: Partial<Pick<SetInfo, 'periods' | 'regime' | 'holidays' | 'reporting_window'>>,
  period: Period,
  indicators: readonly { reporting_window?: WindowKind }[],
): { cutoff: string; deadline: string } {
  const dates = setPeriodDates(info, period);
  const rule = info.periods?.[period.frequency];
  // Every window ends in the period's last month: the latest end is the latest day.
  const latest = indicators.map((i) => setReportingWindow(info, period, i).end).reduce((a, b) => (b > a ? b : a), dates.cutoff);
  if (latest === dates.cutoff || !rule) return dates;
  return periodDates(period, { ...rule, cutoff_day: Number(latest.slice(8, 10)) }, { workingDays: Boolean(info.regime), holidays: info.holidays });
}

/** The `n`th working day after `isoDate` (Saturdays, Sundays and `holidays` skipped); `isoDate` itself when n = 0. */
export function addWorkingDays(isoDate: string, n: number, holidays: readonly string[]): string {
  const off = new Set(holidays);
  const d = new Date(`${isoDate}T00:00:00Z`);
  for (let left = n; left > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6 && !off.has(iso(d))) left--;
  }
  return iso(d);
}

/** The window kind of an indicator in a set: its own `reporting_window`, else the set's, else Decree 09. */
export function windowKindOf(indicator: { reporting_window?: WindowKind } | undefined, info: { reporting_window?: WindowKind }): WindowKind {
  return indicator?.reporting_window ?? info.reporting_window ?? 'decree-09';
}

/** The data window of a period under a set (and optionally for one indicator), with the set's cut-off day. */
export function setReportingWindow(info: Partial<Pick<SetInfo, 'periods' | 'reporting_window'>>, period: Period, indicator?: { reporting_window?: WindowKind }): ReportingWindow {
  return reportingWindow(period, windowKindOf(indicator, info), info.periods?.[period.frequency]?.cutoff_day ?? DECREE_09_CUTOFF_DAY);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The province's time zone (Asia/Ho_Chi_Minh, UTC+7): a file saved at 00:30 there is dated that day, not the day before. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Made on first use: building a formatter with a time zone costs ~10 ms of ICU loading, which most runs never need. */
let provinceDay: Intl.DateTimeFormat | undefined;

/**
 * The calendar date (ISO yyyy-mm-dd) of an instant in the province's time zone: what a deadline is compared with.
 * `2026-03-23T17:30:00Z` (00:30 on the 24th in Vietnam) → `2026-03-24`. Undefined for a text that is no instant.
 */
export function provinceDate(instant: string | Date): string | undefined {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return undefined;
  provinceDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: PROVINCE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(provinceDay.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
