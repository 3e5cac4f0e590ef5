import type { DataValidation } from 'exceljs';
import type { Indicator } from '../model/types.js';
import { label, type Labels } from './labels.js';

/** Data validation of a value cell from the indicator's constraints, with messages in the template's language. */
export function validationFor(indicator: Indicator, labels: Labels): DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true, errorStyle: 'stop' as const, errorTitle: label(labels, 'validationTitle'), promptTitle: label(labels, 'promptTitle') };
  const vt = indicator.value_type;
  if (vt === 'boolean') {
    const text = label(labels, 'vBoolean');
    return { ...common, type: 'list', formulae: [`"${label(labels, 'yes')},${label(labels, 'no')}"`], error: text, prompt: text };
  }
  if (vt === 'text') {
    const text = label(labels, 'vText');
    return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [500], error: text, prompt: text };
  }
  const { min, max } = indicator.constraints ?? {};
  const lower = min ?? (vt === 'integer' || vt === 'percent' ? 0 : undefined);
  const upper = max;
  const kind = vt === 'integer' ? 'whole' : 'decimal';
  const base = label(labels, vt === 'integer' ? 'vInteger' : 'vDecimal');
  const range =
    lower !== undefined && upper !== undefined ? label(labels, 'vBetween', { min: lower, max: upper }) :
    lower !== undefined ? label(labels, 'vAtLeast', { min: lower }) :
    upper !== undefined ? label(labels, 'vAtMost', { max: upper }) : '';
  const text = `${base}${range ? ' ' + range : ''} (${indicator.unit})`;
  if (lower !== undefined && upper !== undefined) return { ...common, type: kind, operator: 'between', formulae: [lower, upper], error: text, prompt: text };
  if (lower !== undefined) return { ...common, type: kind, operator: 'greaterThanOrEqual', formulae: [lower], error: text, prompt: text };
  if (upper !== undefined) return { ...common, type: kind, operator: 'lessThanOrEqual', formulae: [upper], error: text, prompt: text };
  return { ...common, type: kind, operator: 'between', formulae: [-1e15, 1e15], error: text, prompt: text };
}
