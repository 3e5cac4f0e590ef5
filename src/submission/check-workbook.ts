import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { META_SHEET, SHEET_NAMES, planSystemReturn, planTemplate, type PlanMemo } from '../model/layout/index.js';
import { previousPeriod, type Period } from '../model/period.js';
import { FILE_CHECKS, type FileContext } from './checks/index.js';
import { computeDerived } from './compute-derived.js';
import { checkIdentity } from './check-identity.js';
import { readIdentity, type Identity } from './identity.js';
import { locateRows } from './locate-rows.js';
import { sameLastYear } from './read-previous.js';
import { readInputValues } from './read-values.js';
import type { CheckOptions } from './check-options.js';
import type { RawWorkbook } from './workbook-types.js';

export type { CheckOptions } from './check-options.js';

export interface WorkbookCheck {
  identity: Identity;
  diagnostics: Diagnostic[];
  values: FileContext['values'];
  notes: FileContext['notes'];
}

/** identify → locate → read → recompute → check: all problems of the file in one pass. */
export function checkWorkbook(file: string, wb: RawWorkbook, options: CheckOptions): WorkbookCheck {
  const { set } = options;
  const identity = readIdentity(wb);
  const out: WorkbookCheck = { identity, diagnostics: [], values: new Map(), notes: new Map() };
  const checked = checkIdentity(file, wb, identity, options);
  out.diagnostics.push(...checked.diagnostics);
  if (!checked.unit || !checked.period) return out;
  const { unit, period } = checked;
  // A return collected from a system (`indicators collect`) holds that system's indicators, not the unit's form.
  const memo = plansOf(options);
  const plan = identity.system ? planSystemReturn(set, unit, period, identity.system, identity.lang, memo) : planTemplate(set, unit, period, identity.lang, memo);
  const sheet = wb.sheet(SHEET_NAMES.entry[identity.lang]) ?? wb.sheet(SHEET_NAMES.entry[identity.lang === 'vi' ? 'en' : 'vi']);
  if (identity.system && !plan) {
    out.diagnostics.push(systemReturnUnexpected(file, identity.system, unit.code, set));
    return out;
  }
  if (!plan || !sheet) {
    const present = wb.sheets
      .filter((s) => s.name !== META_SHEET)
      .map((s) => s.name)
      .join(', ');
    out.diagnostics.push(makeSheetMissing(file, SHEET_NAMES.entry[identity.lang], present));
    return out;
  }
  if (wb.macros) out.diagnostics.push(makeDiagnostic('macros-present', { location: { file }, params: { detail: wb.macros } }));
  if (sheet.overflow)
    out.diagnostics.push(makeDiagnostic('sheet-too-large', { location: { file, sheet: sheet.name }, params: { sheet: sheet.name, where: sheet.overflow.address, limit: sheet.overflow.limit } }));
  const ctx: FileContext = {
    set,
    file,
    plan,
    sheet,
    rows: locateRows(wb, sheet, plan, identity.lang),
    values: out.values,
    notes: out.notes,
    kind: wb.kind,
    names: wb.names,
    previous: previousFor(options.previous, unit.code, period),
  };
  out.diagnostics.push(...readInputValues(ctx, { percent: wb.percentStyles, date: wb.dateStyles }));
  computeDerived(ctx);
  for (const check of FILE_CHECKS) out.diagnostics.push(...check(ctx));
  return out;
}

/** Plans made for one run's options (one set, never modified during a run), shared by the files of that run. */
const plans = new WeakMap<CheckOptions, PlanMemo>();
function plansOf(options: CheckOptions): PlanMemo {
  let memo = plans.get(options);
  if (!memo) plans.set(options, (memo = new WeakMap()));
  return memo;
}

/** A collected return of a system the set does not declare, or for a unit that reports none of its indicators. */
function systemReturnUnexpected(file: string, system: string, unit: string, set: CheckOptions['set']): Diagnostic {
  const known = set.systems.some((s) => s.id === system);
  return makeDiagnostic('system-return-unexpected', { location: { file }, params: { system, unit, known: known ? 'yes' : undefined } });
}

function makeSheetMissing(file: string, sheet: string, present: string): Diagnostic {
  return makeDiagnostic('sheet-missing', { location: { file, sheet }, params: { sheet, present } });
}

/** The same unit's values of the period before this one and of the same period a year earlier (--previous). */
function previousFor(previous: CheckOptions['previous'], unit: string, period: Period): FileContext['previous'] {
  const before = previousPeriod(period);
  const values = previous?.get(before.id)?.get(unit);
  const lastYearPeriod = sameLastYear(period);
  const lastYear = lastYearPeriod ? previous?.get(lastYearPeriod.id)?.get(unit) : undefined;
  return values || lastYear ? { values, sameYear: before.year === period.year, lastYear } : undefined;
}
