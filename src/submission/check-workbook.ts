import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { SHEET_NAMES, planTemplate } from '../model/layout/index.js';
import { parsePeriod, type Period } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import { checkAgainstPrevious } from './check-previous.js';
import { checkDerivedRows } from './check-derived.js';
import { checkRulesAndSums } from './check-rules.js';
import { checkStructure } from './check-structure.js';
import type { FileContext } from './file-context.js';
import { identityFromPath, readIdentity, type Identity } from './identity.js';
import { locateRows } from './locate-rows.js';
import { readInputValues } from './read-values.js';
import type { RawWorkbook } from './workbook-types.js';

export interface CheckOptions {
  set: IndicatorSet;
  /** The period being collected (--period); files of another period are flagged. */
  period?: Period;
  /** Previous period's values by unit and row key. */
  previous?: Map<string, Map<string, number>>;
}

export interface WorkbookCheck {
  identity: Identity;
  diagnostics: Diagnostic[];
  values: FileContext['values'];
  notes: FileContext['notes'];
}

/** identify → locate → read → check, all problems of the file in one pass. */
export function checkWorkbook(file: string, wb: RawWorkbook, options: CheckOptions): WorkbookCheck {
  const { set } = options;
  const identity = readIdentity(wb);
  const diagnostics: Diagnostic[] = [];
  const out: WorkbookCheck = { identity, diagnostics, values: new Map(), notes: new Map() };
  const at = (sheet?: string, cell?: string) => ({ file, ...(sheet ? { sheet } : {}), ...(cell ? { cell } : {}) });
  if (identity.source === 'header') diagnostics.push(makeDiagnostic('meta-missing', { location: at() }));
  if (identity.setId !== set.info.id) {
    diagnostics.push(makeDiagnostic(identity.setId ? 'unknown-set' : 'unidentified', { location: at(), params: { found: identity.setId, expected: set.info.id, what: 'bộ chỉ số / set' } }));
    return out;
  }
  if (identity.setVersion !== set.info.version || (identity.contentHash && identity.contentHash !== set.contentHash)) {
    diagnostics.push(makeDiagnostic('stale-template', { location: at(), params: { found: identity.setVersion ?? '?', expected: set.info.version } }));
    return out;
  }
  const unit = set.units.find((u) => u.code === identity.unit);
  const period = identity.period ? parsePeriod(identity.period) : undefined;
  if (!unit || !period) {
    diagnostics.push(makeDiagnostic('unidentified', { location: at(), params: { what: !unit ? 'đơn vị / unit' : 'kỳ báo cáo / period' } }));
    return out;
  }
  const fromPath = identityFromPath(file, new Set(set.units.map((u) => u.code)));
  const claimed = fromPath.folderUnit ?? fromPath.unit;
  if (claimed && claimed !== unit.code && set.units.some((u) => u.code === claimed)) {
    diagnostics.push(makeDiagnostic('unit-mismatch', { location: at(), params: { found: unit.code, expected: claimed } }));
  }
  // The period being collected (--period) and the one the file name claims must both match the workbook's own.
  const claimedPeriods = [...new Set([options.period?.id, fromPath.period].filter((p): p is string => Boolean(p)))];
  for (const expected of claimedPeriods.filter((p) => p !== period.id).slice(0, 1)) {
    diagnostics.push(makeDiagnostic('period-mismatch', { location: at(), params: { found: period.id, expected } }));
  }
  const plan = planTemplate(set, unit, period, identity.lang);
  const sheetName = SHEET_NAMES.entry[identity.lang];
  const sheet = wb.sheet(sheetName) ?? wb.sheet(SHEET_NAMES.entry[identity.lang === 'vi' ? 'en' : 'vi']);
  if (!plan || !sheet) {
    const visible = wb.sheets.filter((s) => s.state === 'visible').map((s) => s.name).join(', ');
    diagnostics.push(makeDiagnostic('sheet-missing', { location: at(), params: { sheet: sheetName, present: visible } }));
    return out;
  }
  const ctx: FileContext = { set, file, plan, sheet, rows: locateRows(wb, sheet, plan, identity.lang), values: out.values, notes: out.notes, diagnostics, kind: wb.kind, previous: options.previous?.get(unit.code) };
  checkStructure(ctx);
  readInputValues(ctx);
  checkDerivedRows(ctx);
  checkRulesAndSums(ctx);
  checkAgainstPrevious(ctx, period.frequency !== 'year' && period.firstMonth > 1);
  return out;
}
