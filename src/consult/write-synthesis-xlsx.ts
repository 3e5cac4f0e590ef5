import type { Worksheet } from 'exceljs';
import { consultText, type Lang } from '../i18n/index.js';
import { repackDeterministic } from '../io/deterministic-zip.js';
import { roman } from '../model/layout/index.js';
import { formatDateVi } from '../model/period.js';
import { BOLD, BORDER, FONT, GROUP_FILL, HEADING_FILL, INPUT_FILL, SMALL_ITALIC, TITLE } from '../template/styles.js';
import { synthesisSections } from './sections.js';
import type { ConsultSynthesis } from './merge-replies.js';
import { COMMENT_COLS, PROPOSAL_COLS, SYNTHESIS_HEADING_ROW } from './synthesis-layout.js';

/** Rows of wrapped text: LibreOffice does not re-measure rows on load (≈1.15 characters per width unit at 12 pt). */
function height(texts: [string, number][]): number {
  const lines = (text: string, width: number) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (width * 1.15))), 0);
  return Math.min(409, 16 * Math.max(1, ...texts.map(([t, w]) => lines(t, w))));
}

function style(ws: Worksheet, rowNumber: number, columns: number, font = FONT): void {
  const row = ws.getRow(rowNumber);
  for (let c = 1; c <= columns; c++) Object.assign(row.getCell(c), { font, border: BORDER, alignment: { vertical: 'top', wrapText: true } });
}

function headings(ws: Worksheet, rowNumber: number, texts: readonly string[]): void {
  const row = ws.getRow(rowNumber);
  texts.forEach((text, i) =>
    Object.assign(row.getCell(i + 1), { value: text, font: BOLD, fill: HEADING_FILL, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }),
  );
  row.height = 32;
}

/** `tong-hop-y-kien.xlsx`: the comments grouped by indicator group, the proposed indicators, and who replied. */
export async function writeSynthesisXlsx(s: ConsultSynthesis, lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const t = consultText(lang);
  const wb = new ExcelJS.Workbook();
  const date = new Date(`${/^\d{4}-\d{2}-\d{2}$/.test(s.set.decision?.date ?? '') ? s.set.decision!.date : '2000-01-01'}T00:00:00Z`);
  wb.creator = 'indicators';
  wb.created = date;
  wb.modified = date;
  const setName = lang === 'en' ? (s.set.name_en ?? s.set.name) : s.set.name;
  const paragraph = t.counts(s.counts);
  const page = { paperSize: 9, orientation: 'landscape' as const, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  const ws = wb.addWorksheet(t.synthesis.sheet, {
    pageSetup: { ...page, printTitlesRow: `${SYNTHESIS_HEADING_ROW}:${SYNTHESIS_HEADING_ROW}` },
    views: [{ state: 'frozen', ySplit: SYNTHESIS_HEADING_ROW }],
  });
  const widths = [6, 28, 36, 60, 50, 12];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(COMMENT_COLS.key).hidden = true;
  top(ws, 'E', t.synthesis.title, t.synthesis.subtitle(setName), paragraph, 180);
  headings(ws, SYNTHESIS_HEADING_ROW, t.synthesis.headings);
  let row = SYNTHESIS_HEADING_ROW + 1;
  const sections = synthesisSections(s, lang);
  sections.forEach((section, i) => {
    ws.getRow(row).getCell(1).value = roman(i + 1);
    ws.getRow(row).getCell(2).value = section.title;
    ws.mergeCells(`B${row}:E${row}`);
    style(ws, row, 5, BOLD);
    for (let c = 1; c <= 5; c++) ws.getRow(row).getCell(c).fill = GROUP_FILL;
    row++;
    section.comments.forEach((c, j) => {
      const r = ws.getRow(row);
      const values = [String(j + 1), c.unitName, c.indicatorText, c.text, c.answer ?? ''];
      values.forEach((v, k) => (r.getCell(k + 1).value = v));
      r.getCell(COMMENT_COLS.key).value = c.key;
      style(ws, row, 5);
      r.getCell(COMMENT_COLS.answer).fill = INPUT_FILL;
      // Text format: an answer typed as "- Tiếp thu …" stays text in Excel, not a formula.
      r.getCell(COMMENT_COLS.answer).numFmt = '@';
      r.height = height([
        [c.unitName, 28],
        [c.indicatorText, 36],
        [c.text, 60],
        [c.answer ?? '', 50],
      ]);
      row++;
    });
  });
  if (s.comments.length === 0) {
    ws.getRow(row).getCell(2).value = t.synthesis.none;
    style(ws, row, 5, SMALL_ITALIC);
  }

  const ps = wb.addWorksheet(t.synthesis.proposalsSheet, { pageSetup: { ...page, printTitlesRow: '1:1' }, views: [{ state: 'frozen', ySplit: 1 }] });
  [6, 28, 36, 12, 12, 24, 50, 50, 12].forEach((w, i) => (ps.getColumn(i + 1).width = w));
  ps.getColumn(PROPOSAL_COLS.key).hidden = true;
  headings(ps, 1, t.synthesis.proposalHeadings);
  s.proposals.forEach((p, i) => {
    const r = ps.getRow(i + 2);
    const unitName = lang === 'en' ? (p.unit.name_en ?? p.unit.name) : p.unit.name;
    [String(i + 1), unitName, p.proposal.name, p.proposal.unit, p.proposal.frequency, p.proposal.owner, p.proposal.reason, p.answer ?? ''].forEach((v, k) => (r.getCell(k + 1).value = v));
    r.getCell(PROPOSAL_COLS.key).value = p.key;
    style(ps, i + 2, 8);
    r.getCell(PROPOSAL_COLS.answer).fill = INPUT_FILL;
    r.getCell(PROPOSAL_COLS.answer).numFmt = '@';
    r.height = height([
      [p.proposal.name, 36],
      [p.proposal.reason, 50],
      [p.answer ?? '', 50],
    ]);
  });
  if (s.proposals.length === 0) {
    ps.getRow(2).getCell(2).value = t.synthesis.noProposals;
    style(ps, 2, 8, SMALL_ITALIC);
  }

  const rs = wb.addWorksheet(t.synthesis.repliesSheet, {
    pageSetup: { ...page, printTitlesRow: `${SYNTHESIS_HEADING_ROW}:${SYNTHESIS_HEADING_ROW}` },
    views: [{ state: 'frozen', ySplit: SYNTHESIS_HEADING_ROW }],
  });
  [6, 10, 36, 18, 40, 10, 12, 50].forEach((w, i) => (rs.getColumn(i + 1).width = w));
  top(rs, 'H', t.synthesis.title, t.synthesis.subtitle(setName), paragraph, 180);
  headings(rs, SYNTHESIS_HEADING_ROW, t.synthesis.replyHeadings);
  s.units.forEach((u, i) => {
    const rowNumber = SYNTHESIS_HEADING_ROW + 1 + i;
    const r = rs.getRow(rowNumber);
    const state = t.synthesis.reply[u.state === 'by-hand' ? 'byHand' : u.state === 'not-read' ? 'notRead' : u.state];
    const values = [
      String(i + 1),
      u.unit.code,
      lang === 'en' ? (u.unit.name_en ?? u.unit.name) : u.unit.name,
      t.synthesis.kind[u.side],
      state,
      u.state === 'none' || u.state === 'by-hand' || u.state === 'not-read' ? '' : u.comments,
      u.received ? `${formatDateVi(u.received)}${u.late ? ` (${t.synthesis.late})` : ''}` : '',
      u.file ?? '',
    ];
    values.forEach((v, k) => (r.getCell(k + 1).value = v));
    style(rs, rowNumber, 8);
    r.height = height([
      [String(values[2]), 36],
      [state, 40],
      [String(values[6]), 12],
      [String(values[7]), 50],
    ]);
  });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never);
  return repackDeterministic(new Uint8Array(raw as ArrayBuffer), date);
}

/** Title, subtitle and the counts paragraph across the sheet's columns. */
function top(ws: Worksheet, last: string, title: string, subtitle: string, paragraph: string, width: number): void {
  const rows: [string, typeof FONT][] = [
    [title, TITLE],
    [subtitle, SMALL_ITALIC],
    [paragraph, FONT],
  ];
  rows.forEach(([text, font], i) => {
    const cell = ws.getCell(`A${i + 1}`);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: i < 2 ? 'center' : 'justify', vertical: 'top', wrapText: true };
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
  });
  ws.getRow(3).height = height([[paragraph, width]]);
}
