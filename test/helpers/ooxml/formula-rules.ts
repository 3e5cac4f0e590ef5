/** Cell references and formula-text rules of check-ooxml.py (col2n, parse_cell, parse_range, check_formula). */

export type Report = (part: string, level: 'ERROR' | 'WARN' | 'note' | 'info', message: string) => void;

/** Python's `\w` is Unicode-aware; JavaScript's `\b` is not: these stand in for `\b` at a word's start. */
const W = '[\\p{L}\\p{N}_]';
const WORD_START = `(?<!${W})(?=${W})`;
const BOUNDARY = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

export function col2n(c: string): number {
  let n = 0;
  for (const ch of c) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const CELL_RE = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** [column, row], 1-based, or undefined. */
export function parseCell(ref: string | undefined): [number, number] | undefined {
  const m = CELL_RE.exec(ref ?? '');
  return m ? [col2n(m[1]), Number(m[2])] : undefined;
}

/** [minCol, minRow, maxCol, maxRow] or undefined. */
export function parseRange(ref: string | undefined): [number, number, number, number] | undefined {
  const [a, b] = (ref ?? '').split(/:(.*)/s);
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  if (!p || !q) return undefined;
  return [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])];
}

export function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel rejects names that are A1 refs (col <= XFD, row <= 1048576) or R1C1 refs. */
export function isCellRefName(n: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(n);
  if (m && col2n(m[1].toUpperCase()) <= 16384 && Number(m[2]) >= 1 && Number(m[2]) <= 1048576) return true;
  return /^[Rr](\d*)[Cc](\d*)$/.test(n) || /^[RrCc]\d*$/.test(n);
}

/** Python's repr() of a string or a list of strings, so messages read as check-ooxml.py's do. */
export function pyRepr(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (v === undefined || v === null) return 'None';
  if (typeof v !== 'string') return String(v);
  const q = v.includes("'") && !v.includes('"') ? '"' : "'";
  const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}

const LOCALIZED = new RegExp(`${WORD_START}(NẾU|TỔNG|SUMA|SOMME|WENN|SUMME|SI|SOMA|SE)\\s*\\(`, 'u');
const UNQUOTED_SPACE = new RegExp(`(?<!')${BOUNDARY}([^\\s'!(),+\\-*/&=<>:]+(?:\\s[^\\s'!(),]+)+)!`, 'gu');
/**
 * check-ooxml.py matches `\b([A-Z][A-Z0-9.]*)\(`, which also fires on `_xlfn.IFS(`; here a name after `.` (the
 * prefix) is not a bare function name.
 */
const FUNCTION = /(?<![\p{L}\p{N}_.])([A-Z][A-Z0-9.]*)\(/gu;

export const NEW_FUNCS = new Set([
  'IFS',
  'MAXIFS',
  'MINIFS',
  'SWITCH',
  'TEXTJOIN',
  'CONCAT',
  'XLOOKUP',
  'FILTER',
  'SORT',
  'UNIQUE',
  'SEQUENCE',
  'LET',
  'IFNA',
  'STDEV.S',
  'STDEV.P',
  'FLOOR.MATH',
  'CEILING.MATH',
  'DAYS',
  'ISOWEEKNUM',
  'XOR',
  'NUMBERVALUE',
  'AGGREGATE',
]);

export function checkFormula(rep: Report, part: string, where: string, ft: string, sheetNames: string[]): void {
  const nostr = ft.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of ft.matchAll(/"((?:[^"]|"")*)"/g)) {
    if (m[1].replace(/""/g, '"').length > 255) rep(part, 'ERROR', `${where}: string literal > 255 chars in formula`);
  }
  const head = (n: number) => pyRepr(ft.slice(0, n));
  if (nostr.includes(';')) rep(part, 'ERROR', `${where}: semicolon in formula ${head(80)}`);
  if (ft.startsWith('=')) rep(part, 'ERROR', `${where}: formula text starts with "=": ${head(60)}`);
  if (LOCALIZED.test(nostr)) rep(part, 'ERROR', `${where}: localized function name in ${head(80)}`);
  if (count(nostr, '(') !== count(nostr, ')')) rep(part, 'ERROR', `${where}: unbalanced parentheses ${head(80)}`);
  if (count(nostr, "'") % 2) rep(part, 'ERROR', `${where}: odd number of apostrophes ${head(80)}`);
  for (const m of nostr.matchAll(UNQUOTED_SPACE)) rep(part, 'ERROR', `${where}: unquoted sheet name with space ${pyRepr(m[1])}`);
  for (const m of nostr.matchAll(/'((?:[^']|'')+)'!/g)) {
    if (!sheetNames.includes(m[1].replace(/''/g, "'"))) rep(part, 'ERROR', `${where}: reference to unknown sheet ${pyRepr(m[1])}`);
  }
  for (const m of nostr.matchAll(FUNCTION)) {
    if (NEW_FUNCS.has(m[1])) rep(part, 'WARN', `${where}: ${m[1]} needs _xlfn. prefix`);
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
