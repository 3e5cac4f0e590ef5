import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { at } from './locate.js';
import type { SetCheck } from './types.js';

/**
 * Baseline, milestones and target tell one story in time: the baseline year is not after the target year; milestones
 * go in year order, once a year, after the baseline year and not after the target year.
 */
export const baselineAndMilestones: SetCheck = ({ set }) => {
  const out: Diagnostic[] = [];
  for (const ind of set.indicators) {
    const base = ind.baseline?.year;
    const by = ind.target?.by;
    if (base !== undefined && by !== undefined && base > by) {
      out.push(makeDiagnostic('baseline-after-target', { location: at(set, 'indicator', ind.code, 'baseline', 'year'), params: { code: ind.code, baseline: base, target: by } }));
    }
    let previous: number | undefined;
    (ind.milestones ?? []).forEach((m, i) => {
      const location = at(set, 'indicator', ind.code, 'milestones', i, 'year');
      if (previous !== undefined && m.year <= previous) {
        out.push(makeDiagnostic('milestone-order', { location, params: { code: ind.code, year: m.year, previous } }));
      } else if ((base !== undefined && m.year <= base) || (by !== undefined && m.year > by)) {
        out.push(makeDiagnostic('milestone-outside', { location, params: { code: ind.code, year: m.year, from: base ?? '…', to: by ?? '…' } }));
      }
      previous = previous === undefined ? m.year : Math.max(previous, m.year);
    });
  }
  return out;
};

/**
 * Warning thresholds leave room for a value that is fine (`below` under `above`) and do not flag a value that meets
 * the target (`below` above a higher-is-better target, `above` under a lower-is-better one).
 */
export const warningThresholds: SetCheck = ({ set }) => {
  const out: Diagnostic[] = [];
  for (const ind of set.indicators) {
    const w = ind.warning;
    if (!w) continue;
    if (w.below !== undefined && w.above !== undefined && w.below >= w.above) {
      out.push(makeDiagnostic('warning-thresholds-cross', { location: at(set, 'indicator', ind.code, 'warning'), params: { code: ind.code, below: w.below, above: w.above } }));
      continue;
    }
    const t = ind.target;
    if (!t) continue;
    const [field, threshold] = t.direction === 'higher' ? (['below', w.below] as const) : (['above', w.above] as const);
    if (threshold === undefined) continue;
    if (t.direction === 'higher' ? threshold > t.value : threshold < t.value) {
      out.push(
        makeDiagnostic('warning-beyond-target', {
          location: at(set, 'indicator', ind.code, 'warning', field),
          params: { code: ind.code, field, threshold, target: t.value, direction: t.direction },
        }),
      );
    }
  }
  return out;
};

/** `type: composite` predates the 7146 typology: still read, with a warning asking for one of the five types. */
export const compositeType: SetCheck = ({ set }) =>
  set.indicators.filter((i) => i.type === 'composite').map((i) => makeDiagnostic('type-composite', { location: at(set, 'indicator', i.code, 'type'), params: { code: i.code } }));
