import { unreachable } from '../exhaustive.js';
import type { ValueType } from '../types.js';

/** Number formats: thousands separators and decimals follow the spreadsheet's locale (1.245.649 / 71,54 in vi-VN). */
export function numberFormat(valueType: ValueType): string | undefined {
  switch (valueType) {
    case 'integer':
      return '#,##0';
    case 'decimal':
    case 'percent':
      return '#,##0.00';
    case 'boolean':
    case 'text':
      return undefined;
    default:
      return unreachable(valueType);
  }
}
