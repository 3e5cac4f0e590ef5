import { join } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { closest } from '../../schema/closest.js';
import { describeFormulaError, parseComparison, referencesOf } from '../formula/index.js';
import { reporterCodes } from '../reporters.js';
import type { Frequency } from '../types.js';
import { mayBeDeclared } from './declared.js';
import { at } from './locate.js';
import type { SetCheck } from './types.js';

/** Rules parse and reference declared indicators. */
export const ruleExpressions: SetCheck = ({ set, declared }) => {
  const out: Diagnostic[] = [];
  const known = [...declared.indicators];
  for (const rule of set.rules) {
    const location = at(set, 'rule', rule.id, 'expr');
    const parsed = parseComparison(rule.expr);
    if (!parsed.ok) {
      out.push(makeDiagnostic('formula-syntax', { location, params: { expr: rule.expr, detail: describeFormulaError(parsed.error) } }));
      continue;
    }
    const codes = [...referencesOf(parsed.value.left), ...referencesOf(parsed.value.right)];
    for (const code of new Set(codes)) {
      if (!mayBeDeclared(declared, 'indicators', code)) out.push(makeDiagnostic('unknown-indicator', { location, params: { code, suggestion: closest(code, known) } }));
    }
  }
  return out;
};

/** Every reporting unit owes at least one indicator in some period. */
export const unitsOwingNothing: SetCheck = ({ set, declared }) =>
  // When indicators were dropped for schema errors or a group file did not parse, obligations are incomplete.
  declared.unreadable.has('indicators') || declared.indicators.size > new Set(set.indicators.map((i) => i.code)).size
    ? []
    : unitsWithoutObligations(set).map((code) => makeDiagnostic('unit-owes-nothing', { location: at(set, 'unit', code), params: { unit: code } }));

/** Reporting units named by no indicator's reported_by (each distinct group keyword is expanded once). */
function unitsWithoutObligations(set: Parameters<SetCheck>[0]['set']): string[] {
  const owing = new Set<string>();
  const seenGroups = new Set<string>();
  for (const ind of set.indicators) {
    const rb = ind.reported_by;
    if (typeof rb === 'string' && rb !== 'province') {
      if (seenGroups.has(rb)) continue;
      seenGroups.add(rb);
    }
    for (const code of reporterCodes(ind, set)) owing.add(code);
  }
  return set.units.filter((u) => u.kind !== 'province' && !owing.has(u.code)).map((u) => u.code);
}

/** units.yaml names the province (its code is the province rows' code in the dataset). */
export const provinceUnit: SetCheck = ({ set }) =>
  set.units.some((u) => u.kind === 'province') ? [] : [makeDiagnostic('province-missing', { location: { file: join(set.dir, 'units.yaml'), path: ['units'] } })];

/** Each frequency in use has its cut-off and deadline in set.yaml. */
export const periodSettings: SetCheck = ({ set }) => {
  const used = new Set<Frequency>(set.indicators.map((i) => i.frequency));
  const file = join(set.dir, 'set.yaml');
  return [...used].filter((f) => !set.info.periods?.[f]).map((frequency) => makeDiagnostic('period-missing', { location: { file, path: ['periods'] }, params: { frequency } }));
};

/** Every holiday in set.yaml is a date of the calendar (the schema checks the YYYY-MM-DD shape, not 2026-02-30). */
export const holidayDates: SetCheck = ({ set }) => {
  const file = join(set.dir, 'set.yaml');
  return (set.info.holidays ?? []).flatMap((date, i) => (isCalendarDate(date) ? [] : [makeDiagnostic('holiday-invalid', { location: { file, path: ['holidays', i] }, params: { date } })]));
};

/** The issuing decision's date is a date of the calendar: the annex prints it ("ngày 30 tháng 02" otherwise). */
export const decisionDate: SetCheck = ({ set }) => {
  const date = set.info.decision?.date;
  if (date === undefined || isCalendarDate(date)) return [];
  return [makeDiagnostic('decision-date-invalid', { location: { file: join(set.dir, 'set.yaml'), path: ['decision', 'date'] }, params: { date } })];
};

/** The drafting office (set.yaml drafting_unit) is a unit or an agency of the set: consult leaves it out by code. */
export const draftingUnit: SetCheck = ({ set }) => {
  const code = set.info.drafting_unit;
  if (code === undefined) return [];
  const known = [...set.units.map((u) => u.code), ...set.agencies.map((a) => a.code)];
  if (known.includes(code)) return [];
  const suggestion = closest(code, known);
  return [makeDiagnostic('drafting-unit-unknown', { location: { file: join(set.dir, 'set.yaml'), path: ['drafting_unit'] }, params: { code, suggestion: suggestion ?? '' } })];
};

/** True for a YYYY-MM-DD string naming a day that exists (month 1–12, day within the month, leap years counted). */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
