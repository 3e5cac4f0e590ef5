import type { AddWorksheetOptions, Workbook, Worksheet } from 'exceljs';
import { repackDeterministic } from '../io/deterministic-zip.js';

/** The workbook's created/modified date: fixed (the set's decision date), so the same inputs give the same bytes. */
export function fixedDate(plan: { set: { decision?: { date?: string } } }): Date {
  const d = plan.set.decision?.date;
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T00:00:00Z`) : new Date('2000-01-01T00:00:00Z');
}

/** A new workbook written by the tool, dated `date` (see `fixedDate`). Used by the collection templates and the consultation forms. */
export async function newWorkbook(date: Date): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'indicators';
  wb.lastModifiedBy = 'indicators';
  wb.created = date;
  wb.modified = date;
  return wb;
}

/** A4 landscape, one page wide, the rows `printTitlesRow` (`"9:10"`) repeated on every page, the file name and page number in the footer. */
export function printSetup(printTitlesRow: string, fileName: string): Pick<AddWorksheetOptions, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${fileName}&R&P / &N` },
  };
}

/** Column widths (letter → characters) and the hidden key column the tool reads back. */
export function setColumns(ws: Worksheet, widths: Record<string, number>, keyColumn: string): void {
  for (const [col, width] of Object.entries(widths)) ws.getColumn(col).width = width;
  ws.getColumn(keyColumn).hidden = true;
}

/** Locks the sheet but its unlocked input cells. No password: the protection guards against slips, not attackers (design §4). */
export async function protectInputSheet(ws: Worksheet): Promise<void> {
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** The xlsx bytes: stored, not deflated, by exceljs; repackDeterministic compresses once, with fixed timestamps. */
export async function workbookBytes(wb: Workbook, date: Date): Promise<Buffer> {
  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never);
  return repackDeterministic(new Uint8Array(raw as ArrayBuffer), date);
}
