import type { DataValidation } from 'exceljs';
import type { Indicator } from '../model/types.js';
import type { Labels } from './labels.js';

/** Data validation of a value cell from the indicator's constraints, with messages in the template's language. */
export function validationFor(indicator: Indicator, labels: Labels): DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true, errorStyle: 'stop' as const, errorTitle: labels.validationTitle, promptTitle: labels.promptTitle };
  const vt = indicator.value_type;
  if (vt === 'boolean') {
    const text = labels.vBoolean;
    return { ...common, type: 'list', formulae: [`"${labels.yes},${labels.no}"`], error: text, prompt: text };
  }
  if (vt === 'text') {
    const text = labels.vText;
    return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [500], error: text, prompt: text };
  }
  const { min, max } = indicator.constraints ?? {};
  const lower = min ?? (vt === 'integer' || vt === 'percent' ? 0 : undefined);
  const upper = max;
  const kind = vt === 'integer' ? 'whole' : 'decimal';
  const base = labels[vt === 'integer' ? 'vInteger' : 'vDecimal'];
  const range = lower !== undefined && upper !== undefined ? labels.vBetween(lower, upper) : lower !== undefined ? labels.vAtLeast(lower) : upper !== undefined ? labels.vAtMost(upper) : '';
  const text = `${base}${range ? ' ' + range : ''} (${indicator.unit})`;
  if (lower !== undefined && upper !== undefined) return { ...common, type: kind, operator: 'between', formulae: [lower, upper], error: text, prompt: text };
  if (lower !== undefined) return { ...common, type: kind, operator: 'greaterThanOrEqual', formulae: [lower], error: text, prompt: text };
  if (upper !== undefined) return { ...common, type: kind, operator: 'lessThanOrEqual', formulae: [upper], error: text, prompt: text };
  return { ...common, type: kind, operator: 'between', formulae: [-1e15, 1e15], error: text, prompt: text };
}
