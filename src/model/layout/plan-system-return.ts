import type { Lang } from '../../diagnostics/index.js';
import { systemIndicators } from '../collection.js';
import type { Period } from '../period.js';
import type { Indicator, IndicatorSet, Unit } from '../types.js';
import { planTemplate, type PlanMemo } from './plan-template.js';
import type { TemplatePlan } from './plan-types.js';

/**
 * The set as a form of one system's indicators: its `collection: system` indicators of `system`, shown as form
 * indicators so that the template planner lays them out (forms leave system indicators out). Built once per set and
 * system: collecting for 3,300 units must not rebuild it 3,300 times.
 */
const views = new WeakMap<IndicatorSet, Map<string, IndicatorSet>>();
function systemView(set: IndicatorSet, system: string): IndicatorSet {
  let bySystem = views.get(set);
  if (!bySystem) views.set(set, (bySystem = new Map()));
  let view = bySystem.get(system);
  if (!view) {
    const copies = new Map<string, Indicator>();
    for (const ind of systemIndicators(set, system)) copies.set(ind.code, { ...ind, collection: 'form' });
    const groups = set.groups.map((g) => ({ ...g, indicators: g.indicators.filter((i) => copies.has(i.code)).map((i) => copies.get(i.code)!) })).filter((g) => g.indicators.length > 0);
    view = { ...set, groups, indicators: [...copies.values()] };
    bySystem.set(system, view);
  }
  return view;
}

/**
 * The rows a return collected from `system` holds for one unit and period (`indicators collect` writes it, `check`
 * reads it): every indicator of the system the unit reports and that is due, with its breakdown categories; derived
 * rows and summed totals are computed from the collected ones, as on a form. Undefined when the unit owes none.
 */
export function planSystemReturn(set: IndicatorSet, unit: Unit, period: Period, system: string, lang: Lang = 'vi', memo?: PlanMemo): TemplatePlan | undefined {
  return planTemplate(systemView(set, system), unit, period, lang, memo);
}
