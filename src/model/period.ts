import { unreachable } from './exhaustive.js';
import type { Frequency, PeriodRule } from './types.js';

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

/** Cut-off and deadline dates (ISO yyyy-mm-dd) of a period under the set's rule for its frequency. */
export function periodDates(period: Period, rule: PeriodRule | undefined): { cutoff: string; deadline: string } {
  const cutoffDay = rule?.cutoff_day ?? lastDay(period.year, period.lastMonth);
  const cutoff = new Date(Date.UTC(period.year, period.lastMonth - 1, cutoffDay));
  const deadline = new Date(cutoff.getTime() + (rule?.deadline_days ?? 0) * 86_400_000);
  return { cutoff: iso(cutoff), deadline: iso(deadline) };
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
