import type { Indicator, IndicatorSet, System } from './types.js';

/**
 * How an indicator's values are collected (issue 13, 7146/VPCP-KSTT): `form` (units type them into a template; the
 * default) or `system` (taken from an information system named in systems.yaml; never on a form). Every command asks
 * here rather than reading `collection` itself, so the default lives in one place.
 */
export function isOnForms(indicator: Pick<Indicator, 'collection'>): boolean {
  return (indicator.collection ?? 'form') === 'form';
}

/** True when the indicator's values come from an information system (`collection: system`). */
export function isSystemIndicator(indicator: Pick<Indicator, 'collection'>): boolean {
  return indicator.collection === 'system';
}

/** The systems.yaml entry an indicator's values come from, if it names one that exists. */
export function systemOf(indicator: Pick<Indicator, 'system'>, set: Pick<IndicatorSet, 'systems'>): System | undefined {
  return indicator.system === undefined ? undefined : set.systems.find((s) => s.id === indicator.system);
}

/** The indicators taken from system `id`, in set order. */
export function systemIndicators(set: Pick<IndicatorSet, 'indicators'>, id?: string): Indicator[] {
  return set.indicators.filter((i) => isSystemIndicator(i) && (id === undefined || i.system === id));
}

/** True for a numerator, denominator or other input (`component: true`) that is not an indicator of the set itself. */
export function isComponent(indicator: Pick<Indicator, 'component'>): boolean {
  return indicator.component === true;
}

/** How many indicators the set defines, and how many components (numerators, denominators) beside them. */
export interface IndicatorCount {
  indicators: number;
  components: number;
}

/** Counts indicators as the set defines them: components apart. */
export function countIndicators(indicators: readonly Pick<Indicator, 'component'>[]): IndicatorCount {
  const components = indicators.filter(isComponent).length;
  return { indicators: indicators.length - components, components };
}
