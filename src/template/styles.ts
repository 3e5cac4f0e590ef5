import type { Borders, Fill, Font } from 'exceljs';

export const FONT: Partial<Font> = { name: 'Times New Roman', size: 12 };
export const BOLD: Partial<Font> = { ...FONT, bold: true };
export const TITLE: Partial<Font> = { ...FONT, size: 14, bold: true };
export const SMALL_ITALIC: Partial<Font> = { ...FONT, size: 11, italic: true };

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
export const HEADING_FILL = solid('FFD9E1F2');
export const GROUP_FILL = solid('FFF2F2F2');
/** Computed cells: grey, so a unit sees at once that they are not for typing. */
export const DERIVED_FILL = solid('FFE7E6E6');
/** Entry cells: light yellow, the usual "type here" colour of statistical forms. */
export const INPUT_FILL = solid('FFFFF9DB');

const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export { numberFormat } from '../model/layout/number-format.js';
