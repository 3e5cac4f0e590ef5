import { consultText, type Lang } from '../i18n/index.js';
import { GENERAL } from './layout.js';
import type { ConsultSynthesis } from './merge-replies.js';

/** One comment as the synthesis prints it. */
export interface SectionComment {
  key: string;
  unitName: string;
  indicatorText: string;
  text: string;
  answer?: string;
}

/**
 * The synthesis table's sections (pure), the same in the workbook and the document: the general comments, then one
 * section per indicator group that received comments, in the set's order.
 */
export function synthesisSections(s: ConsultSynthesis, lang: Lang): { title: string; comments: SectionComment[] }[] {
  const t = consultText(lang);
  const en = lang === 'en';
  const row = (c: ConsultSynthesis['comments'][number]): SectionComment => ({
    key: c.key,
    unitName: en ? (c.unit.name_en ?? c.unit.name) : c.unit.name,
    indicatorText: c.indicator ? `${c.indicator.code}. ${en ? (c.indicator.name_en ?? c.indicator.name) : c.indicator.name}` : t.synthesis.generalIndicator,
    text: c.text,
    ...(c.answer ? { answer: c.answer } : {}),
  });
  const out: { title: string; comments: SectionComment[] }[] = [];
  const general = s.comments.filter((c) => c.code === GENERAL);
  if (general.length) out.push({ title: t.synthesis.general, comments: general.map(row) });
  const groups: { id: string; title: string }[] = [];
  for (const c of s.comments) {
    const g = c.indicator?.group;
    if (g && !groups.some((x) => x.id === g)) groups.push({ id: g, title: s.groupNames.get(g) ?? g });
  }
  for (const g of groups) out.push({ title: g.title, comments: s.comments.filter((c) => c.indicator?.group === g.id).map(row) });
  return out;
}
