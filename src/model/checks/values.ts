import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { reporterCodes } from '../reporters.js';
import { at } from './locate.js';
import type { SetCheck } from './types.js';

/** A percent reported by several units without numerator/denominator would be averaged: seed 002's mistake. */
export const ratioAveraged: SetCheck = ({ set }) =>
  set.indicators
    .filter((i) => i.value_type === 'percent' && !i.formula && reporterCodes(i, set).length > 1)
    .map((i) => makeDiagnostic('ratio-averaged', { location: at(set, 'indicator', i.code, 'value_type'), params: { code: i.code } }));

/** min ≤ max, and a target within them. */
export const impossibleConstraints: SetCheck = ({ set }) => {
  const out: Diagnostic[] = [];
  for (const ind of set.indicators) {
    const c = ind.constraints ?? {};
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) {
      out.push(makeDiagnostic('constraint-impossible', { location: at(set, 'indicator', ind.code, 'constraints'), params: { code: ind.code, detail: `min ${c.min} > max ${c.max}` } }));
    }
    const t = ind.target?.value;
    if (t !== undefined && ((c.min !== undefined && t < c.min) || (c.max !== undefined && t > c.max))) {
      out.push(
        makeDiagnostic('target-out-of-range', {
          location: at(set, 'indicator', ind.code, 'target', 'value'),
          params: { code: ind.code, target: t, min: c.min ?? '-∞', max: c.max ?? '+∞' },
        }),
      );
    }
  }
  return out;
};

/** "%" goes with value_type percent, and percent with "%". */
export const valueTypeUnit: SetCheck = ({ set }) =>
  set.indicators
    .filter((i) => (i.unit.trim() === '%') !== (i.value_type === 'percent'))
    .map((i) => makeDiagnostic('value-type-unit', { location: at(set, 'indicator', i.code, 'value_type'), params: { code: i.code, unit: i.unit, valueType: i.value_type } }));
