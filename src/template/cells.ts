import type { Worksheet } from 'exceljs';
import { BOLD, BORDER, FONT, HEADING_FILL } from './styles.js';

/** Writes a text in a cell, in `font` (the body font by default). */
export function put(ws: Worksheet, address: string, value: string, font = FONT): void {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.font = font;
}

/** The table's column headings on row `rowNumber`, from column A: bold, shaded, bordered, centred and wrapped. */
export function writeHeadingRow(ws: Worksheet, rowNumber: number, texts: readonly string[]): void {
  const row = ws.getRow(rowNumber);
  texts.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.font = BOLD;
    cell.fill = HEADING_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 32;
}
