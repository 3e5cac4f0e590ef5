import type { History, IndicatorSeries } from '../history/types.js';
import type { Lang } from '../i18n/index.js';
import type { IndicatorSet } from '../model/types.js';
import { nameOf, slug, unitOf } from './format.js';

/** One observation of `api/series/<CODE>.json` (issue 15): province rows carry the province's unit code. */
export interface SeriesObservation {
  period: string;
  unit_code: string;
  breakdown: string;
  category: string;
  value: number;
}

/**
 * `api/series/<CODE>.json`: every observation of the datasets, period by period: the province total and its breakdown
 * categories, then each unit (by code) with its total and its breakdown categories (by breakdown, then category).
 */
export function seriesJson(history: History, s: IndicatorSeries, lang: Lang): { code: string; name: string; unit_of_measure: string; observations: SeriesObservation[] } {
  const observations: SeriesObservation[] = [];
  const province = history.province ?? '';
  const categoriesOf = new Map<string, typeof s.unitCategories>();
  for (const c of s.unitCategories) {
    const list = categoriesOf.get(c.unit);
    if (list) list.push(c);
    else categoriesOf.set(c.unit, [c]);
  }
  const units = [...new Set([...s.unitValues.keys(), ...categoriesOf.keys()])].sort();
  history.periods.forEach((p, i) => {
    const total = s.points.find((q) => q.period === p.id)?.value;
    if (total !== undefined) observations.push({ period: p.id, unit_code: province, breakdown: '', category: '', value: total });
    for (const c of s.categories) if (c.values[i] !== undefined) observations.push({ period: p.id, unit_code: province, breakdown: c.breakdown, category: c.category, value: c.values[i]! });
    for (const u of units) {
      const v = s.unitValues.get(u)?.[i];
      if (v !== undefined) observations.push({ period: p.id, unit_code: u, breakdown: '', category: '', value: v });
      for (const c of categoriesOf.get(u) ?? []) if (c.values[i] !== undefined) observations.push({ period: p.id, unit_code: u, breakdown: c.breakdown, category: c.category, value: c.values[i]! });
    }
  });
  return { code: s.code, name: nameOf(s, lang), unit_of_measure: unitOf(s, lang), observations };
}

/** `api/indicators.json`: every indicator with its metadata, where its page and series are, and the periods held. */
export function indicatorsJson(history: History, set: IndicatorSet, lang: Lang): object {
  return {
    set_id: history.setId,
    set_version: history.setVersion,
    province_unit_code: history.province ?? '',
    periods: history.periods.map((p) => ({ period: p.id, frequency: p.period.frequency, set_version: p.setVersion ?? null, has_data: !p.empty })),
    indicators: history.indicators.map((s) => {
      const i = s.indicator;
      const latest = [...s.points].reverse().find((p) => p.value !== undefined);
      return {
        code: s.code,
        name: i?.name ?? s.code,
        name_en: i?.name_en ?? null,
        unit_of_measure: unitOf(s, 'vi'),
        unit_of_measure_en: i?.unit_en ?? null,
        in_set: i !== undefined,
        former_codes: s.formerCodes,
        group: i?.group ?? null,
        type: i?.type ?? null,
        value_type: i?.value_type ?? null,
        frequency: i?.frequency ?? null,
        accumulation: i?.accumulation ?? null,
        aggregation: i?.aggregation ?? null,
        owner: i?.owner ?? null,
        source: i?.source ?? null,
        definition: i?.definition ?? null,
        method: i?.method ?? null,
        formula: i?.formula ?? null,
        legal_basis: i?.legal_basis ?? [],
        higher_code: s.higherCode || null,
        key: i?.key ?? false,
        target: i?.target ?? null,
        milestones: i?.milestones ?? [],
        baseline: i?.baseline ?? null,
        latest: latest ? { period: latest.period, value: latest.value, reporting: latest.reporting, owing: latest.owing, status: latest.target?.status ?? null } : null,
        page: `indicators/${slug(s.code)}.html`,
        series: `api/series/${slug(s.code)}.json`,
        title: nameOf(s, lang),
      };
    }),
  };
}
