import type { Diagnostic } from '../diagnostics/index.js';
import { COL, isComputed, type ValueRow } from '../model/layout/index.js';
import type { CellValue } from '../model/index.js';
import { diagnosticAt, rowLabel, type FileContext } from './checks/context.js';
import { parseNumberText } from './parse-number.js';
import type { RawCell } from './workbook-types.js';
import { fileDetails, words } from '../i18n/index.js';

// What a yes/no cell accepts: the template's list words (`words.yes`/`no`) in either language, unaccented, and 1/0.
const lower = (s: string) => s.toLowerCase();
const YES = new Set([lower(words.vi.yes), 'co', lower(words.en.yes), 'true', '1', 'x']);
const NO = new Set([lower(words.vi.no), 'khong', lower(words.en.no), 'false', '0']);

/**
 * Reads every input row's value and note into `ctx.values` / `ctx.notes`: blanks (never zero), numbers typed as
 * text in Vietnamese or English notation, booleans, wrong types. Derived rows and summed totals are left to
 * `computeDerived`.
 */
export interface ValueStyles {
  /** Styles shown as a percentage. */
  percent: ReadonlySet<number>;
  /** Styles shown as a date or time. */
  date: ReadonlySet<number>;
}

const NO_STYLES: ValueStyles = { percent: new Set(), date: new Set() };
/** A formula that reads another workbook: `[1]Sheet!A1` (an external link) or `'C:\\dir\\[file.xlsx]Sheet'!A1`. */
const EXTERNAL = /\[[^\]]+\][^!]*!/;

export function readInputValues(ctx: FileContext, styles: ValueStyles = NO_STYLES): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of ctx.plan.valueRows) {
    const row = ctx.rows.get(r.key);
    if (row === undefined) continue;
    const note = ctx.sheet.cells.get(`${COL.note}${row}`)?.value;
    // A computed row's note cell holds the template's "computed — do not type": not a note of the unit's.
    if (isComputed(r)) continue;
    if (typeof note === 'string' && note.trim()) ctx.notes.set(r.key, note.trim());
    const address = `${COL.value}${row}`;
    ctx.values.set(r.key, readValue(ctx, r, address, ctx.sheet.cells.get(address), styles, out));
  }
  return out;
}

function readValue(ctx: FileContext, r: ValueRow, address: string, cell: RawCell | undefined, styles: ValueStyles, out: Diagnostic[]): CellValue {
  const ind = r.indicator;
  const code = rowLabel(r, ctx.plan.lang);
  const raw = cell?.value;
  const report = (code: Parameters<typeof diagnosticAt>[1], params: Record<string, string | number | undefined>) => out.push(diagnosticAt(ctx, code, address, params));
  // The cached result of a link to another file is whatever that file held when it was last opened: never trusted.
  if (cell?.formula && EXTERNAL.test(cell.formula)) {
    report('external-reference', { code, formula: `=${cell.formula}` });
    return undefined;
  }
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    if (cell?.formula) report('not-a-number', { text: `=${cell.formula}`, code });
    else if (r.required && ctx.notes.has(r.key)) report('value-not-available', { code, note: ctx.notes.get(r.key) });
    else if (r.required) report('required-blank', { code: ind.code, category: r.category ? code.slice(ind.code.length + 2, -1) : undefined });
    return undefined;
  }
  if (ind.value_type === 'text') return String(raw);
  if (ind.value_type === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    const t = String(raw).trim().toLowerCase();
    if (YES.has(t)) return true;
    if (NO.has(t)) return false;
    report('wrong-type', { text: String(raw), expected: fileDetails.yesNo, code });
    return undefined;
  }
  if (cell?.type === 'e') {
    report('not-a-number', { text: String(raw), code });
    return undefined;
  }
  if (typeof raw === 'number' && cell && styles.date.has(cell.style)) {
    // A date typed where a number belongs: the spreadsheet stored the day count (45,736 for 20/03/2025).
    report('wrong-type', { text: excelDate(raw), expected: ind.unit, code });
    return undefined;
  }
  if (typeof raw === 'number') {
    // "71,54%" typed into a cell Excel/LibreOffice turns into 0.7154 shown as a percentage: the unit meant 71.54.
    return ind.value_type === 'percent' && cell && styles.percent.has(cell.style) ? Math.round(raw * 100 * 1e9) / 1e9 : raw;
  }
  if (typeof raw === 'boolean' || cell?.type === 'd') {
    report('wrong-type', { text: String(raw), expected: ind.unit, code });
    return undefined;
  }
  return readNumberText(ctx, r, raw, report);
}

/**
 * Text in a numeric cell. `1.234` is 1234 in an integer count (it cannot hold three decimals); for a decimal or
 * percent it is ambiguous (1234 or 1,234), settled only when one reading is outside the indicator's declared min/max
 * (`1.234` for a 0–100 rate can only be 1,234).
 */
function readNumberText(
  ctx: FileContext,
  r: ValueRow,
  raw: string,
  report: (code: 'number-as-text' | 'ambiguous-number' | 'not-a-number', p: Record<string, string | number | undefined>) => void,
): CellValue {
  const parsed = parseNumberText(raw, { integer: r.indicator.value_type === 'integer' });
  const code = rowLabel(r, ctx.plan.lang);
  if (parsed.kind === 'nan') {
    report('not-a-number', { text: raw, code });
    return undefined;
  }
  let value: number;
  if (parsed.kind === 'ambiguous') {
    const settled = settleByRange(r, parsed.a, parsed.b);
    if (settled === undefined) {
      report('ambiguous-number', { text: raw, a: parsed.a, b: String(parsed.b).replace('.', ','), code });
      return undefined;
    }
    value = settled;
  } else value = parsed.value;
  // In a CSV every value is text: only a notation that needed reading (separators, %) is worth an info.
  if (ctx.kind === 'xlsx' || parsed.kind === 'ambiguous' || parsed.notation !== 'plain' || parsed.percent) report('number-as-text', { text: raw, value, code });
  return value;
}

/** A spreadsheet day count shown as dd/mm/yyyy (1900 date system). */
function excelDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  return Number.isNaN(d.getTime()) ? String(serial) : `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

function settleByRange(r: ValueRow, a: number, b: number): number | undefined {
  const { min, max } = r.indicator.constraints ?? {};
  const fits = (v: number) => (min === undefined || v >= min) && (max === undefined || v <= max);
  if (fits(a) === fits(b)) return undefined;
  return fits(a) ? a : b;
}
