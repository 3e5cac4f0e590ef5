// src/documents: the one .docx writer, in the format of Decree 30/2020/NĐ-CP (document format of administrative bodies).
// Everything a Word document of the project needs: A4 sections in either orientation with the decree's margins, Times
// New Roman 13–14, the page number centred in the top margin (none on the first page), the annex heading, the national
// motto block, bordered tables, and deterministic packing. Callers (catalog's annex, consult's synthesis) build the
// plan; this module knows no indicator. Words come from the caller: this module has no user-visible text of its own.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { unzipSync } from 'fflate';
import { zipInOrder } from '../io/deterministic-zip.js';

/** The format of Decree 30/2020/NĐ-CP, appendix I: paper, margins (mm), font and sizes (pt). */
export const DECREE30 = {
  font: 'Times New Roman',
  /** A4, portrait, in millimetres. */
  page: { width: 210, height: 297 },
  /** top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm: the smallest allowed, so wide tables fit. */
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Distance of the page number (header) from the top edge. */
  header: 10,
  /** Body text: 13–14 pt. */
  bodySize: 14,
  /** Table text: the smallest size the decree allows for text. */
  tableSize: 13,
  /** The page number: 13–14 pt, upright. */
  pageNumberSize: 13,
} as const;

export type Orientation = 'portrait' | 'landscape';

/** Padding inside table cells, left and right (mm). */
const CELL_MARGIN_MM = 1.2;

/** Millimetres to twentieths of a point (twips), Word's unit for page and table geometry. */
export function mm(value: number): number {
  return Math.round((value * 1440) / 25.4);
}

/** Width left for text between the margins, in mm. */
export function textWidthMm(orientation: Orientation): number {
  const { page, margins } = DECREE30;
  return (orientation === 'portrait' ? page.width : page.height) - margins.left - margins.right;
}

/** Portrait when a table of this width (mm) fits between the portrait margins, landscape otherwise. */
export function orientationFor(tableWidthMm: number): Orientation {
  return tableWidthMm <= textWidthMm('portrait') + 0.01 ? 'portrait' : 'landscape';
}

/** A piece of text with its emphasis; `break` starts it on a new line within the paragraph. */
export interface TextPart {
  text: string;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  break?: boolean;
}
export type Inline = string | TextPart;

export type Align = 'left' | 'center' | 'right' | 'justify';
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

export interface ParagraphOptions {
  align?: Align;
  /** Font size in points (default: the body size). */
  size?: number;
  bold?: boolean;
  italics?: boolean;
  /** Space before and after, in points. */
  before?: number;
  after?: number;
  /** First-line indent in mm (body paragraphs: 10 mm). */
  indent?: number;
  /** Keep with the next paragraph (a heading with its table). */
  keepNext?: boolean;
  /** Start on a new page. */
  pageBreakBefore?: boolean;
}

function runs(parts: Inline | Inline[], options: ParagraphOptions): TextRun[] {
  const list = Array.isArray(parts) ? parts : [parts];
  return list.map((p) => {
    const part = typeof p === 'string' ? { text: p } : p;
    return new TextRun({
      text: part.text,
      bold: part.bold ?? options.bold,
      italics: part.italics ?? options.italics,
      underline: part.underline ? {} : undefined,
      size: (options.size ?? DECREE30.bodySize) * 2,
      break: part.break ? 1 : undefined,
    });
  });
}

/** One paragraph of text in Decree 30's font. */
export function paragraph(parts: Inline | Inline[], options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'left'],
    spacing: { before: (options.before ?? 0) * 20, after: (options.after ?? 0) * 20 },
    indent: options.indent ? { firstLine: mm(options.indent) } : undefined,
    keepNext: options.keepNext,
    pageBreakBefore: options.pageBreakBefore,
    children: runs(parts, options),
  });
}

/** What an annex says on top (Decree 30, appendix I, part IV): which annex, its title and the document it goes with. */
export interface AnnexHeadingSpec {
  /** "Phụ lục" or "Phụ lục I": one line, centred, bold, 14 pt. */
  label: string;
  /** The annex's title: upper case, bold, centred. */
  title: string;
  /** "(Kèm theo Quyết định số …/QĐ-UBND ngày … của …)": italic, centred. */
  attachedTo: string;
}

/** The annex heading: label, title in capitals, the "attached to" line and a short rule under it. */
export function annexHeading(spec: AnnexHeadingSpec): Paragraph[] {
  return [
    paragraph({ text: spec.label, bold: true }, { align: 'center' }),
    paragraph({ text: spec.title.toLocaleUpperCase('vi'), bold: true }, { align: 'center', before: 6 }),
    paragraph({ text: spec.attachedTo, italics: true }, { align: 'center' }),
    rule(),
  ];
}

/** A short centred line under a heading, as Decree 30 draws under the motto and the annex title; `within`: the space it is centred in (mm). */
export function rule(widthMm = 40, within: number = textWidthMm('portrait')): Paragraph {
  const side = mm(Math.max(0, (within - widthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** What the national motto block shows: the issuing body on the left, the motto on the right, number and date below. */
export interface MottoBlockSpec {
  /** The body above the issuing one, upright capitals (e.g. "UBND TỈNH QUẢNG NGÃI"); optional. */
  parent?: string;
  /** The issuing body, bold capitals. */
  body: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc", from the caller's words. */
  motto: [string, string];
  /** "Số: …/TTr-VP" under the body. */
  number?: string;
  /** "Quảng Ngãi, ngày … tháng … năm …" under the motto, italic. */
  placeDate?: string;
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/**
 * Share of the text width the motto column takes: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 13 pt bold Times New Roman
 * needs about 98 mm, and stays on one line as the decree shows it (at 60 % of the 165 mm text width, 96.6 mm inside
 * the cell, LibreOffice wrapped "NAM"; 64 % leaves 103 mm). The issuing body, on the left, may take two lines.
 */
export const MOTTO_SHARE = 0.64;

/** The header block of a standalone document (Decree 30, appendix I, part II): a borderless two-column table. */
export function mottoBlock(spec: MottoBlockSpec): Table {
  const width = textWidthMm('portrait');
  const inner = (share: number) => width * share - 2 * CELL_MARGIN_MM;
  const left = [
    ...(spec.parent ? [paragraph(spec.parent.toLocaleUpperCase('vi'), { align: 'center', size: 13 })] : []),
    paragraph({ text: spec.body.toLocaleUpperCase('vi'), bold: true }, { align: 'center', size: 13 }),
    rule(20, inner(1 - MOTTO_SHARE)),
    ...(spec.number ? [paragraph(spec.number, { align: 'center', size: 13 })] : []),
  ];
  const right = [
    paragraph({ text: spec.motto[0].toLocaleUpperCase('vi'), bold: true }, { align: 'center', size: 13 }),
    paragraph({ text: spec.motto[1], bold: true }, { align: 'center', size: 14 }),
    rule(60, inner(MOTTO_SHARE)),
    ...(spec.placeDate ? [paragraph({ text: spec.placeDate, italics: true }, { align: 'center', size: 14 })] : []),
  ];
  const widths = [width * (1 - MOTTO_SHARE), width * MOTTO_SHARE].map(mm);
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [new TableCell({ width: { size: widths[0], type: WidthType.DXA }, children: left }), new TableCell({ width: { size: widths[1], type: WidthType.DXA }, children: right })],
      }),
    ],
  });
}

/** A column of a bordered table: its heading and width in mm. */
export interface Column {
  heading: string;
  width: number;
  align?: Align;
}

/** A cell: paragraphs of text (a string is one paragraph), optionally spanning columns or rows. */
export interface Cell {
  paragraphs: (Inline | Inline[])[];
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  bold?: boolean;
  italics?: boolean;
  /** Background as hex RGB ("F2F2F2"). */
  shade?: string;
}

export interface TableSpec {
  columns: Column[];
  rows: (Cell | string)[][];
  /** Font size of the cells (default: Decree 30's table size). */
  size?: number;
  /** A row of column numbers (1), (2) … under the headings, as on annex tables. */
  numberRow?: boolean;
}

/** The width of a table's columns together, in mm: what `orientationFor` decides on. */
export function tableWidthMm(columns: readonly Column[]): number {
  return columns.reduce((sum, c) => sum + c.width, 0);
}

const HEADING_SHADE = 'F2F2F2';

function cell(spec: Cell | string, widthMm: number, size: number, align: Align | undefined): TableCell {
  const c: Cell = typeof spec === 'string' ? { paragraphs: [spec] } : spec;
  const paras = c.paragraphs.length ? c.paragraphs : [''];
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    verticalAlign: VerticalAlignTable.TOP,
    margins: { top: mm(0.6), bottom: mm(0.6), left: mm(CELL_MARGIN_MM), right: mm(CELL_MARGIN_MM) },
    shading: c.shade ? { fill: c.shade, color: 'auto', type: 'clear' } : undefined,
    children: paras.map((p) => paragraph(p, { size, align: c.align ?? align, bold: c.bold, italics: c.italics })),
  });
}

/**
 * A bordered table with a heading row repeated on every page, fixed column widths (mm) and Decree 30's font. Cells
 * spanning rows (`rowSpan`) are left out of the rows below them, as in HTML.
 */
export function dataTable(spec: TableSpec): Table {
  const size = spec.size ?? DECREE30.tableSize;
  const widths = spec.columns.map((c) => c.width);
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.columns.map((c, i) => cell({ paragraphs: [c.heading], bold: true, align: 'center', shade: HEADING_SHADE }, widths[i], size, 'center')),
  });
  const numbers = spec.numberRow
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: spec.columns.map((_, i) => cell({ paragraphs: [`(${i + 1})`], italics: true, align: 'center' }, widths[i], size, 'center')),
        }),
      ]
    : [];
  // Which columns of each row are taken by a cell spanning down from a row above.
  const taken: number[] = spec.columns.map(() => 0);
  const body = spec.rows.map((row) => {
    const cells: TableCell[] = [];
    let col = 0;
    const skip = () => {
      while (col < widths.length && taken[col] > 0) {
        taken[col]--;
        col++;
      }
    };
    for (const c of row) {
      skip();
      const span = typeof c === 'string' ? 1 : (c.colSpan ?? 1);
      const down = typeof c === 'string' ? 1 : (c.rowSpan ?? 1);
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      cells.push(cell(c, width, size, spec.columns[col]?.align));
      for (let k = col; k < col + span; k++) taken[k] = down - 1;
      col += span;
    }
    skip();
    return new TableRow({ children: cells });
  });
  return new Table({
    width: { size: widths.reduce((a, w) => a + mm(w), 0), type: WidthType.DXA },
    columnWidths: widths.map(mm),
    layout: TableLayoutType.FIXED,
    rows: [heading, ...numbers, ...body],
  });
}

/** One section of pages: its orientation and content. */
export interface SectionSpec {
  orientation: Orientation;
  children: (Paragraph | Table)[];
}

/** Blocks of content in page order, each with the orientation it needs: neighbours of one orientation share a section. */
export function joinSections(blocks: readonly SectionSpec[]): SectionSpec[] {
  const out: SectionSpec[] = [];
  for (const b of blocks) {
    const last = out.at(-1);
    if (last && last.orientation === b.orientation) last.children.push(...b.children);
    else out.push({ orientation: b.orientation, children: [...b.children] });
  }
  return out;
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: DECREE30.pageNumberSize * 2 })] })],
  });
}

/** Section properties: A4 in the given orientation, Decree 30's margins, the page number in the header. */
function section(spec: SectionSpec, first: boolean, pageNumbers: boolean): ISectionOptions {
  const { page, margins } = DECREE30;
  return {
    properties: {
      titlePage: first && pageNumbers ? true : undefined,
      page: {
        // Given as portrait; docx swaps width and height for landscape. A4 is 11906 × 16838 twips.
        size: { width: mm(page.width), height: mm(page.height), orientation: spec.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: mm(margins.top), bottom: mm(margins.bottom), left: mm(margins.left), right: mm(margins.right), header: mm(DECREE30.header), footer: mm(DECREE30.header) },
      },
    },
    headers: pageNumbers ? (first ? { default: pageNumberHeader(), first: new Header({ children: [] }) } : { default: pageNumberHeader() }) : undefined,
    children: spec.children,
  };
}

/** What a document is: its title and author (document properties), language and sections. */
export interface DocumentSpec {
  title: string;
  /** The body that issues it (document properties "author"). */
  creator: string;
  lang: 'vi' | 'en';
  sections: SectionSpec[];
  /** Page numbers at the top centre from page 2 (Decree 30); default true. */
  pageNumbers?: boolean;
}

/** A Word document in Decree 30 format: Times New Roman 14 pt, single spacing, one section per orientation change. */
export function decreeDocument(spec: DocumentSpec): Document {
  const language = spec.lang === 'vi' ? 'vi-VN' : 'en-GB';
  return new Document({
    title: spec.title,
    creator: spec.creator,
    lastModifiedBy: spec.creator,
    styles: {
      default: {
        document: {
          run: { font: DECREE30.font, size: DECREE30.bodySize * 2, language: { value: language } },
          // 1.1 lines: within Decree 30's single to 1.5, and room for Vietnamese stacked diacritics in capitals.
          paragraph: { spacing: { line: 264 } },
        },
      },
    },
    sections: spec.sections.map((s, i) => section(s, i === 0, spec.pageNumbers ?? true)),
  });
}

const W3CDTF = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * The document as .docx bytes, the same for the same content: the creation and modification dates in the document
 * properties and the zip entries' timestamps are `date` (the issuing decision's date, say), not the time of writing,
 * and `[Content_Types].xml` comes first, as Office writes it.
 */
export async function packDocx(doc: Document, date: Date): Promise<Buffer> {
  const raw = await Packer.toBuffer(doc);
  const entries = unzipSync(new Uint8Array(raw));
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = 'docProps/core.xml';
  if (entries[core]) entries[core] = new TextEncoder().encode(new TextDecoder().decode(entries[core]).replace(W3CDTF, `$1${stamp}$2`));
  const names = Object.keys(entries)
    .filter((n) => !n.endsWith('/'))
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return zipInOrder(
    names.map((n) => [n, entries[n]] as const),
    date,
  );
}
