import { makeDiagnostic, type Diagnostic, type DiagnosticCode, type Location, type MessageParams } from '../diagnostics/index.js';
import { collectText, textsOf } from '../i18n/index.js';
import { isComputed, planSystemReturn, rowKeyFor } from '../model/layout/index.js';
import { unitsOwing } from '../model/owes.js';
import type { Period } from '../model/period.js';
import type { Indicator, IndicatorSet, System } from '../model/types.js';
import { parseNumberText } from '../submission/parse-number.js';
import type { IndicatorQuery, SystemRow } from './types.js';

/** A query that ran, with its rows. */
export interface FetchedQuery {
  query: IndicatorQuery;
  rows: SystemRow[];
}

/** One line of a collected return (the CSV return format, with the system and the query's hash). */
export interface ReturnLine {
  code: string;
  /** The category's name, as a form's category column shows it (blank for a total). */
  category: string;
  /** The value as written: a plain number with `.` as decimal mark, or blank. */
  value: string;
  note: string;
  /** sha256 of the query the value came from (blank for derived rows, computed by check). */
  query: string;
}

/** What `indicators collect` writes for one unit and one system. */
export interface CollectedReturn {
  system: string;
  unit: string;
  period: string;
  /** `<unit>_<set>_<period>.csv`, written in the system's folder. */
  fileName: string;
  lines: ReturnLine[];
}

/** Where a problem with one indicator's rows is shown: the export file and line, else the indicator's YAML file. */
function placeOf(set: IndicatorSet, indicator: Indicator, row?: SystemRow): Location {
  if (row?.file) return { file: row.file, line: row.row };
  return { file: set.origins.get(`indicator:${indicator.code}`)?.[0]?.file ?? set.dir };
}

/**
 * Checks a system's rows against the set and lays them out as one return per unit that reports any of the system's
 * indicators (pure). Rows for unknown units or categories, duplicated rows and values that are not numbers are
 * reported and left out; a unit that owes a value and has no row gets a blank with a note (check reads it as "not
 * available") and a `system-no-row` warning.
 */
export function planReturns(set: IndicatorSet, period: Period, system: System, fetched: readonly FetchedQuery[]): { returns: CollectedReturn[]; diagnostics: Diagnostic[] } {
  const t = textsOf(collectText);
  const diagnostics: Diagnostic[] = [];
  const values = new Map<string, Map<string, number | 'error' | SystemRow>>(); // unit → row key → value (the row when its value is blank)
  const asked = new Map<string, IndicatorQuery>();
  const rowAt = new Map<string, SystemRow>(); // unit \0 row key → the one row that gave it
  for (const { query, rows } of fetched) {
    asked.set(query.indicator.code, query);
    readRows(set, system, query.indicator, rows, values, diagnostics, rowAt);
  }
  const returns: CollectedReturn[] = [];
  for (const unit of set.units) {
    const plan = planSystemReturn(set, unit, period, system.id);
    if (!plan) continue;
    const mine = values.get(unit.code);
    const lines = plan.valueRows.map((r): ReturnLine => {
      const category = r.category?.name ?? '';
      const query = asked.get(r.indicator.code);
      if (isComputed(r) || !query) {
        // A breakdown's total is the sum of its categories: a row without a category cannot fill it, and is not dropped unsaid.
        const given = query && typeof mine?.get(r.key) === 'number' ? rowAt.get(`${unit.code}\u0000${r.key}`) : undefined;
        if (given) {
          const params = { system: system.id, code: r.indicator.code, row: given.row, category: '', ...categoryParams(set, r.indicator) };
          diagnostics.push(makeDiagnostic('system-unknown-category', { location: placeOf(set, r.indicator, given), params }));
        }
        return { code: r.indicator.code, category, value: '', note: '', query: '' };
      }
      const v = mine?.get(r.key);
      if (typeof v === 'number') return { code: r.indicator.code, category, value: plainNumber(v), note: '', query: query.sha256 };
      if (v !== 'error') {
        // No row, or a row whose value is blank (NULL: sum() over no records): said as what it is.
        const params = { system: system.id, code: r.indicator.code, unit: unit.code, category: category || undefined, row: v?.row };
        diagnostics.push(makeDiagnostic('system-no-row', { location: placeOf(set, r.indicator, v), params }));
      }
      return { code: r.indicator.code, category, value: '', note: v === 'error' ? t.rowErrorNote(system.id) : t.noRowNote(system.id), query: query.sha256 };
    });
    returns.push({ system: system.id, unit: unit.code, period: period.id, fileName: `${unit.code}_${set.info.id}_${period.id}.csv`, lines });
  }
  return { returns, diagnostics };
}

/** One indicator's rows into `values` (unit → row key → number, or 'error' when the unit's row was refused). */
function readRows(
  set: IndicatorSet,
  system: System,
  indicator: Indicator,
  rows: readonly SystemRow[],
  values: Map<string, Map<string, number | 'error' | SystemRow>>,
  out: Diagnostic[],
  rowAt: Map<string, SystemRow>,
): void {
  const known = new Set(set.units.map((u) => u.code));
  const owing = unitsOwing(set, indicator);
  const owes = new Set(owing);
  const seen = new Map<string, SystemRow[]>();
  const report = (code: DiagnosticCode, row: SystemRow | undefined, params: MessageParams) =>
    out.push(makeDiagnostic(code, { location: placeOf(set, indicator, row), params: { system: system.id, code: indicator.code, ...params } }));
  for (const row of rows) {
    const text = row.unit_code === undefined || row.unit_code === null ? '' : String(row.unit_code).trim();
    // A province-level indicator has one reporting unit: a row without a unit code is that unit's.
    const unit = text === '' && owing.length === 1 ? owing[0] : text;
    if (!known.has(unit)) {
      report('system-unknown-unit', row, { unit: text, row: row.row });
      continue;
    }
    if (!owes.has(unit)) {
      report('system-unit-not-owing', row, { unit, row: row.row });
      continue;
    }
    const key = keyOf(set, indicator, row);
    if (key === undefined) {
      report('system-unknown-category', row, { row: row.row, category: String(row.category), ...categoryParams(set, indicator) });
      continue;
    }
    const id = `${unit}\u0000${key}`;
    seen.set(id, [...(seen.get(id) ?? []), row]);
  }
  for (const [id, found] of seen) {
    const [unit, key] = id.split('\u0000');
    const byUnit = values.get(unit) ?? new Map<string, number | 'error' | SystemRow>();
    values.set(unit, byUnit);
    if (found.length > 1) {
      const category = key.includes('|') ? key.split(':').pop() : undefined;
      report('system-duplicate-row', found[1], { unit, category, rows: found.map((r) => r.row).join(', ') });
      byUnit.set(key, 'error');
      continue;
    }
    rowAt.set(id, found[0]);
    const value = numberOf(found[0].value, found[0].file !== undefined, indicator.value_type === 'integer');
    if (value === 'nan') {
      report('system-not-a-number', found[0], { unit, text: String(found[0].value), row: found[0].row });
      byUnit.set(key, 'error');
    } else if (value === 'imprecise') {
      report('system-value-imprecise', found[0], { unit, text: String(found[0].value), row: found[0].row });
      byUnit.set(key, 'error');
    } else byUnit.set(key, value ?? found[0]);
  }
}

/** The `breakdown` and `known` parameters of `system-unknown-category`: the indicator's breakdowns and their category codes. */
function categoryParams(set: IndicatorSet, indicator: Indicator): { breakdown: string; known: string } {
  const categories = set.breakdowns.filter((b) => indicator.breakdown?.includes(b.id)).flatMap((b) => b.categories.map((c) => c.code));
  return { breakdown: indicator.breakdown?.join(', ') ?? '-', known: categories.join(', ') || '-' };
}

/** The row key a row fills: the indicator's total, or one of its breakdown categories (by code, or by name). */
function keyOf(set: IndicatorSet, indicator: Indicator, row: SystemRow): string | undefined {
  const category = row.category === undefined || row.category === null ? '' : String(row.category).trim();
  if (category === '') return indicator.code;
  const wanted = row.breakdown === undefined || row.breakdown === null || String(row.breakdown).trim() === '' ? undefined : String(row.breakdown).trim();
  for (const id of indicator.breakdown ?? []) {
    if (wanted && wanted !== id) continue;
    const found = set.breakdowns.find((b) => b.id === id)?.categories.find((c) => c.code === category || c.name === category);
    if (found) return rowKeyFor(indicator.code, id, found.code);
  }
  return undefined;
}

/**
 * A value as a number: numbers, bigints and plain numeric text; blank (NULL, '') is no value; anything else 'nan'.
 * A whole number beyond 2^53 (a bigint, or PostgreSQL's int8/numeric as text) cannot be held exactly: 'imprecise',
 * refused rather than rounded.
 * Text of a CSV export (`fromFile`) is read as a return's typed text is (`parseNumberText`): `1.234.567` and `71,5`
 * are numbers, and `1.234` (1234 or 1.234?) is refused rather than guessed.
 */
function numberOf(v: unknown, fromFile = false, integer = false): number | undefined | 'nan' | 'imprecise' {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'nan';
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : 'imprecise';
  if (typeof v === 'string' && /^[+-]?\d+(\.0*)?$/.test(v.trim()) && !Number.isSafeInteger(Number(v.trim()))) return 'imprecise';
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return undefined;
    if (fromFile) {
      const parsed = parseNumberText(s, { integer });
      return parsed.kind === 'number' ? parsed.value : 'nan';
    }
    return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s) && Number.isFinite(Number(s)) ? Number(s) : 'nan';
  }
  return 'nan';
}

/**
 * A number as a return holds it: `.` as decimal mark, no grouping. Exactly three decimals get a trailing zero
 * (`1.2340`): `1.234` would read as ambiguous (1234 or 1,234) the way a unit's typed text is.
 */
export function plainNumber(v: number): string {
  // The shortest text that reads back as `v` (a budget in đồng, 968292927675784, and 443372.28 exactly as given); a
  // float's last-bit noise (0.30000000000000004, a few ulps) is dropped, never a digit the system sent.
  const short = Number(v.toPrecision(15));
  const s = String(!Number.isInteger(v) && Math.abs(short - v) <= 4 * Number.EPSILON * Math.abs(v) ? short : v);
  return /\.\d{3}$/.test(s) ? `${s}0` : s;
}
