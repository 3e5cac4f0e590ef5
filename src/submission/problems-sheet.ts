import type { Workbook } from 'exceljs';
import { pick, type Diagnostic, type Lang } from '../diagnostics/index.js';

const SEVERITY = { vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' }, en: { error: 'Error', warning: 'Warning', info: 'Info' } };

/** The first sheet of an annotated copy: every problem, with a link to its cell. */
export function addProblemsSheet(wb: Workbook, diagnostics: readonly Diagnostic[], lang: Lang, fileName: string): void {
  const ws = wb.addWorksheet(pick({ vi: 'Lỗi cần sửa', en: 'Problems to fix' }, lang), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  (ws as unknown as { orderNo: number }).orderNo = -1; // exceljs orders sheets by orderNo: this one comes first
  const headings = pick({ vi: ['STT', 'Trang', 'Ô', 'Mức', 'Mã lỗi', 'Nội dung', 'Cách sửa'], en: ['No.', 'Sheet', 'Cell', 'Severity', 'Code', 'Problem', 'How to fix'] }, lang);
  [6, 14, 8, 11, 24, 70, 60].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell('A1').value = pick({ vi: `Kết quả kiểm tra tệp ${fileName}`, en: `Check results for ${fileName}` }, lang);
  ws.getCell('A1').font = { bold: true, size: 14 };
  const head = ws.getRow(3);
  headings.forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).font = { bold: true };
  });
  diagnostics.forEach((d, i) => {
    const row = ws.getRow(4 + i);
    const where = d.location.sheet && d.location.cell ? `'${d.location.sheet.replace(/'/g, "''")}'!${d.location.cell}` : undefined;
    row.getCell(1).value = i + 1;
    row.getCell(2).value = d.location.sheet ?? (d.location.line ? pick({ vi: `dòng ${d.location.line}`, en: `line ${d.location.line}` }, lang) : '');
    row.getCell(3).value = where ? { text: d.location.cell!, hyperlink: `#${where}` } : '';
    row.getCell(4).value = SEVERITY[lang][d.severity];
    row.getCell(5).value = d.code;
    row.getCell(6).value = d.message;
    row.getCell(7).value = d.hint ?? '';
    for (let c = 1; c <= 7; c++) row.getCell(c).alignment = { wrapText: c >= 6, vertical: 'top' };
    row.height = 15 * Math.max(1, Math.ceil(d.message.length / 75), Math.ceil((d.hint ?? '').length / 65));
  });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
}
