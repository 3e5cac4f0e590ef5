import type { Workbook, Worksheet } from 'exceljs';
import { COL, FIRST_DATA_ROW, HEADER, HEADING_ROW, SHEET_NAMES, isComputed, type TemplatePlan, type ValueRow } from '../model/layout/index.js';
import { formatDateVi } from '../model/period.js';
import type { Labels } from './labels.js';
import { BOLD, BORDER, DERIVED_FILL, FONT, GROUP_FILL, HEADING_FILL, INPUT_FILL, SMALL_ITALIC, TITLE, numberFormat } from './styles.js';
import { validationFor } from './validation.js';

const WIDTHS = { A: 6, B: 11, C: 50, D: 20, E: 12, F: 21, G: 16, H: 28, I: 18 };

/** The data-entry sheet: header block like the statistical forms, one row per plan row, only G and H unlocked. */
export function addEntrySheet(wb: Workbook, plan: TemplatePlan, labels: Labels): Worksheet {
  const ws = wb.addWorksheet(SHEET_NAMES.entry[plan.lang], {
    views: [{ state: 'frozen', ySplit: HEADING_ROW, xSplit: 0, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: `${COL.value}${FIRST_DATA_ROW}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADING_ROW}:${HEADING_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${plan.fileName}&R&P / &N` },
  });
  for (const [col, width] of Object.entries(WIDTHS)) ws.getColumn(col).width = width;
  ws.getColumn(COL.key).hidden = true;
  writeHeader(ws, plan, labels);
  writeHeadings(ws, labels);
  for (const row of plan.rows) {
    if (row.kind === 'group') writeGroupRow(ws, row.row, row.stt, row.name);
    else writeValueRow(wb, ws, row, plan, labels);
  }
  const last = plan.rows[plan.rows.length - 1]?.row ?? HEADING_ROW;
  // exceljs writes `$` before each part: `A$1` becomes the absolute `$A$1` Excel expects in Print_Area.
  ws.pageSetup.printArea = `A$1:${COL.note}$${last}`;
  return ws;
}

function put(ws: Worksheet, address: string, value: string, font = FONT): void {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.font = font;
}

function writeHeader(ws: Worksheet, plan: TemplatePlan, labels: Labels): void {
  const decision = plan.set.decision ? `${labels.issuedBy} ${plan.set.decision.number}` : plan.set.issuing_body;
  put(ws, HEADER.formCode, `${labels.formCode}: ${plan.formCode}`, BOLD);
  put(ws, HEADER.decision, decision, SMALL_ITALIC);
  put(ws, HEADER.cutoff, `${labels.cutoff}: ${formatDateVi(plan.cutoff)}`, SMALL_ITALIC);
  put(ws, HEADER.deadline, `${labels.deadline}: ${formatDateVi(plan.deadline)}`, BOLD);
  put(ws, HEADER.unitLabel, labels.reportingUnit);
  put(ws, HEADER.unitName, plan.lang === 'en' ? (plan.unit.name_en ?? plan.unit.name) : plan.unit.name, BOLD);
  put(ws, HEADER.unitCodeLabel, labels.unitCode);
  put(ws, HEADER.unitCode, plan.unit.code, BOLD);
  put(ws, HEADER.receiverLabel, labels.receivingUnit);
  put(ws, HEADER.receiver, plan.lang === 'en' ? (plan.set.receiving_unit_en ?? plan.set.receiving_unit) : plan.set.receiving_unit);
  put(ws, HEADER.periodLabel, labels.periodCode);
  put(ws, HEADER.period, plan.period.id, BOLD);
  const setName = plan.lang === 'en' ? (plan.set.name_en ?? plan.set.name) : plan.set.name;
  put(ws, HEADER.title, `${labels.title}${plan.set.status ? ` (${String(plan.set.status).toUpperCase()})` : ''}`, TITLE);
  put(ws, HEADER.periodText, `${labels.periodText}: ${plan.periodText}`, BOLD);
  put(ws, HEADER.setName, `${labels.setName}: ${setName}`, SMALL_ITALIC);
  put(ws, HEADER.setVersionLabel, labels.setVersion);
  put(ws, HEADER.setVersion, `${plan.set.id}@${plan.set.version}`);
  for (const r of [5, 6]) {
    ws.mergeCells(`A${r}:H${r}`);
    ws.getCell(`A${r}`).alignment = { horizontal: 'center' };
  }
  ws.mergeCells('A7:E7');
  for (const c of ['G1', 'G3']) ws.getCell(c).alignment = { wrapText: false };
}

function writeHeadings(ws: Worksheet, labels: Labels): void {
  const row = ws.getRow(HEADING_ROW);
  labels.headings.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.font = BOLD;
    cell.fill = HEADING_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 32;
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
  row.getCell(COL.period).value = `${labels.frequency[ind.frequency]}, ${labels.accumulation[ind.accumulation]}`;
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
