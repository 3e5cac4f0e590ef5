import { annexDocLabels, words, type Lang } from '../i18n/index.js';
import { countIndicators, isComponent, isSystemIndicator, systemOf } from '../model/collection.js';
import { reporterCodes } from '../model/reporters.js';
import type { Indicator, IndicatorSet } from '../model/types.js';
import { formatAmount } from '../report/html-escape.js';
import type { AnnexHeadingSpec, Cell, Column, Inline, TableSpec } from './decree30.js';

/**
 * The decision annex (Phụ lục) as data (pure): the heading, a summary by group, and per group a table of the 7146/VPCP-KSTT
 * attributes. `annex-docx.ts` turns it into Word in Decree 30 format.
 */
export interface AnnexPlan {
  lang: Lang;
  /** Document properties. */
  title: string;
  creator: string;
  /** The decision's date (ISO), or a fixed date: the file's timestamps, so the same set gives the same bytes. */
  date: string;
  heading: AnnexHeadingSpec;
  intro: string;
  summaryHeading: string;
  summary: TableSpec;
  /** Said under the summary when components are listed but not counted. */
  summaryNote?: string;
  detailHeading: string;
  groups: { heading: string; table: TableSpec }[];
}

/**
 * Column widths (mm) of a group's table: 252 mm together, the width of landscape A4 between Decree 30's margins. A
 * word broken over two lines reads as two ("Quarterl y", "CCHC.07 a"), so the code, type, unit and frequency columns
 * are as wide as their longest word needs in 13 pt (bold for codes and headings); the method column takes what is
 * left, down to METHOD_MIN, then the name and source columns give up the rest.
 */
const WIDTHS = { no: 12, name: 40, type: 17, unit: 16, frequency: 18, source: 40, agencies: 34 } as const;
const LANDSCAPE_WIDTH = 252;
const METHOD_MIN = 40;
/** Width of one character of 13 pt Times New Roman, a little over the average (lower case; bold; bold codes, mostly capitals and digits), and a cell's padding (mm). */
const CHAR_MM = 2.2;
const BOLD_CHAR_MM = 2.5;
const CODE_CHAR_MM = 2.9;
const PADDING_MM = 3;

function longestWord(texts: readonly string[]): number {
  return Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => [...w].length));
}

/** The width a column needs for its longest word, at least `base`, at most `max` (mm). */
function fit(base: number, max: number, texts: readonly string[], bold: readonly string[] = [], perChar = CHAR_MM, perBoldChar = BOLD_CHAR_MM): number {
  const need = Math.max(longestWord(texts) * perChar, longestWord(bold) * perBoldChar) + PADDING_MM;
  return Math.min(max, Math.max(base, Math.ceil(need)));
}

/** The group tables' columns, in mm: fitted to the words of the set in this language. */
function columnWidths(cells: { code: string[]; type: string[]; unit: string[]; frequency: string[] }, headings: { type: string; unit: string; frequency: string }) {
  const code = fit(20, 34, [], cells.code, CHAR_MM, CODE_CHAR_MM);
  const type = fit(WIDTHS.type, 26, cells.type, [headings.type]);
  const unit = fit(WIDTHS.unit, 32, cells.unit, [headings.unit]);
  const frequency = fit(WIDTHS.frequency, 30, cells.frequency, [headings.frequency]);
  let { name, source } = WIDTHS;
  let method = LANDSCAPE_WIDTH - (WIDTHS.no + code + name + type + unit + frequency + source + WIDTHS.agencies);
  if (method < METHOD_MIN) {
    const short = METHOD_MIN - method;
    name -= Math.ceil(short / 2);
    source -= Math.floor(short / 2);
    method = METHOD_MIN;
  }
  return { no: WIDTHS.no, code, name, type, unit, frequency, method, source, agencies: WIDTHS.agencies };
}
const SUMMARY_WIDTHS = [13, 65, 25, 31, 31];

/** The annex of the set as data, in the given language. */
export function planAnnex(set: IndicatorSet, lang: Lang): AnnexPlan {
  const L = annexDocLabels[lang];
  const W = words[lang];
  const en = lang === 'en';
  const info = set.info;
  const setName = en ? (info.name_en ?? info.name) : info.name;
  const body = en ? (info.issuing_body_en ?? info.issuing_body) : info.issuing_body;
  const agency = new Map(set.agencies.map((a) => [a.code, en ? (a.name_en ?? a.name) : a.name]));
  const unitName = new Map(set.units.map((u) => [u.code, en ? (u.name_en ?? u.name) : u.name]));
  const breakdown = new Map(set.breakdowns.map((b) => [b.id, en ? (b.name_en ?? b.name) : b.name]));

  const withUnit = (i: Indicator, value: number) => formatAmount(value, en ? (i.unit_en ?? i.unit) : i.unit, 4, lang);
  const reporters = (i: Indicator): string => {
    const rb = i.reported_by;
    if (Array.isArray(rb)) return rb.map((c) => unitName.get(c) ?? c).join('; ');
    if (rb === 'province') return `${L.reportersWord.province} (${agency.get(i.owner) ?? i.owner})`;
    return `${L.reportersWord[rb]} (${L.unitCount(reporterCodes(i, set).length)})`;
  };
  const frequency = (i: Indicator) => (i.accumulation === 'period' ? W.frequencyCycle[i.frequency] : `${W.frequencyCycle[i.frequency]} (${W.accumulation[i.accumulation]})`);
  const labelled = (label: string, value: string): Inline[] => [{ text: `${label}: `, italics: true }, value];

  /** The second row of an indicator: who reports, breakdown, baseline, milestones, target, legal basis, sharing. */
  const details = (i: Indicator): Inline[] => {
    const parts: Inline[][] = [labelled(L.reporters, reporters(i))];
    if (i.breakdown?.length) parts.push(labelled(L.breakdown, i.breakdown.map((b) => breakdown.get(b) ?? b).join('; ')));
    if (i.baseline) {
      const where = [L.yearOf(i.baseline.year), i.baseline.source].filter(Boolean).join('; ');
      parts.push(labelled(L.baseline, `${withUnit(i, i.baseline.value)} (${where})`));
    }
    if (i.milestones?.length) parts.push(labelled(L.milestones, i.milestones.map((m) => `${m.year}: ${withUnit(i, m.value)}`).join('; ')));
    if (i.target) parts.push(labelled(L.target, `${i.target.direction === 'higher' ? '≥' : '≤'} ${withUnit(i, i.target.value)}${i.target.by ? ` ${L.targetBy(i.target.by)}` : ''}`));
    if (i.legal_basis?.length) parts.push(labelled(L.legalBasis, i.legal_basis.join('; ')));
    if (i.sharing) parts.push(labelled(L.sharing, W.sharing[i.sharing]));
    return parts.flatMap((p, k) => (k === 0 ? p : ['.  ', ...p]));
  };

  let no = 0;
  const rowsOf = (i: Indicator): (Cell | string)[][] => {
    no++;
    const found = systemOf(i, set);
    const system = found ? (en ? (found.name_en ?? found.name) : found.name) : (i.system ?? '');
    const code: Cell = { paragraphs: [{ text: i.code, bold: true }, ...(i.higher_code ? [[{ text: `${L.higherCode}: `, italics: true }, i.higher_code]] : [])], rowSpan: 2 };
    const name: Cell = { paragraphs: [en ? (i.name_en ?? i.name) : i.name, ...(isComponent(i) ? [{ text: `(${L.component})`, italics: true }] : [])] };
    const method: Cell = {
      paragraphs: [labelled(L.definition, i.definition), labelled(L.method, i.method), ...(i.formula ? [labelled(L.formula, i.formula)] : [])],
    };
    const source: Cell = {
      paragraphs: [i.source, { text: isSystemIndicator(i) ? `${L.collection.system}${system ? `: ${system}` : ''}` : L.collection.form, italics: true }],
    };
    const cooperating = (i.cooperating ?? []).map((c) => agency.get(c) ?? c);
    const agencies: Cell = {
      paragraphs: [labelled(L.owner, agency.get(i.owner) ?? i.owner), ...(cooperating.length ? [labelled(L.cooperating, cooperating.join('; '))] : [])],
    };
    return [
      [{ paragraphs: [String(no)], rowSpan: 2, align: 'center' }, code, name, W.indicatorType[i.type], en ? (i.unit_en ?? i.unit) : i.unit, frequency(i), method, source, agencies],
      [{ paragraphs: [details(i)], colSpan: 7 }],
    ];
  };

  const c = L.columns;
  const all = set.indicators;
  const w = columnWidths(
    { code: all.map((i) => i.code), type: all.map((i) => W.indicatorType[i.type]), unit: all.map((i) => (en ? (i.unit_en ?? i.unit) : i.unit)), frequency: all.map(frequency) },
    c,
  );
  const columns: Column[] = [
    { heading: c.no, width: w.no, align: 'center' },
    { heading: c.code, width: w.code },
    { heading: c.name, width: w.name },
    { heading: c.type, width: w.type, align: 'center' },
    { heading: c.unit, width: w.unit, align: 'center' },
    { heading: c.frequency, width: w.frequency, align: 'center' },
    { heading: c.method, width: w.method },
    { heading: c.source, width: w.source },
    { heading: c.agencies, width: w.agencies },
  ];

  const groups = set.groups.map((g, k) => ({
    heading: L.groupHeading(k + 1, en ? (g.name_en ?? g.name) : g.name),
    table: { columns, numberRow: true, rows: g.indicators.flatMap(rowsOf) },
  }));

  const tally = (list: Indicator[]) => {
    const mine = list.filter((i) => !isComponent(i));
    const system = mine.filter(isSystemIndicator).length;
    return [String(mine.length), String(mine.length - system), String(system)];
  };
  const summaryRows: (Cell | string)[][] = set.groups.map((g, k) => [String(k + 1), en ? (g.name_en ?? g.name) : g.name, ...tally(g.indicators)]);
  summaryRows.push([{ paragraphs: [L.total], colSpan: 2, bold: true, align: 'center' }, ...tally(set.indicators).map((t) => ({ paragraphs: [t], bold: true }))]);
  const count = countIndicators(set.indicators);

  return {
    lang,
    title: L.documentTitle(setName),
    creator: body,
    date: info.decision?.date ?? '2000-01-01',
    heading: { label: L.label, title: setName, attachedTo: L.attachedTo({ number: info.decision?.number, date: info.decision?.date }, body) },
    intro: L.intro(setName, info.version, count.indicators, set.groups.length),
    summaryHeading: L.summaryHeading,
    summary: {
      columns: L.summaryColumns.map((heading, k) => ({ heading, width: SUMMARY_WIDTHS[k], align: k === 1 ? 'left' : 'center' })),
      rows: summaryRows,
    },
    summaryNote: count.components ? L.componentsNote(count.components) : undefined,
    detailHeading: L.detailHeading,
    groups,
  };
}
