import type { RawCell } from '../submission/workbook-types.js';

/**
 * What was typed in a text cell. Text that starts with "=", "+" or "-" ("- Tiếp thu …", "+84 …") is stored as a
 * formula by Excel or a script, with an error or no value cached: what was typed is the formula.
 */
export function typedText(cell: RawCell | undefined): string {
  if (cell?.formula && cell.formula !== '(shared)') return /^[+-]/.test(cell.formula) ? cell.formula : `=${cell.formula}`;
  const v = cell?.value;
  return v === undefined || v === null ? '' : String(v);
}

/** Line breaks as LF, no trailing spaces, NFC (a Mac writes decomposed Vietnamese). */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}
