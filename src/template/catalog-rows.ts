import { annexLabels, words, type Lang } from '../i18n/index.js';
import type { IndicatorSet } from '../model/types.js';

/** The annex as rows of text per group (pure): what both the xlsx and the markdown catalog print. */
export function catalogRows(set: IndicatorSet, lang: Lang): { group: string; rows: string[][] }[] {
  const agency = new Map(set.agencies.map((a) => [a.code, lang === 'en' ? (a.name_en ?? a.name) : a.name]));
  const breakdown = new Map(set.breakdowns.map((b) => [b.id, lang === 'en' ? (b.name_en ?? b.name) : b.name]));
  let stt = 0;
  return set.groups.map((g) => ({
    group: lang === 'en' ? (g.name_en ?? g.name) : g.name,
    rows: g.indicators.map((i) => [
      String(++stt),
      i.code,
      lang === 'en' ? (i.name_en ?? i.name) : i.name,
      lang === 'en' ? (g.name_en ?? g.name) : g.name,
      words[lang].indicatorType[i.type],
      lang === 'en' ? (i.unit_en ?? i.unit) : i.unit,
      words[lang].frequencyCycle[i.frequency],
      agency.get(i.owner) ?? i.owner,
      (i.cooperating ?? []).map((c) => agency.get(c) ?? c).join('; '),
      i.source,
      i.definition,
      i.formula ? `${i.method} (${i.formula})` : i.method,
      (i.breakdown ?? []).map((b) => breakdown.get(b) ?? b).join('; '),
      i.target ? `${i.target.direction === 'higher' ? '≥' : '≤'} ${i.target.value}${i.unit === '%' ? ' %' : ''}${i.target.by ? annexLabels[lang].targetBy(i.target.by) : ''}` : '',
    ]),
  }));
}
