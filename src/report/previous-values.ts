import { comparedWithLastYear } from '../model/change.js';
import { previousPeriod, type Period } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import { rowKeyFor } from '../model/layout/index.js';
import { sameLastYear, type DatasetRow } from '../submission/read-previous.js';

/**
 * The province figures a report compares with, by row key, from a --previous dataset (which may hold several
 * periods): the period before for most indicators, and the same period of the previous year for a year-to-date
 * (lũy kế) one, whose Q1 would otherwise be compared with a whole year.
 */
export function provincePrevious(rows: readonly DatasetRow[], set: IndicatorSet, period: Period): Map<string, number> {
  const province = set.units.find((u) => u.kind === 'province')?.code;
  const before = previousPeriod(period).id;
  const lastYear = sameLastYear(period)?.id;
  const byCode = new Map(set.indicators.map((i) => [i.code, i]));
  const out = new Map<string, number>();
  for (const r of rows) {
    const indicator = byCode.get(r.indicator_code);
    if (!indicator || r.set_id !== set.info.id || r.unit_code !== province || r.value === '' || r.value === null || r.value === undefined) continue;
    const wanted = comparedWithLastYear(indicator.accumulation) ? lastYear : before;
    const value = Number(r.value);
    if (r.period === wanted && Number.isFinite(value)) out.set(rowKeyFor(r.indicator_code, r.breakdown || undefined, r.category || undefined), value);
  }
  return out;
}
