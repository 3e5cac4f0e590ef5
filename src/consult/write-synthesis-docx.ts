import { dataTable, decreeDocument, joinSections, mottoBlock, packDocx, paragraph, rule, type Cell, type TableSpec } from '../documents/decree30.js';
import { documentWords } from '../i18n/documents.js';
import { consultText, textsOf, type Lang } from '../i18n/index.js';
import { roman } from '../model/layout/index.js';
import type { ConsultSynthesis } from './merge-replies.js';
import { synthesisSections } from './sections.js';

/** A text with line breaks as paragraphs of a cell (a comment typed with Alt+Enter keeps its lines). */
const lines = (text: string | undefined): string[] => (text ? text.split('\n') : ['']);

/** The comments table: STT, unit, indicator, comment, answer (165 mm: the width between Decree 30's portrait margins). */
function commentsTable(s: ConsultSynthesis, lang: Lang): TableSpec {
  const t = consultText(lang).synthesis;
  const [stt, unit, indicator, comment, answer] = t.headings;
  const rows: (Cell | string)[][] = [];
  synthesisSections(s, lang).forEach((section, i) => {
    rows.push([
      { paragraphs: [roman(i + 1)], bold: true, align: 'center', shade: 'F2F2F2' },
      { paragraphs: [section.title], colSpan: 4, bold: true, shade: 'F2F2F2' },
    ]);
    section.comments.forEach((c, j) => rows.push([{ paragraphs: [String(j + 1)], align: 'center' }, c.unitName, c.indicatorText, { paragraphs: lines(c.text) }, { paragraphs: lines(c.answer) }]));
  });
  if (rows.length === 0) rows.push([{ paragraphs: [t.none], colSpan: 5, italics: true, align: 'center' }]);
  return {
    columns: [
      { heading: stt, width: 12, align: 'center' },
      { heading: unit, width: 30 },
      { heading: indicator, width: 35 },
      { heading: comment, width: 53 },
      { heading: answer, width: 35 },
    ],
    rows,
  };
}

/** The proposed indicators: STT, unit, the indicator with its unit, frequency and owner, the reason, the answer. */
function proposalsTable(s: ConsultSynthesis, lang: Lang): TableSpec {
  const t = consultText(lang).synthesis;
  const h = t.proposalHeadings;
  const rows: (Cell | string)[][] = s.proposals.map((p, i) => {
    const details = [p.proposal.unit, p.proposal.frequency, p.proposal.owner].filter(Boolean).join('; ');
    return [
      { paragraphs: [String(i + 1)], align: 'center' },
      lang === 'en' ? (p.unit.name_en ?? p.unit.name) : p.unit.name,
      { paragraphs: [p.proposal.name, ...(details ? [{ text: details, italics: true }] : [])] },
      { paragraphs: lines(p.proposal.reason) },
      { paragraphs: lines(p.answer) },
    ];
  });
  if (rows.length === 0) rows.push([{ paragraphs: [t.noProposals], colSpan: 5, italics: true, align: 'center' }]);
  return {
    columns: [
      { heading: h[0], width: 12, align: 'center' },
      { heading: h[1], width: 30 },
      { heading: h[2], width: 40 },
      { heading: h[6], width: 48 },
      { heading: h[7], width: 35 },
    ],
    rows,
  };
}

/** `tong-hop-y-kien.docx`: the synthesis table as a document in Decree 30/2020 format, with the counts paragraph. */
export async function writeSynthesisDocx(s: ConsultSynthesis, lang: Lang): Promise<Buffer> {
  const t = consultText(lang);
  const words = textsOf(documentWords, lang);
  const set = s.set;
  const setName = lang === 'en' ? (set.name_en ?? set.name) : set.name;
  const issuer = lang === 'en' ? (set.issuing_body_en ?? set.issuing_body) : set.issuing_body;
  // The receiving unit without the division in brackets: "Văn phòng UBND tỉnh Quảng Ngãi".
  const office = (lang === 'en' ? (set.receiving_unit_en ?? set.receiving_unit) : set.receiving_unit)?.replace(/\s*\(.*\)\s*$/, '');
  const children = [
    mottoBlock({ ...(office ? { parent: issuer } : {}), body: office ?? issuer ?? setName, motto: words.motto }),
    paragraph({ text: t.synthesis.title, bold: true }, { align: 'center', before: 18 }),
    paragraph({ text: t.synthesis.subtitle(setName), bold: true }, { align: 'center' }),
    paragraph({ text: t.synthesis.annexOf(set.id, set.version), italics: true }, { align: 'center' }),
    rule(),
    paragraph(t.counts(s.counts), { align: 'justify', indent: 10, after: 6 }),
    dataTable(commentsTable(s, lang)),
    paragraph({ text: t.synthesis.proposalsHeading, bold: true }, { keepNext: true, before: 12, after: 6 }),
    dataTable(proposalsTable(s, lang)),
  ];
  const doc = decreeDocument({ title: t.synthesis.title, creator: office ?? issuer ?? set.id, lang, sections: joinSections([{ orientation: 'portrait', children }]) });
  const date = /^\d{4}-\d{2}-\d{2}$/.test(set.decision?.date ?? '') ? set.decision!.date : '2000-01-01';
  return packDocx(doc, new Date(`${date}T00:00:00Z`));
}
