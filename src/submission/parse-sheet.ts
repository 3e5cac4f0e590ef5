import { LIMITS } from './limits.js';
import type { RawCell, RawSheet } from './workbook-types.js';
import { attr, decodeXml, textOf } from './xml-text.js';
import { fileDetails } from '../i18n/index.js';

// OOXML worksheets are machine-written and flat (rows of cells), so a targeted scan is enough and is several times
// faster than a general XML parser; nothing here recurses, so deeply nested input cannot exhaust the stack.

/**
 * The next `<tag …/>` or `<tag …>body</tag>` at or after `from`: exactly what the pattern
 * `<tag\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tag>)` would match there, found with string searches (the reader's hottest
 * loop; issue 17). `end` is where the next search starts.
 */
function nextElement(text: string, tag: string, from: number, unclosed: Unclosed): { attrs: string; body?: string; end: number } | undefined {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  for (let at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at + 1)) {
    const after = at + open.length;
    // `\b`: the name ends here (`<row` is not `<rowBreaks`).
    if (after < text.length && isWordChar(text.charCodeAt(after))) continue;
    const gt = text.indexOf('>', after);
    // No `>` after this one: none after any later one either.
    if (gt < 0) return undefined;
    if (gt > after && text.charCodeAt(gt - 1) === 47 /* / */) return { attrs: text.slice(after, gt - 1), end: gt + 1 };
    const end = closingAfter(text, close, gt + 1, unclosed);
    // An element never closed does not match here; a later one may still (a self-closed one needs no closing tag).
    if (end < 0) continue;
    return { attrs: text.slice(after, gt), body: text.slice(gt + 1, end), end: end + close.length };
  }
  return undefined;
}

/**
 * Where no closing tag is left in a text: from `from` on, a search for one finds none (so none from any later point
 * either). Without it, a damaged sheet of n elements never closed took n searches to its end each: 40,000 unclosed
 * cells (800 KB) took 16 s, a sheet at the size limit would have hung the check.
 */
interface Unclosed {
  from: number;
}

/** `text.indexOf(close, at)`, answered without searching once a search from an earlier point found none. */
function closingAfter(text: string, close: string, at: number, unclosed: Unclosed): number {
  if (at >= unclosed.from) return -1;
  const end = text.indexOf(close, at);
  if (end < 0) unclosed.from = at;
  return end;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** A cell reference's column letters: the reference without its trailing digits (`AB12` → `AB`). */
function columnOf(ref: string): string {
  let end = ref.length;
  while (end > 0 && ref.charCodeAt(end - 1) >= 48 && ref.charCodeAt(end - 1) <= 57) end--;
  return ref.slice(0, end);
}

/** Parses one worksheet's XML into cells (values decoded, shared strings resolved, formulas kept as text). */
export function parseSheet(name: string, xml: string, sharedStrings: SharedStrings): RawSheet {
  const cells = new Map<string, RawCell>();
  let maxRow = 0;
  let implicitRow = 0;
  let overflow: RawSheet['overflow'];
  // Only cells with a value or a formula count against the limits: LibreOffice writes an empty
  // `<row r="1048576">` after a row is deleted, and styled blank cells say nothing.
  const unclosedRows: Unclosed = { from: Infinity };
  rows: for (let row = nextElement(xml, 'row', 0, unclosedRows); row; row = nextElement(xml, 'row', row.end, unclosedRows)) {
    const rowNumber = Number(attr(row.attrs, 'r') ?? implicitRow + 1);
    implicitRow = rowNumber;
    let implicitCol = 0;
    const body = row.body ?? '';
    // The cells: `nextElement(body, 'c', …)` written out, without an object or a string per cell for its opening tag
    // and contents (the reader's hottest loop): attributes and contents are read where they are in the row's text.
    const rowText = String(rowNumber);
    const unclosedCells: Unclosed = { from: Infinity };
    for (let at = body.indexOf('<c', 0); at >= 0;) {
      const after = at + 2;
      if (after < body.length && isWordChar(body.charCodeAt(after))) {
        at = body.indexOf('<c', at + 1);
        continue;
      }
      const gt = body.indexOf('>', after);
      if (gt < 0) break;
      // The opening tag's attributes are body[after, attrsEnd); the contents body[innerStart, innerEnd), empty when self-closed.
      let attrsEnd = gt;
      let innerStart = 0;
      let innerEnd = 0;
      if (gt > after && body.charCodeAt(gt - 1) === 47 /* / */) {
        attrsEnd = gt - 1;
        at = body.indexOf('<c', gt + 1);
      } else {
        const end = closingAfter(body, '</c>', gt + 1, unclosedCells);
        if (end < 0) {
          at = body.indexOf('<c', at + 1);
          continue;
        }
        innerStart = gt + 1;
        innerEnd = end;
        at = body.indexOf('<c', end + 4);
      }
      const ref = plainAttr(body, after, attrsEnd, ' r="');
      const col = ref ? columnOf(ref) : columnLetters(implicitCol + 1);
      implicitCol = columnNumber(col);
      // A cell with nothing inside (`<c r="B4" s="3"/>`, LibreOffice's styled blanks) holds neither a value nor a
      // formula: parseCell would drop it, so it is not read further.
      if (innerEnd === innerStart) continue;
      // The reference is the address when its row is the row's (`G011` in row 11 is G11).
      const address = ref !== undefined && ref.length === col.length + rowText.length && ref.endsWith(rowText) ? ref : `${col}${rowNumber}`;
      const style = plainAttr(body, after, attrsEnd, ' s="');
      const cell = parseCell(address, rowNumber, col, plainAttr(body, after, attrsEnd, ' t="'), style === undefined ? 0 : Number(style), body, innerStart, innerEnd, sharedStrings);
      if (!cell) continue;
      if (rowNumber > LIMITS.rows) {
        overflow = { address: fileDetails.overflowRow(rowNumber), limit: fileDetails.rowLimit(LIMITS.rows.toLocaleString('vi-VN')) };
        break rows;
      }
      if (implicitCol > LIMITS.columns) {
        overflow = { address: `${col}${rowNumber}`, limit: fileDetails.columnLimit(LIMITS.columns.toLocaleString('vi-VN')) };
        break rows;
      }
      cells.set(cell.address, cell);
      if (rowNumber > maxRow) maxRow = rowNumber;
    }
  }
  return overflow ? { name, cells, maxRow, overflow } : { name, cells, maxRow };
}

/**
 * One attribute's value in a cell's opening tag, the text's [from, to) (r, s and t hold no entities: a reference, a
 * number, a type): what searching that piece of text alone for `key` and the closing quote would find.
 */
function plainAttr(text: string, from: number, to: number, key: string): string | undefined {
  const at = indexWithin(text, key, from, to);
  if (at < 0) return undefined;
  const start = at + key.length;
  const end = text.indexOf('"', start);
  return end < 0 || end >= to ? undefined : text.slice(start, end);
}

/** Whether `text` holds `key` entirely within [from, to), at or after `from`; where, else -1. */
function indexWithin(text: string, key: string, from: number, to: number): number {
  const at = text.indexOf(key, from);
  return at < 0 || at + key.length > to ? -1 : at;
}

/** The cell whose contents are text[start, end) (never empty); undefined for a blank one. */
function parseCell(address: string, row: number, col: string, cellType: string | undefined, style: number, text: string, start: number, end: number, shared: SharedStrings): RawCell | undefined {
  const type = (cellType ?? 'n') as RawCell['type'];
  // Formulas and inline strings are rare in a return: their contents are cut out and read with the patterns.
  const f = indexWithin(text, '<f', start, end) >= 0 ? /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(text.slice(start, end)) : null;
  const vStart = indexWithin(text, '<v>', start, end);
  const vEnd = vStart < 0 ? -1 : indexWithin(text, '</v>', vStart, end);
  const hasV = vEnd >= 0;
  let value: RawCell['value'];
  if (type === 'inlineStr') value = textOf(/<is>([\s\S]*?)<\/is>/.exec(text.slice(start, end))?.[1] ?? '');
  else if (hasV) {
    const raw = decodeXml(text.slice(vStart + 3, vEnd));
    if (type === 's') value = shared(Number(raw));
    else if (type === 'b') value = raw === '1' || raw === 'true';
    else if (type === 'n') value = raw.trim() === '' ? undefined : Number(raw);
    else value = raw;
  }
  if (typeof value === 'string') {
    if (value.length > LIMITS.cellChars) value = value.slice(0, LIMITS.cellChars);
    if (value === '' && !f) value = undefined;
  }
  // A blank cell (only a style) says nothing a check uses: not kept.
  if (value === undefined && !f) return undefined;
  return { address, row, col, value, type, formula: f ? decodeXml(f[1] ?? '') || '(shared)' : undefined, cached: Boolean(f) && hasV, style };
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    n = n * 26 + (c - 64);
    // Per code point, as iterating the string would: a surrogate pair counts once, by its first half.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < letters.length) {
      const next = letters.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The shared strings table, item by index; an index outside the table reads as ''. */
export type SharedStrings = (index: number) => string;

/**
 * Shared strings table: plain and rich-text items, from the part's bytes (UTF-8). Only where each item starts and ends
 * is found at first (what the pattern `<si>([\s\S]*?)<\/si>|<si\/>` would match in the decoded text: the delimiters
 * are ASCII, so byte and character searches agree); an item is decoded on first use. The table also holds the long
 * texts of the instructions sheet, which check never reads, and Vietnamese text decodes to two bytes a character.
 */
export function parseSharedStrings(part: Uint8Array | undefined): SharedStrings {
  // Pairs of (start, end) of each item's body; an empty `<si/>` is an empty body.
  const bounds: number[] = [];
  const bytes = part && Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  if (bytes) {
    // Searched as Latin-1 text, one character per byte (so its indexes are the bytes'): a string search is a builtin,
    // where each Buffer search goes through JavaScript and C++ first (issue 17: a tenth of a short check's time).
    const text = bytes.toString('latin1');
    const unclosedItems: Unclosed = { from: Infinity };
    for (let at = text.indexOf('<si', 0); at >= 0; at = text.indexOf('<si', at)) {
      const c = text.charCodeAt(at + 3);
      if (c === 62 /* > */) {
        const end = closingAfter(text, '</si>', at + 4, unclosedItems);
        // An item never closed matches nothing here (a later `<si/>` still may).
        if (end < 0) {
          at += 1;
          continue;
        }
        bounds.push(at + 4, end);
        at = end + 5;
      } else if (c === 47 /* / */ && text.charCodeAt(at + 4) === 62) {
        bounds.push(at + 5, at + 5);
        at += 5;
      } else at += 1;
    }
  }
  const decoded = new Map<number, string>();
  return (index) => {
    let text = decoded.get(index);
    if (text === undefined) {
      text = bytes && index >= 0 && index * 2 < bounds.length && Number.isInteger(index) ? textOf(bytes.toString('utf8', bounds[index * 2], bounds[index * 2 + 1])) : '';
      decoded.set(index, text);
    }
    return text;
  };
}
