import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { consultText } from '../i18n/index.js';
import { formatDateVi } from '../model/period.js';
import { put, writeHeadingRow } from '../template/cells.js';
import { writeMetaSheet } from '../template/sheet-meta.js';
import { BOLD, BORDER, FONT, GROUP_FILL, HEADING_FILL, INPUT_FILL, SMALL_ITALIC, TITLE } from '../template/styles.js';
import { fixedDate, newWorkbook, printSetup, protectInputSheet, setColumns, workbookBytes } from '../template/workbook.js';
import {
  CONSULT_FORM_KIND,
  FORM_COL,
  FORM_HEADER,
  FORM_HEADING_ROW,
  GENERAL,
  GENERAL_ROW,
  PROPOSAL_FIELDS,
  choiceName,
  commentName,
  proposalKey,
  proposalName,
  type ConsultMetaKey,
} from './layout.js';
import type { ConsultFormPlan, FormIndicatorRow } from './plan-form.js';

const WIDTHS: Record<string, number> = { A: 6, B: 10, C: 40, D: 12, E: 11, F: 46, G: 22, H: 20, I: 15, J: 48, K: 10 };
const LAST = FORM_COL.comment;

/** Builds one unit's comment form from its plan; returns deterministic xlsx bytes. */
export async function writeConsultForm(plan: ConsultFormPlan, toolVersion: string): Promise<Buffer> {
  const t = consultText(plan.lang);
  const date = fixedDate(plan);
  const wb = await newWorkbook(date);
  const ws = wb.addWorksheet(t.form.sheet, {
    views: [{ state: 'frozen', ySplit: FORM_HEADING_ROW, xSplit: 0, topLeftCell: `A${FORM_HEADING_ROW + 1}`, activeCell: `${FORM_COL.choice}${GENERAL_ROW}` }],
    ...printSetup(`${FORM_HEADING_ROW}:${FORM_HEADING_ROW}`, plan.fileName),
  });
  setColumns(ws, WIDTHS, FORM_COL.key);
  writeHeader(ws, plan);
  writeGeneral(wb, ws, plan);
  writeHeadingRow(ws, FORM_HEADING_ROW, t.form.headings);
  for (const r of plan.rows) {
    if (r.kind === 'indicator') writeIndicator(wb, ws, r, plan);
    else writeHeading(ws, r.row, r.stt, r.text, r.kind === 'part');
  }
  writeProposals(wb, ws, plan);
  const last = plan.proposals.rows[plan.proposals.rows.length - 1];
  ws.pageSetup.printArea = `A$1:${LAST}$${last}`;
  addMeta(wb, plan, toolVersion);
  // As on the collection templates.
  await protectInputSheet(ws);
  return workbookBytes(wb, date);
}

function writeHeader(ws: Worksheet, plan: ConsultFormPlan): void {
  const t = consultText(plan.lang).form;
  const en = plan.lang === 'en';
  put(ws, 'A1', t.title, TITLE);
  ws.mergeCells(`A1:${LAST}1`);
  ws.getCell('A1').alignment = { horizontal: 'center' };
  put(ws, 'A2', `${en ? (plan.set.name_en ?? plan.set.name) : plan.set.name}${plan.set.status ? ` (${plan.set.status})` : ''}`, SMALL_ITALIC);
  ws.mergeCells(`A2:${LAST}2`);
  ws.getCell('A2').alignment = { horizontal: 'center', wrapText: true };
  put(ws, 'A3', `${t.unit}:`);
  put(ws, 'C3', en ? (plan.unit.name_en ?? plan.unit.name) : plan.unit.name, BOLD);
  put(ws, 'G3', `${t.unitCode}:`);
  put(ws, FORM_HEADER.unitCode, plan.unit.code, BOLD);
  put(ws, 'A4', `${t.deadline}:`);
  put(ws, 'C4', plan.deadline ? formatDateVi(plan.deadline) : t.noDeadline, BOLD);
  put(ws, 'G4', `${t.version}:`);
  put(ws, FORM_HEADER.setVersion, `${plan.set.id}@${plan.set.version}`);
  put(ws, 'A5', t.instructions, SMALL_ITALIC);
  ws.mergeCells(`A5:${LAST}5`);
  ws.getCell('A5').alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(5).height = 32;
}

function writeGeneral(wb: Workbook, ws: Worksheet, plan: ConsultFormPlan): void {
  const t = consultText(plan.lang);
  const row = ws.getRow(GENERAL_ROW);
  row.getCell(FORM_COL.name).value = t.form.general;
  row.getCell(FORM_COL.key).value = GENERAL;
  ws.mergeCells(`${FORM_COL.name}${GENERAL_ROW}:${FORM_COL.reporters}${GENERAL_ROW}`);
  for (const col of ['A', 'B', FORM_COL.name, FORM_COL.choice, FORM_COL.comment]) {
    const cell = row.getCell(col);
    cell.font = BOLD;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
  }
  row.height = 48;
  inputCells(wb, ws, GENERAL_ROW, GENERAL, { ...listValidation([t.generalChoice.agreeAll, t.generalChoice.comment], t.form.promptGeneral, plan) });
}

function writeHeading(ws: Worksheet, rowNumber: number, stt: string, text: string, part: boolean): void {
  const row = ws.getRow(rowNumber);
  row.getCell(FORM_COL.stt).value = stt;
  row.getCell(FORM_COL.name).value = text;
  for (let c = 1; c <= 10; c++) {
    const cell = row.getCell(c);
    cell.font = BOLD;
    if (!part) cell.fill = GROUP_FILL;
    cell.border = BORDER;
  }
}

function writeIndicator(wb: Workbook, ws: Worksheet, r: FormIndicatorRow, plan: ConsultFormPlan): void {
  const t = consultText(plan.lang);
  const row = ws.getRow(r.row);
  const values: [string, string][] = [
    [FORM_COL.stt, r.stt],
    [FORM_COL.code, r.indicator.code],
    [FORM_COL.name, r.name],
    [FORM_COL.unit, r.unitOfMeasure],
    [FORM_COL.frequency, r.frequency],
    [FORM_COL.method, r.method],
    [FORM_COL.owner, r.owner],
    [FORM_COL.reporters, r.reporters],
    [FORM_COL.key, r.indicator.code],
  ];
  for (const [col, value] of values) row.getCell(col).value = value;
  for (let c = 1; c <= 11; c++) {
    const cell = row.getCell(c);
    cell.font = FONT;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
  }
  // LibreOffice does not re-measure rows of an xlsx on load: give wrapped texts their height (≈1.25 characters per width unit).
  const lines = (text: string, width: number) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (width * 1.25))), 0);
  row.height = 14 * Math.max(lines(r.name, WIDTHS.C), lines(r.method, WIDTHS.F), lines(r.owner, WIDTHS.G), lines(r.reporters, WIDTHS.H), 2);
  inputCells(wb, ws, r.row, r.indicator.code, listValidation([t.choice.agree, t.choice.comment], t.form.promptChoice, plan));
}

/** The unlocked choice and comment cells of a row, with their defined names `y_<CODE>` and `g_<CODE>`. */
function inputCells(wb: Workbook, ws: Worksheet, rowNumber: number, code: string, validation: DataValidation): void {
  const choice = ws.getCell(`${FORM_COL.choice}${rowNumber}`);
  const comment = ws.getCell(`${FORM_COL.comment}${rowNumber}`);
  for (const cell of [choice, comment]) {
    cell.protection = { locked: false };
    cell.fill = INPUT_FILL;
    cell.border = BORDER;
    cell.font = FONT;
    cell.alignment = { vertical: 'top', wrapText: true };
  }
  choice.dataValidation = validation;
  // Text format: a comment typed as "=SUM(…)" or "+84 …" stays the text typed, not a formula or a number.
  comment.numFmt = '@';
  wb.definedNames.add(`'${ws.name}'!$${FORM_COL.choice}$${rowNumber}`, choiceName(code));
  wb.definedNames.add(`'${ws.name}'!$${FORM_COL.comment}$${rowNumber}`, commentName(code));
}

function listValidation(values: string[], prompt: string, plan: ConsultFormPlan): DataValidation {
  const t = consultText(plan.lang).form;
  return {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    errorStyle: 'stop',
    errorTitle: t.choiceTitle,
    error: t.choiceError,
    promptTitle: t.choiceTitle,
    prompt,
    formulae: [`"${values.join(',')}"`],
  };
}

function writeProposals(wb: Workbook, ws: Worksheet, plan: ConsultFormPlan): void {
  const h = consultText(plan.lang).form.proposalHeadings;
  const headings = ws.getRow(plan.proposals.headings);
  const texts: [string, string][] = [
    [FORM_COL.stt, h.stt],
    [PROPOSAL_FIELDS.name, h.name],
    [PROPOSAL_FIELDS.unit, h.unit],
    [PROPOSAL_FIELDS.frequency, h.frequency],
    [PROPOSAL_FIELDS.owner, h.owner],
    [PROPOSAL_FIELDS.reason, h.reason],
  ];
  for (const [col, text] of texts) headings.getCell(col).value = text;
  for (let c = 1; c <= 10; c++) Object.assign(headings.getCell(c), { font: BOLD, fill: HEADING_FILL, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
  headings.height = 32;
  plan.proposals.rows.forEach((rowNumber, i) => {
    const row = ws.getRow(rowNumber);
    row.getCell(FORM_COL.stt).value = String(i + 1);
    row.getCell(FORM_COL.key).value = proposalKey(i + 1);
    for (let c = 1; c <= 10; c++) Object.assign(row.getCell(c), { font: FONT, border: BORDER, alignment: { vertical: 'top', wrapText: true } });
    for (const [field, col] of Object.entries(PROPOSAL_FIELDS)) {
      const cell = row.getCell(col);
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      cell.numFmt = '@';
      wb.definedNames.add(`'${ws.name}'!$${col}$${rowNumber}`, proposalName(i + 1, field as keyof typeof PROPOSAL_FIELDS));
    }
    row.height = 32;
  });
}

/** The veryHidden `_meta` sheet, as on the collection templates: the identity `consult merge` reads back. */
function addMeta(wb: Workbook, plan: ConsultFormPlan, toolVersion: string): void {
  const values: Record<ConsultMetaKey, string> = {
    set_id: plan.set.id,
    set_version: plan.set.version,
    content_hash: plan.contentHash,
    unit_code: plan.unit.code,
    unit_name: plan.unit.name,
    form: CONSULT_FORM_KIND,
    deadline: plan.deadline ?? '',
    lang: plan.lang,
    tool_version: toolVersion,
  };
  writeMetaSheet(wb, values, { omitEmpty: true });
}
