import type { Worksheet } from 'exceljs';
import { COL, SIGNATURE_ROW_KEY, type TemplatePlan } from '../model/layout/index.js';
import { labelsFor } from './labels.js';
import { BOLD, FONT, SMALL_ITALIC } from './styles.js';

/** Left (preparer) and right (head of unit) halves of the signature block. */
const LEFT = ['B', 'D'] as const;
const RIGHT = ['F', 'H'] as const;

/**
 * The signature block under the table, as a unit's report is signed (Decree 09/2019/NĐ-CP; Decree 30/2020/NĐ-CP):
 * the place and date line, "Người lập biểu" and "Thủ trưởng đơn vị (ký, đóng dấu)" with room to sign and a name line
 * each, and the note on digital signatures. Its rows carry `SIGNATURE_ROW_KEY` in the hidden key column, so check
 * never takes them for rows added to the table; the date and name cells are unlocked for typing.
 * Returns the last row written.
 */
export function addSignatureBlock(ws: Worksheet, plan: TemplatePlan, first: number): number {
  const t = labelsFor(plan.lang).form;
  const place = plan.set.place ?? '…';
  const rows = {
    date: first,
    title: first + 1,
    hint: first + 2,
    space: first + 3,
    name: first + 4,
    note: first + 6,
  };
  const write = (row: number, [from, to]: readonly [string, string], text: string, font = FONT, unlocked = false) => {
    ws.mergeCells(`${from}${row}:${to}${row}`);
    const cell = ws.getCell(`${from}${row}`);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    if (unlocked) cell.protection = { locked: false };
    ws.getCell(`${COL.key}${row}`).value = SIGNATURE_ROW_KEY;
  };
  write(rows.date, RIGHT, t.placeDate(place), { ...FONT, italic: true }, true);
  write(rows.title, LEFT, t.preparer, BOLD);
  write(rows.title, RIGHT, t.head, BOLD);
  write(rows.hint, LEFT, t.preparerHint, SMALL_ITALIC);
  write(rows.hint, RIGHT, t.headHint, SMALL_ITALIC);
  ws.getRow(rows.space).height = 60;
  write(rows.name, LEFT, t.nameLine, BOLD, true);
  write(rows.name, RIGHT, t.nameLine, BOLD, true);
  ws.mergeCells(`A${rows.note}:${COL.note}${rows.note}`);
  const note = ws.getCell(`A${rows.note}`);
  note.value = t.digitalSignature;
  note.font = SMALL_ITALIC;
  note.alignment = { wrapText: true, vertical: 'top' };
  // LibreOffice does not re-measure rows on load: two lines of 11 pt.
  ws.getRow(rows.note).height = 30;
  ws.getCell(`${COL.key}${rows.note}`).value = SIGNATURE_ROW_KEY;
  return rows.note;
}
