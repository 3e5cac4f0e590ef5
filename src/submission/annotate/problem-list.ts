import type { Diagnostic } from '../../diagnostics/index.js';
import { problemListLabels, words, type Lang } from '../../i18n/index.js';
import type { ListStyles } from './styles.js';
import { escapeXml, NS } from './xml.js';

const WIDTHS = [6, 14, 8, 11, 24, 70, 60];

/** The names the list has had, in every language: an earlier list on a copy sent back again is replaced. */
export const PROBLEMS_SHEET_NAMES = [problemListLabels.vi.sheetName, problemListLabels.en.sheetName];

/** The name of the sheet listing the problems. */
export function problemsSheetName(lang: Lang): string {
  return problemListLabels[lang].sheetName;
}

/** `'Nhập liệu'!G10`: a cell reference for a hyperlink's location. */
export function cellLocation(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * The worksheet listing every problem (no., sheet, cell, severity, code, message, fix), the selected tab. Cells
 * `linkable` says exist get an internal hyperlink (a location, no relationship) to the marked cell.
 */
export function problemsSheetXml(diagnostics: readonly Diagnostic[], lang: Lang, fileName: string, styles: ListStyles, linkable: (sheet: string, cell: string) => boolean): string {
  const text = (ref: string, value: string, s: number) =>
    value === '' ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  const L = problemListLabels[lang];
  const rows: string[] = [];
  rows.push(`<row r="1" ht="21" customHeight="1">${text('A1', L.title(fileName), styles.title)}</row>`);
  const headings = L.headings;
  rows.push(`<row r="3">${headings.map((h, i) => text(`${'ABCDEFG'[i]}3`, h, styles.heading)).join('')}</row>`);
  const links: string[] = [];
  diagnostics.forEach((d, i) => {
    const r = 4 + i;
    const { sheet, cell, line } = d.location;
    const link = sheet !== undefined && cell !== undefined && linkable(sheet, cell);
    if (link) links.push(`<hyperlink ref="C${r}" location="${escapeXml(cellLocation(sheet, cell))}" display="${escapeXml(cell)}"/>`);
    const where = sheet ?? (line ? L.line(line) : '');
    const height = 15 * Math.max(1, Math.ceil(d.message.length / 75), Math.ceil((d.hint ?? '').length / 65));
    rows.push(
      `<row r="${r}" ht="${height}" customHeight="1">` +
        `<c r="A${r}" s="${styles.body}"><v>${i + 1}</v></c>` +
        text(`B${r}`, where, styles.body) +
        text(`C${r}`, cell ?? '', link ? styles.link : styles.body) +
        text(`D${r}`, words[lang].severity[d.severity], styles.severity[d.severity]) +
        text(`E${r}`, d.code, styles.body) +
        text(`F${r}`, d.message, styles.wrap) +
        text(`G${r}`, d.hint ?? '', styles.wrap) +
        '</row>',
    );
  });
  const last = Math.max(3, 3 + diagnostics.length);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:G${last}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}
