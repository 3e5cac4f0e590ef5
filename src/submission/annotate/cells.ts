import { columnLetters, columnNumber } from '../parse-sheet.js';
import { attr } from '../xml-text.js';
import { PatchError, removeAttr, setAttr } from './xml.js';

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** `G10` → { row: 10, col: 7 }; undefined for anything but one cell. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address);
  if (!m) return undefined;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  return col >= 1 && col <= 16384 && row >= 1 && row <= 1048576 ? { row, col } : undefined;
}

/** A cell's new format from its current one. */
export type Restyle = (base: number) => number;

/**
 * Gives each target cell of a worksheet the format `targets.get(cell)(its current format)`. A cell that does not
 * exist is created (and its row when needed), in row and column order, starting from the row's or the column's
 * format as Excel would show it. Everything else in the sheet is left as it was.
 */
export function restyleCells(xml: string, targets: ReadonlyMap<string, Restyle>): string {
  const data = /<sheetData\b([^>]*?)(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml);
  if (!data) throw new PatchError('worksheet without <sheetData>');
  const byRow = new Map<number, Map<number, Restyle>>();
  for (const [address, restyle] of targets) {
    const at = parseAddress(address);
    if (!at) continue;
    if (!byRow.has(at.row)) byRow.set(at.row, new Map());
    byRow.get(at.row)!.set(at.col, restyle);
  }
  if (byRow.size === 0) return xml;
  const colStyle = columnStyles(xml);
  const body = data[2] ?? '';
  const rows = [...body.matchAll(ROW)];
  const explicit = rows.every((m) => attr(m[1], 'r') !== undefined);
  let out = '';
  let last = 0;
  let implicit = 0;
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const newRows = (before: number) => {
    let text = '';
    while (pending.length && pending[0] < before) {
      const r = pending.shift()!;
      text += `<row r="${r}">${newCells(
        r,
        [...byRow.get(r)!].sort((a, b) => a[0] - b[0]),
        (c) => colStyle(c),
      )}</row>`;
    }
    return text;
  };
  for (const m of rows) {
    const number = Number(attr(m[1], 'r') ?? implicit + 1);
    implicit = number;
    out += body.slice(last, m.index);
    last = m.index + m[0].length;
    out += newRows(number);
    let row = m[0];
    if (!explicit) row = setAttr(row.slice(0, openLength(row)), 'r', String(number)) + row.slice(openLength(row));
    if (pending[0] === number) {
      pending.shift();
      row = patchRow(row, number, byRow.get(number)!, colStyle);
    }
    out += row;
  }
  out += body.slice(last) + newRows(Infinity);
  const open = `<sheetData${data[1]}>`;
  return xml.slice(0, data.index) + open + out + '</sheetData>' + xml.slice(data.index + data[0].length);
}

function openLength(element: string): number {
  return /^<[^>]*>/.exec(element)![0].length;
}

function patchRow(row: string, number: number, targets: Map<number, Restyle>, colStyle: (col: number) => number): string {
  let open = row.slice(0, openLength(row));
  const selfClosing = open.endsWith('/>');
  const inner = selfClosing ? '' : row.slice(open.length, row.length - '</row>'.length);
  const rowStyle = attr(open, 'customFormat') === '1' || attr(open, 'customFormat') === 'true' ? Number(attr(open, 's') ?? NaN) : NaN;
  const baseOf = (col: number) => (Number.isFinite(rowStyle) ? rowStyle : colStyle(col));
  const pending = [...targets].sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  let implicit = 0;
  for (const m of inner.matchAll(CELL)) {
    const ref = attr(m[1], 'r');
    const col = ref ? (parseAddress(ref)?.col ?? implicit + 1) : implicit + 1;
    implicit = col;
    out += inner.slice(last, m.index);
    last = m.index + m[0].length;
    const before: [number, Restyle][] = [];
    while (pending.length && pending[0][0] < col) before.push(pending.shift()!);
    out += newCells(number, before, baseOf);
    let cell = m[0];
    let cellOpen = cell.slice(0, openLength(cell));
    const rest = cell.slice(cellOpen.length);
    if (!ref) cellOpen = setAttr(cellOpen, 'r', `${columnLetters(col)}${number}`);
    if (pending.length && pending[0][0] === col) {
      const [, restyle] = pending.shift()!;
      cellOpen = setAttr(cellOpen, 's', String(restyle(Number(attr(cellOpen, 's') ?? 0) || 0)));
    }
    cell = cellOpen + rest;
    out += cell;
  }
  out += inner.slice(last) + newCells(number, pending, baseOf);
  const spans = attr(open, 'spans');
  if (
    spans &&
    [...targets.keys()].some(
      (c) =>
        !spans.split(/\s+/).some((s) => {
          const [a, b] = s.split(':').map(Number);
          return c >= a && c <= b;
        }),
    )
  )
    open = removeAttr(open, 'spans');
  if (selfClosing) open = open.replace(/\s*\/>$/, '>');
  return `${open}${out}</row>`;
}

function newCells(row: number, cells: [number, Restyle][], baseOf: (col: number) => number): string {
  return cells.map(([col, restyle]) => `<c r="${columnLetters(col)}${row}" s="${restyle(baseOf(col))}"/>`).join('');
}

/** The format of a column's empty cells (`<col style>`), 0 when none. */
function columnStyles(xml: string): (col: number) => number {
  const cols = [...(/<cols\b[^>]*>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? '').matchAll(/<col\b([^>]*?)\/?>/g)].map((m) => ({
    min: Number(attr(m[1], 'min')),
    max: Number(attr(m[1], 'max')),
    style: Number(attr(m[1], 'style') ?? 0) || 0,
  }));
  return (col) => cols.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
}

/**
 * openpyxl writes an empty text as `<c t="inlineStr"></c>`, an inline string with no `<is>`, which Excel repairs.
 * In a sheet the copy rewrites anyway, such a cell loses its type: it is blank, as it reads.
 */
export function repairEmptyInlineStrings(xml: string): string {
  return xml.replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (cell, attrs: string, _end: string, body: string | undefined) =>
    /\st="inlineStr"/.test(attrs) && !(body ?? '').trim() ? cell.replace(/\st="inlineStr"/, '') : cell,
  );
}
