import type { Lang } from '../i18n/index.js';
import type { IndicatorSet } from '../model/types.js';
import { planAnnex, type AnnexPlan } from './annex-plan.js';
import { annexHeading, dataTable, decreeDocument, joinSections, orientationFor, packDocx, paragraph, tableWidthMm, type SectionSpec } from './decree30.js';

/**
 * The annex plan as Word pages: the heading and the summary on a portrait page, then the groups' tables, each on the
 * orientation its width needs (landscape for the nine columns of 7146 attributes).
 */
export function annexSections(plan: AnnexPlan): SectionSpec[] {
  const summary = dataTable(plan.summary);
  const blocks: SectionSpec[] = [
    {
      orientation: orientationFor(tableWidthMm(plan.summary.columns)),
      children: [
        ...annexHeading(plan.heading),
        paragraph(plan.intro, { align: 'justify', indent: 10, after: 6 }),
        paragraph({ text: plan.summaryHeading, bold: true }, { keepNext: true, after: 6 }),
        summary,
        ...(plan.summaryNote ? [paragraph({ text: plan.summaryNote, italics: true }, { align: 'justify', before: 6, size: 13 })] : []),
      ],
    },
  ];
  plan.groups.forEach((g, k) => {
    blocks.push({
      orientation: orientationFor(tableWidthMm(g.table.columns)),
      children: [
        ...(k === 0 ? [paragraph({ text: plan.detailHeading, bold: true }, { keepNext: true, after: 6 })] : []),
        paragraph({ text: g.heading, bold: true }, { keepNext: true, before: k === 0 ? 0 : 12, after: 6 }),
        dataTable(g.table),
      ],
    });
  });
  return joinSections(blocks);
}

/** `catalog --out phu-luc.docx`: the decision annex in Decree 30 format; the same set gives the same bytes. */
export async function writeAnnexDocx(set: IndicatorSet, lang: Lang): Promise<Buffer> {
  const plan = planAnnex(set, lang);
  const doc = decreeDocument({ title: plan.title, creator: plan.creator, lang, sections: annexSections(plan) });
  return packDocx(doc, new Date(`${plan.date}T00:00:00Z`));
}
