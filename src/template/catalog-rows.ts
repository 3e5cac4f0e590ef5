import { annexLabels, words, type Lang } from '../i18n/index.js';
import { isComponent, isSystemIndicator, systemOf } from '../model/collection.js';
import type { Indicator, IndicatorSet } from '../model/types.js';

/** The annex as rows of text per group (pure): what both the xlsx and the markdown catalog print. */
export function catalogRows(set: IndicatorSet, lang: Lang): { group: string; rows: string[][]; components: number }[] {
  const agency = new Map(set.agencies.map((a) => [a.code, lang === 'en' ? (a.name_en ?? a.name) : a.name]));
  const breakdown = new Map(set.breakdowns.map((b) => [b.id, lang === 'en' ? (b.name_en ?? b.name) : b.name]));
  const L = annexLabels[lang];
  const w = words[lang];
  const unitOf = (i: Indicator) => (i.unit === '%' ? ' %' : ` ${lang === 'en' ? (i.unit_en ?? i.unit) : i.unit}`);
  let stt = 0;
  return set.groups.map((g) => ({
    group: lang === 'en' ? (g.name_en ?? g.name) : g.name,
    components: g.indicators.filter(isComponent).length,
    rows: g.indicators.map((i) => [
      String(++stt),
      i.code,
      lang === 'en' ? (i.name_en ?? i.name) : i.name,
      lang === 'en' ? (g.name_en ?? g.name) : g.name,
      `${w.indicatorType[i.type]}${isComponent(i) ? L.componentNote : ''}`,
      lang === 'en' ? (i.unit_en ?? i.unit) : i.unit,
      w.frequencyCycle[i.frequency],
      agency.get(i.owner) ?? i.owner,
      (i.cooperating ?? []).map((c) => agency.get(c) ?? c).join('; '),
      i.source,
      i.definition,
      i.formula ? `${i.method} (${i.formula})` : i.method,
      (i.breakdown ?? []).map((b) => breakdown.get(b) ?? b).join('; '),
      i.target ? `${i.target.direction === 'higher' ? '≥' : '≤'} ${i.target.value}${i.unit === '%' ? ' %' : ''}${i.target.by ? L.targetBy(i.target.by) : ''}` : '',
      collectionText(i, set, lang),
      i.sharing ? w.sharing[i.sharing] : '',
      (i.legal_basis ?? []).join('; '),
      i.baseline ? L.baseline(`${i.baseline.value}${unitOf(i)}`, i.baseline.year, i.baseline.source) : '',
      (i.milestones ?? []).map((m) => `${m.year}: ${m.value}${i.unit === '%' ? ' %' : ''}`).join('; '),
      i.higher_code ?? '',
    ]),
  }));
}

/** "Biểu mẫu", or "Hệ thống thông tin: <the system's name>" for a system indicator. */
function collectionText(i: Indicator, set: IndicatorSet, lang: Lang): string {
  const w = words[lang];
  if (!isSystemIndicator(i)) return w.collection.form;
  const system = systemOf(i, set);
  const name = system ? (lang === 'en' ? (system.name_en ?? system.name) : system.name) : i.system;
  return name ? `${w.collection.system}: ${name}` : w.collection.system;
}
