import { unreachable } from './exhaustive.js';
import type { Accumulation, Indicator } from './types.js';

/** A percent indicator changes in percentage points (60 → 72.4 is +12.4 points, not +20.7 %). */
export function changesInPoints(indicator: Pick<Indicator, 'value_type'>): boolean {
  return indicator.value_type === 'percent';
}

/**
 * The change from `previous` to `value`: percentage points for a percent indicator, else relative, in percent
 * (undefined from 0, which has no relative change).
 */
export function changeOf(indicator: Pick<Indicator, 'value_type'>, value: number, previous: number): number | undefined {
  if (changesInPoints(indicator)) return value - previous;
  return previous === 0 ? undefined : ((value - previous) / Math.abs(previous)) * 100;
}

/**
 * Whether a value is compared with the same period of the previous year (a year-to-date value: lũy kế) rather than
 * with the period before (a period's own flow, or a stock at the end of the period).
 */
export function comparedWithLastYear(accumulation: Accumulation): boolean {
  switch (accumulation) {
    case 'year-to-date':
      return true;
    case 'period':
    case 'stock':
      return false;
    default:
      return unreachable(accumulation);
  }
}
