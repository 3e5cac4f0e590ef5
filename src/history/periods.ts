import { MONTHS, parsePeriod, type Period } from '../model/period.js';
import type { Frequency } from '../model/types.js';

/** Chronological order: by the month a period ends, the shorter first, then by id. */
export function comparePeriods(a: Period, b: Period): number {
  const end = (p: Period) => p.year * 12 + p.lastMonth;
  return end(a) - end(b) || MONTHS[a.frequency] - MONTHS[b.frequency] || a.id.localeCompare(b.id);
}

/** The id of the period of frequency `f` ending in month `last` of `year`. */
function idOf(f: Frequency, year: number, last: number): string | undefined {
  switch (f) {
    case 'year':
      return last === 12 ? `${year}` : undefined;
    case 'nine-months':
      return last === 9 ? `${year}-9M` : undefined;
    case 'half-year':
      return last % 6 === 0 ? `${year}-H${last / 6}` : undefined;
    case 'quarter':
      return last % 3 === 0 ? `${year}-Q${last / 3}` : undefined;
    case 'month':
      return `${year}-${String(last).padStart(2, '0')}`;
  }
}

/** Every period of frequency `f` from `first` to `last` (both included), in order: the holes between datasets. */
export function periodsBetween(f: Frequency, first: Period, last: Period): Period[] {
  const out: Period[] = [];
  const from = first.year * 12 + first.lastMonth;
  const to = last.year * 12 + last.lastMonth;
  for (let m = from; m <= to; m++) {
    const year = Math.floor((m - 1) / 12);
    const id = idOf(f, year, m - year * 12);
    const p = id ? parsePeriod(id) : undefined;
    if (p) out.push(p);
  }
  return out;
}

/** The frequency most periods have (ties: the shorter), which the holes are looked for in. */
export function mainFrequency(periods: readonly Period[]): Frequency | undefined {
  const counts = new Map<Frequency, number>();
  for (const p of periods) counts.set(p.frequency, (counts.get(p.frequency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || MONTHS[a[0]] - MONTHS[b[0]])[0]?.[0];
}

/** A period named in a path (`bao-cao/2026-Q1/dataset.csv`): the last folder or file name that is one. */
export function periodInPath(path: string): string | undefined {
  const parts = path.split(/[\\/]/).reverse();
  for (const part of parts) {
    const p = parsePeriod(part.replace(/\.(csv|json)$/i, ''));
    if (p) return p.id;
  }
  return undefined;
}
