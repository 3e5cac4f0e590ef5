import { COL, type ValueRow } from '../model/layout/index.js';
import type { CellValue } from '../model/index.js';
import { report, type FileContext } from './file-context.js';
import { parseNumberText } from './parse-number.js';

const YES = new Set(['có', 'co', 'yes', 'true', '1', 'x']);
const NO = new Set(['không', 'khong', 'no', 'false', '0']);

/** Reads every input row's value cell: blanks, Vietnamese/English number text, types, ranges, signs. */
export function readInputValues(ctx: FileContext): void {
  for (const r of ctx.plan.valueRows) {
    const row = ctx.rows.get(r.key);
    if (row === undefined) continue;
    const note = ctx.sheet.cells.get(`${COL.note}${row}`)?.value;
    if (typeof note === 'string' && note.trim() && !r.indicator.formula) ctx.notes.set(r.key, note.trim());
    if (r.indicator.formula) continue;
    const value = readValue(ctx, r, `${COL.value}${row}`);
    ctx.values.set(r.key, value);
    if (typeof value === 'number') checkNumber(ctx, r, `${COL.value}${row}`, value);
  }
}

function readValue(ctx: FileContext, r: ValueRow, address: string): CellValue {
  const cell = ctx.sheet.cells.get(address);
  const ind = r.indicator;
  const label = { code: r.key.replace('|', ' ') };
  const raw = cell?.value;
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    if (r.required) report(ctx, 'required-blank', address, { code: ind.code, category: r.category?.name });
    return undefined;
  }
  if (ind.value_type === 'text') return String(raw);
  if (ind.value_type === 'boolean') {
    const t = String(raw).trim().toLowerCase();
    if (typeof raw === 'boolean') return raw;
    if (YES.has(t)) return true;
    if (NO.has(t)) return false;
    report(ctx, 'wrong-type', address, { text: String(raw), expected: 'Có/Không' });
    return undefined;
  }
  if (cell?.type === 'e') {
    report(ctx, 'not-a-number', address, { text: String(raw) });
    return undefined;
  }
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'boolean') {
    report(ctx, 'wrong-type', address, { text: String(raw), expected: ind.unit });
    return undefined;
  }
  const parsed = parseNumberText(raw);
  if (parsed.kind === 'nan') {
    report(ctx, 'not-a-number', address, { text: raw, ...label });
    return undefined;
  }
  if (parsed.kind === 'ambiguous') {
    report(ctx, 'ambiguous-number', address, { text: raw, a: parsed.a, b: String(parsed.b) });
    return undefined;
  }
  report(ctx, 'number-as-text', address, { text: raw, value: parsed.value });
  return parsed.value;
}

function checkNumber(ctx: FileContext, r: ValueRow, address: string, value: number): void {
  const ind = r.indicator;
  const { min, max } = ind.constraints ?? {};
  const code = r.key.replace('|', ' ');
  if (ind.value_type === 'integer' && !Number.isInteger(value)) report(ctx, 'not-integer', address, { code, value });
  if (ind.value_type === 'integer' && value < 0 && min === undefined) report(ctx, 'negative-count', address, { code, value });
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    report(ctx, 'out-of-range', address, { code, value, min: min ?? '-∞', max: max ?? '+∞' });
  }
}
