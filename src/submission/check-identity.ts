import { makeDiagnostic, type Diagnostic, type DiagnosticCode, type MessageParams } from '../diagnostics/index.js';
import { COL, FINGERPRINT_FIELDS, FIRST_DATA_ROW, HEADER, SHEET_NAMES, fingerprintOf, isBreakdownRowKey, isGroupRowKey, parseFingerprint, planTemplate } from '../model/layout/index.js';
import { parsePeriod, type Period } from '../model/period.js';
import type { Unit } from '../model/types.js';
import { textsOf, words } from '../i18n/index.js';
import type { CheckOptions } from './check-options.js';
import { identityFromPath, type Identity } from './identity.js';
import type { RawWorkbook } from './workbook-types.js';

/**
 * Who the file says it is, against the set, the file/folder name and --period. Returns the unit and period to check
 * the values against, or none when the file cannot be checked further (another set, a stale version, unknown unit).
 * Problems point at the header cells of the entry sheet, which the unit can see (`_meta` is hidden).
 */
export function checkIdentity(file: string, wb: RawWorkbook, identity: Identity, options: CheckOptions): { diagnostics: Diagnostic[]; unit?: Unit; period?: Period } {
  const { set } = options;
  const sheet = SHEET_NAMES.entry[identity.lang];
  const diagnostics: Diagnostic[] = [];
  const add = (code: DiagnosticCode, cell: string | undefined, params: MessageParams = {}) =>
    diagnostics.push(makeDiagnostic(code, { location: wb.kind === 'csv' || !cell ? { file } : { file, sheet, cell }, params }));
  if (identity.source === 'header') add('meta-missing', HEADER.setVersion);
  if (!identity.setId) {
    add('unidentified', HEADER.setVersion, { what: textsOf(words).identityPart.set });
    return { diagnostics };
  }
  if (identity.setId !== set.info.id) {
    add('unknown-set', HEADER.setVersion, { found: identity.setId, expected: set.info.id });
    return { diagnostics };
  }
  const unit = set.units.find((u) => u.code === identity.unit);
  const period = identity.period ? parsePeriod(identity.period) : undefined;
  const stale = identity.setVersion !== set.info.version || (identity.contentHash !== undefined && identity.contentHash !== set.contentHash);
  if (stale) {
    const changes = unit && period ? describeChanges(wb, identity, options, unit, period) : undefined;
    // Same version, other content: the set was edited without raising its version (not "version 1.1.0, current 1.1.0").
    if (identity.setVersion === set.info.version) add('version-not-bumped', HEADER.setVersion, { version: set.info.version, changes, where: 'check' });
    else add('stale-template', HEADER.setVersion, { found: identity.setVersion ?? '?', expected: set.info.version, changes });
    return { diagnostics };
  }
  if (!unit || !period) {
    const what = textsOf(words).identityPart[!unit ? 'unit' : 'period'];
    add('unidentified', !unit ? HEADER.unitCode : HEADER.period, { what, found: !unit ? identity.unit : identity.period });
    return { diagnostics };
  }
  const fromPath = identityFromPath(file, unitCodes(set.units));
  const claimed = fromPath.folderUnit ?? fromPath.unit;
  if (claimed && claimed !== unit.code && set.units.some((u) => u.code === claimed)) add('unit-mismatch', HEADER.unitCode, { found: unit.code, expected: claimed });
  // The period being collected (--period) and the one the file name claims must both be the workbook's own.
  const expected = [options.period?.id, fromPath.period].find((p) => p !== undefined && p !== period.id);
  if (expected) add('period-mismatch', HEADER.period, { found: period.id, expected });
  return { diagnostics, unit, period };
}

/** Rows added or removed since the file's template, and (from `_meta`) indicators whose unit, type, frequency or formula changed. */
function describeChanges(wb: RawWorkbook, identity: Identity, options: CheckOptions, unit: Unit, period: Period): string | undefined {
  const plan = planTemplate(options.set, unit, period, identity.lang);
  if (!plan) return undefined;
  const rows = keyChanges(wb, identity, new Set(plan.valueRows.map((r) => r.key)));
  const before = parseFingerprint(identity.fingerprint);
  const now = parseFingerprint(fingerprintOf(plan.valueRows.map((r) => r.indicator)));
  const fields = [];
  for (const [code, values] of now) {
    const old = before.get(code);
    if (!old) continue;
    const changed = FINGERPRINT_FIELDS.filter((f, i) => (old[i] ?? '') !== (values[i] ?? ''));
    if (changed.length)
      fields.push(`~${code} (${changed.map((f) => `${textsOf(words).field[f]}: ${old[FINGERPRINT_FIELDS.indexOf(f)] || '∅'} → ${values[FINGERPRINT_FIELDS.indexOf(f)] || '∅'}`).join('; ')})`);
  }
  const parts = [rows, ...fields].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** The set's unit codes, once per units list (checking 3,300 files must not build 3,300 sets of 3,300 codes). */
const codesOf = new WeakMap<readonly Unit[], ReadonlySet<string>>();
function unitCodes(units: readonly Unit[]): ReadonlySet<string> {
  let codes = codesOf.get(units);
  if (!codes) codesOf.set(units, (codes = new Set(units.map((u) => u.code))));
  return codes;
}

/** "+A.02, −A.03": rows the current template has that the file lacks, and the reverse (from the hidden key column). */
function keyChanges(wb: RawWorkbook, identity: Identity, current: Set<string>): string | undefined {
  const sheet = wb.sheet(SHEET_NAMES.entry[identity.lang]);
  if (!sheet || current.size === 0) return undefined;
  const inFile = new Set<string>();
  for (const cell of sheet.cells.values()) {
    if (cell.col === COL.key && cell.row >= FIRST_DATA_ROW && typeof cell.value === 'string' && !isGroupRowKey(cell.value)) inFile.add(cell.value);
  }
  if (inFile.size === 0) return undefined;
  const added = [...current].filter((k) => !inFile.has(k) && !isBreakdownRowKey(k));
  const removed = [...inFile].filter((k) => !current.has(k) && !isBreakdownRowKey(k));
  const parts = [...added.map((k) => `+${k}`), ...removed.map((k) => `−${k}`)];
  return parts.length ? parts.join(', ') : undefined;
}
