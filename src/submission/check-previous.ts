import { COL } from '../model/layout/index.js';
import { report, type FileContext } from './file-context.js';

/** With --previous: jumps beyond max_change_pct, and year-to-date values that fall within the same year. */
export function checkAgainstPrevious(ctx: FileContext, sameYear: boolean): void {
  if (!ctx.previous) return;
  for (const r of ctx.plan.valueRows) {
    const value = ctx.values.get(r.key);
    const previous = ctx.previous.get(r.key);
    const row = ctx.rows.get(r.key);
    if (typeof value !== 'number' || previous === undefined || row === undefined) continue;
    const address = `${COL.value}${row}`;
    const code = r.key.replace('|', ' ');
    if (r.indicator.accumulation === 'year-to-date' && sameYear && value < previous) {
      report(ctx, 'cumulative-decreased', address, { code, previous, value });
      continue;
    }
    const limit = r.indicator.constraints?.max_change_pct;
    if (limit !== undefined && previous !== 0) {
      const change = ((value - previous) / Math.abs(previous)) * 100;
      if (Math.abs(change) > limit) report(ctx, 'previous-period-jump', address, { code, change: change.toFixed(1), previous, value, limit });
    }
  }
}
