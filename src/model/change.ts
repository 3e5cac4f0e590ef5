import type { Indicator } from './types.js';

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
