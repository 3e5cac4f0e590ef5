import { LIMITS } from './limits.js';
import type { RawCell, RawSheet } from './workbook-types.js';
import { attr, decodeXml, textOf } from './xml-text.js';

// OOXML worksheets are machine-written and flat (rows of cells), so a targeted scan is enough and is several times
// faster than a general XML parser; nothing here recurses, so deeply nested input cannot exhaust the stack.
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** Parses one worksheet's XML into cells (values decoded, shared strings resolved, formulas kept as text). */
export function parseSheet(name: string, xml: string, sharedStrings: string[]): RawSheet {
  const cells = new Map<string, RawCell>();
  let maxRow = 0;
  let implicitRow = 0;
  for (const rowMatch of xml.matchAll(ROW)) {
    const rowNumber = Number(attr(rowMatch[1], 'r') ?? implicitRow + 1);
    implicitRow = rowNumber;
    if (rowNumber > LIMITS.rows) break;
    let implicitCol = 0;
    for (const c of (rowMatch[2] ?? '').matchAll(CELL)) {
      const ref = attr(c[1], 'r');
      const col = ref ? ref.replace(/\d+$/, '') : columnLetters(implicitCol + 1);
      implicitCol = columnNumber(col);
      const cell = parseCell(`${col}${rowNumber}`, rowNumber, col, c[1], c[2] ?? '', sharedStrings);
      if (cell) {
        cells.set(cell.address, cell);
        if (rowNumber > maxRow) maxRow = rowNumber;
      }
    }
  }
  return { name, cells, maxRow };
}

function parseCell(address: string, row: number, col: string, attrs: string, body: string, shared: string[]): RawCell | undefined {
  const type = (attr(attrs, 't') ?? 'n') as RawCell['type'];
  const style = Number(attr(attrs, 's') ?? 0);
  const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
  const v = /<v>([\s\S]*?)<\/v>/.exec(body);
  let value: RawCell['value'];
  if (type === 'inlineStr') value = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
  else if (v) {
    const raw = decodeXml(v[1]);
    if (type === 's') value = shared[Number(raw)] ?? '';
    else if (type === 'b') value = raw === '1' || raw === 'true';
    else if (type === 'n') value = raw.trim() === '' ? undefined : Number(raw);
    else value = raw;
  }
  if (typeof value === 'string') {
    if (value.length > LIMITS.cellChars) value = value.slice(0, LIMITS.cellChars);
    if (value === '' && !f) value = undefined;
  }
  if (value === undefined && !f) return { address, row, col, value, type, cached: false, style };
  return { address, row, col, value, type, formula: f ? decodeXml(f[1] ?? '') || '(shared)' : undefined, cached: Boolean(f && v), style };
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
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

/** Shared strings table: plain and rich-text items. */
export function parseSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? ''));
}
