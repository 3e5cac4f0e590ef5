import type { Workbook, Worksheet } from 'exceljs';
import { COL, COLUMN_LETTERS_ROW, FIRST_DATA_ROW, HEADER, HEADER_CODES, HEADING_ROW, SHEET_NAMES, isComputed, type TemplatePlan, type ValueRow } from '../model/layout/index.js';
import { formatDateVi } from '../model/period.js';
import { put, writeHeadingRow } from './cells.js';
import type { Labels } from './labels.js';
import { addSignatureBlock } from './signature-block.js';
import { BOLD, BORDER, DERIVED_FILL, FONT, GROUP_FILL, INPUT_FILL, SMALL_ITALIC, TITLE, numberFormat } from './styles.js';
import { validationFor } from './validation.js';
import { windowText } from './window-text.js';
import { printSetup, setColumns } from './workbook.js';

const WIDTHS = { A: 6, B: 11, C: 47, D: 20, E: 12, F: 24, G: 16, H: 28, I: 18 };

/** The data-entry sheet: header block like the statistical forms, one row per plan row, only G and H unlocked. */
export function addEntrySheet(wb: Workbook, plan: TemplatePlan, labels: Labels): Worksheet {
  const ws = wb.addWorksheet(SHEET_NAMES.entry[plan.lang], {
    views: [{ state: 'frozen', ySplit: COLUMN_LETTERS_ROW, xSplit: 0, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: `${COL.value}${FIRST_DATA_ROW}` }],
    ...printSetup(`${HEADING_ROW}:${COLUMN_LETTERS_ROW}`, plan.fileName),
  });
  setColumns(ws, WIDTHS, COL.key);
  writeHeader(ws, plan, labels);
  writeHeadings(ws, labels);
  for (const row of plan.rows) {
    if (row.kind === 'group') writeGroupRow(ws, row.row, row.stt, row.name);
    else writeValueRow(wb, ws, row, plan, labels);
  }
  const blockStart = (plan.rows[plan.rows.length - 1]?.row ?? FIRST_DATA_ROW - 1) + 3;
  const last = addSignatureBlock(ws, plan, blockStart);
  keepOnOnePage(ws, blockStart - 1, last);
  // exceljs writes `$` before each part: `A$1` becomes the absolute `$A$1` Excel expects in Print_Area.
  ws.pageSetup.printArea = `A$1:${COL.note}$${last}`;
  return ws;
}

function writeHeader(ws: Worksheet, plan: TemplatePlan, labels: Labels): void {
  const decision = plan.set.decision ? `${labels.issuedBy} ${plan.set.decision.number}` : plan.set.issuing_body;
  put(ws, HEADER.formCode, `${labels.formCode} ${plan.formCode}`, BOLD);
  put(ws, HEADER.decision, decision, SMALL_ITALIC);
  put(ws, HEADER.window, windowText(plan, labels), SMALL_ITALIC);
  put(ws, HEADER.deadline, `${labels.deadline}: ${labels.form.deadline(formatDateVi(plan.deadline), plan.deadlineDays, plan.workingDays, plan.regime)}`, BOLD);
  put(ws, HEADER.unitLabel, labels.reportingUnit);
  put(ws, HEADER.unitName, plan.lang === 'en' ? (plan.unit.name_en ?? plan.unit.name) : plan.unit.name, BOLD);
  put(ws, HEADER.unitCodeLabel, labels.unitCode);
  put(ws, HEADER.unitCode, plan.unit.code, BOLD);
  put(ws, HEADER.receiverLabel, labels.receivingUnit);
  put(ws, HEADER.receiver, plan.lang === 'en' ? (plan.set.receiving_unit_en ?? plan.set.receiving_unit) : plan.set.receiving_unit);
  put(ws, HEADER.periodLabel, labels.periodCode);
  put(ws, HEADER.period, plan.periodText, BOLD);
  // The codes behind the plain labels, in the hidden key column: check reads them when a re-save lost `_meta`.
  put(ws, HEADER_CODES.period, plan.period.id);
  put(ws, HEADER_CODES.setVersion, `${plan.set.id}@${plan.set.version}`);
  const setName = plan.lang === 'en' ? (plan.set.name_en ?? plan.set.name) : plan.set.name;
  put(ws, HEADER.title, `${labels.title}${plan.set.status ? ` (${String(plan.set.status).toUpperCase()})` : ''}`, TITLE);
  put(ws, HEADER.periodText, `${labels.periodText}: ${plan.periodText}`, BOLD);
  put(ws, HEADER.setName, `${labels.setName}: ${setName}`, SMALL_ITALIC);
  put(ws, HEADER.setVersionLabel, labels.setVersion);
  put(ws, HEADER.setVersion, plan.set.version);
  for (const r of [5, 6]) {
    ws.mergeCells(`A${r}:H${r}`);
    ws.getCell(`A${r}`).alignment = { horizontal: 'center' };
  }
  for (const r of [2, 3, 4, 7]) ws.mergeCells(`A${r}:E${r}`);
  // The deadline line names the decision: two lines when long (LibreOffice does not re-measure rows on load).
  const deadline = ws.getCell(HEADER.deadline);
  deadline.alignment = { wrapText: true, vertical: 'top' };
  if (String(deadline.value).length > 110) ws.getRow(4).height = 32;
  for (const c of ['F4', 'G4']) ws.getCell(c).alignment = { vertical: 'top' };
  ws.getRow(5).height = 22;
  for (const c of ['G1', 'G3']) ws.getCell(c).alignment = { wrapText: false };
  // Rows on two windows: the second line says which (LibreOffice does not re-measure rows on load).
  if (plan.otherWindow) {
    ws.getCell(HEADER.window).alignment = { wrapText: true, vertical: 'top' };
    for (const c of ['F3', 'G3']) ws.getCell(c).alignment = { ...ws.getCell(c).alignment, vertical: 'top' };
    ws.getRow(3).height = 30;
  }
}

function writeHeadings(ws: Worksheet, labels: Labels): void {
  writeHeadingRow(ws, HEADING_ROW, labels.headings);
  const letters = ws.getRow(COLUMN_LETTERS_ROW);
  labels.form.columnLetters.forEach((text, i) => {
    const cell = letters.getCell(i + 1);
    cell.value = text;
    cell.font = SMALL_ITALIC;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center' };
  });
}

function writeGroupRow(ws: Worksheet, rowNumber: number, stt: string, name: string): void {
  const row = ws.getRow(rowNumber);
  row.getCell(COL.stt).value = stt;
  row.getCell(COL.name).value = name;
  row.getCell(COL.key).value = `#group`;
  for (let c = 1; c <= 8; c++) {
    const cell = row.getCell(c);
    cell.font = BOLD;
    cell.fill = GROUP_FILL;
    cell.border = BORDER;
  }
}

function writeValueRow(wb: Workbook, ws: Worksheet, r: ValueRow, plan: TemplatePlan, labels: Labels): void {
  const ind = r.indicator;
  const en = plan.lang === 'en';
  const row = ws.getRow(r.row);
  row.getCell(COL.stt).value = r.stt;
  row.getCell(COL.code).value = ind.code;
  row.getCell(COL.name).value = en ? (ind.name_en ?? ind.name) : ind.name;
  row.getCell(COL.category).value = r.category ? (en ? (r.category.name_en ?? r.category.name) : r.category.name) : r.hasCategories ? labels.total : '';
  row.getCell(COL.unit).value = en ? (ind.unit_en ?? ind.unit) : ind.unit;
  row.getCell(COL.period).value = r.asked;
  row.getCell(COL.key).value = r.key;
  for (let c = 1; c <= 9; c++) {
    const cell = row.getCell(c);
    cell.font = r.category ? { ...FONT, italic: true } : FONT;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: c === 3 || c === 4 || c === 6 || c === 8, indent: c === 3 && r.category ? 2 : 0 };
  }
  const value = row.getCell(COL.value);
  const format = numberFormat(ind.value_type);
  if (format) value.numFmt = format;
  if (isComputed(r)) {
    value.value = r.formula ? { formula: r.formula } : null;
    value.fill = DERIVED_FILL;
    row.getCell(COL.note).value = r.sumOf ? labels.summed : labels.derived;
  } else {
    value.protection = { locked: false };
    value.fill = INPUT_FILL;
    const validation = validationFor(ind, labels);
    if (validation) value.dataValidation = validation;
  }
  row.getCell(COL.note).protection = { locked: false };
  row.height = rowHeight(row.getCell(COL.name).text, row.getCell(COL.category).text, row.getCell(COL.period).text);
  row.getCell(COL.name).note = noteText(ind, labels, en);
  wb.definedNames.add(`'${ws.name}'!$${COL.value}$${r.row}`, r.definedName);
}

/**
 * Row height for the wrapped name, category and period texts: LibreOffice does not re-measure rows of an xlsx on
 * load, so a long name would spill over the next row. About 1.15 characters per width unit at 12 pt.
 */
function rowHeight(name: string, category: string, period: string): number {
  const lines = (text: string, width: number) => Math.max(1, Math.ceil(text.length / (width * 1.15)));
  return 16 * Math.max(lines(name, WIDTHS.C), lines(category, WIDTHS.D), lines(period, WIDTHS.F));
}

function noteText(ind: ValueRow['indicator'], labels: Labels, en: boolean): string {
  const parts = [`${labels.noteDefinition}: ${ind.definition}`, `${labels.noteMethod}: ${ind.method}`, `${labels.noteSource}: ${ind.source}`];
  if (ind.formula) parts.push(`${labels.noteFormula}: ${ind.formula}`);
  return (en && ind.name_en ? `${ind.name_en}\n` : '') + parts.join('\n');
}

/** Printable area of the entry sheet's page (A4 landscape, the margins of `addEntrySheet`), in points. */
const PAGE = { width: 842 - 72, height: 595 - 1.2 * 72 };
/** Height of a row with no height set (Times New Roman 12). */
const DEFAULT_ROW = 16;

/**
 * A page break before the rows `from`–`to` (the signature block) when they would straddle two printed pages: a
 * signature separated from its table is not a signed report. The pages are estimated as LibreOffice and Excel lay
 * them out with fit-to-width: columns scaled to the page width, the heading rows repeated on every page.
 */
function keepOnOnePage(ws: Worksheet, from: number, to: number): void {
  // Column widths are in characters; LibreOffice prints one at about 7.2 pt (measured on its PDF of a Q1 form), wider
  // than Excel does, so it fits fewer rows on a page: estimate as LibreOffice, a break Excel would not need is harmless.
  const widthPt = Object.values(WIDTHS)
    .slice(0, 8)
    .reduce((sum, w) => sum + w * 7.2, 0);
  const usable = PAGE.height / Math.min(1, PAGE.width / widthPt);
  const height = (r: number) => ws.getRow(r).height ?? DEFAULT_ROW;
  const repeated = height(HEADING_ROW) + height(COLUMN_LETTERS_ROW);
  let used = 0;
  for (let r = 1; r < from; r++) {
    used += height(r);
    if (used > usable) used = repeated + height(r);
  }
  let block = 0;
  for (let r = from; r <= to; r++) block += height(r);
  // 5 % margin: the estimate is not the renderer's own.
  if (used + block > usable * 0.95) ws.getRow(from - 1).addPageBreak();
}
