import { comparePeriods } from '../history/periods.js';
import type { History } from '../history/types.js';
import { comparedWithLastYear } from '../model/change.js';
import { parsePeriod, previousPeriod } from '../model/period.js';
import type { ReportHistory } from './history-types.js';
import type { MergedReport } from './report-types.js';

/**
 * `merge --history`: the merged period against earlier periods' datasets (pure). Sets `report.history` (the previous
 * period, the same period last year and the series of every earlier period of the same frequency) and, where no
 * --previous dataset gave one, the province value each figure is compared with (the same period last year for a
 * year-to-date figure, else the period before), so the report's "compared with" columns are filled too.
 */
export function applyHistory(report: MergedReport, history: History): ReportHistory {
  const period = report.period;
  const earlier = history.periods.filter((p) => p.period.frequency === period.frequency && comparePeriods(p.period, period) < 0 && !p.empty);
  const previousId = previousPeriod(period).id;
  const lastYearId = parsePeriod(`${period.year - 1}${period.id.slice(4)}`)?.id;
  const index = new Map(history.periods.map((p, i) => [p.id, i]));
  const byCode = new Map(history.indicators.map((s) => [s.code, s]));
  const rows: ReportHistory['rows'] = new Map();
  for (const p of report.province) {
    const s = byCode.get(p.indicator.code);
    if (!s) continue;
    const valueAt = (id: string | undefined): number | undefined => {
      if (id === undefined || !earlier.some((e) => e.id === id)) return undefined;
      if (p.category) return s.categories.find((c) => c.breakdown === p.breakdown && c.category === p.category)?.values[index.get(id)!];
      return s.points.find((q) => q.period === id)?.value;
    };
    // A year-to-date figure (lũy kế) compares with the same period last year only: Q1 against Q4, the whole of the
    // year before, is no change (the site's series does the same).
    const ytd = comparedWithLastYear(p.indicator.accumulation);
    const entry = { series: earlier.map((e) => valueAt(e.id)), previous: ytd ? undefined : valueAt(previousId), lastYear: valueAt(lastYearId) };
    rows.set(p.key, entry);
    if (p.previous === undefined) {
      const compared = ytd ? entry.lastYear : entry.previous;
      if (compared !== undefined) p.previous = compared;
    }
  }
  const out: ReportHistory = { periods: earlier.map((e) => e.id), previousPeriod: previousId, rows };
  if (lastYearId) out.lastYearPeriod = lastYearId;
  report.history = out;
  return out;
}
