import type { ValueType } from '../types.js';

/** Number formats: thousands separators and decimals follow the spreadsheet's locale (1.245.649 / 71,54 in vi-VN). */
export function numberFormat(valueType: ValueType): string | undefined {
  if (valueType === 'integer') return '#,##0';
  if (valueType === 'decimal' || valueType === 'percent') return '#,##0.00';
  return undefined;
}
