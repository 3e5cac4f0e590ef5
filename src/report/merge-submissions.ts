import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { formNumbers, rowKeyFor } from '../model/layout/index.js';
import { derivedOffForm, planObligations } from '../model/owes.js';
import { formDates, isDueIn, setPeriodDates, type Period } from '../model/period.js';
import { reporterCodes } from '../model/reporters.js';
import type { SubmissionResult } from '../model/submission-types.js';
import type { Indicator, IndicatorSet } from '../model/types.js';
import { aggregateProvince, withTargets } from './aggregate.js';
import { combineDerived } from './combine-derived.js';
import { crossSourceRules } from './cross-source-rules.js';
import { fileOutcomes, matchReceived } from './file-states.js';
import type { ReceivedDates } from './read-received.js';
import type { FileState, MergedReport, UnitOutcome } from './report-types.js';

export interface MergeInput {
  set: IndicatorSet;
  period: Period;
  results: readonly SubmissionResult[];
  /** Receipt dates from --received (`readReceived`). */
  received?: ReceivedDates;
  /** Problems of the run's other inputs (a --previous dataset of another set or period), shown with the rest. */
  inputDiagnostics?: readonly Diagnostic[];
  /** Previous period's province values by row key, from --previous. */
  previous?: ReadonlyMap<string, number>;
}

/** Consolidates checked submissions (pure): file states, unit completeness, province values, targets. */
export function mergeSubmissions(input: MergeInput): MergedReport {
  const { set, period } = input;
  const { deadline } = setPeriodDates(set.info, period);
  // A unit's return is judged by the deadline printed on its form: later when some of its rows run on calendar months.
  const obligations = planObligations(set, period).filter((o) => o.indicators.length > 0);
  const formDeadlines = new Map(obligations.map(({ unit, indicators }) => [unit.code, formDates(set.info, period, indicators).deadline]));
  const deadlineOf = (unit: string | undefined) => (unit && formDeadlines.get(unit)) || deadline;
  const received = matchReceived(
    input.results.map((r) => r.file),
    input.received?.dates ?? new Map(),
  );
  // A file two rows date equally well is not judged (undefined), as one whose date could not be read.
  const dates = new Map<string, string | undefined>([...[...received.byFile].map(([f, r]) => [f, r.date] as const), ...received.ambiguous.map((a) => [a.file, undefined] as const)]);
  const files = fileOutcomes(input.results, period.id, set.info.id, deadlineOf, dates);
  const unitValues = new Map<string, Map<string, number | string | boolean | undefined>>();
  const sources = new Map<string, { file: string; sha256: string; late: boolean }>();
  const unitNotes = new Map<string, ReadonlyMap<string, string>>();
  const systemSources = new Map<string, Map<string, { file: string; sha256: string; late: boolean }>>();
  for (const [i, f] of files.entries()) {
    if (f.state !== 'accepted' || !f.unit) continue;
    const r = input.results[i];
    // A unit's form and the returns collected from systems for it are one unit's values.
    const before = unitValues.get(f.unit);
    unitValues.set(f.unit, before ? new Map([...before, ...r.values]) : r.values);
    const notes = unitNotes.get(f.unit);
    unitNotes.set(f.unit, notes ? new Map([...notes, ...r.notes]) : r.notes);
    if (!f.system) {
      sources.set(f.unit, { file: f.file, sha256: f.sha256, late: f.late });
      continue;
    }
    const rows = systemSources.get(f.unit) ?? new Map<string, { file: string; sha256: string; late: boolean }>();
    for (const key of r.values.keys()) rows.set(key, { file: systemSourceLabel(f.system, r.queries?.get(key.split('|')[0])), sha256: f.sha256, late: false });
    systemSources.set(f.unit, rows);
  }
  // A unit's rates over a form value and a collected one (CDS.02a / CDS.02b) are computed once its returns are together.
  const categories = (id: string) => set.breakdowns.find((b) => b.id === id)?.categories.map((c) => c.code) ?? [];
  const crossSource: Diagnostic[] = [];
  const unitByCode = new Map(set.units.map((u) => [u.code, u]));
  for (const [unit, collected] of systemSources) {
    const form = sources.get(unit);
    if (!form) continue;
    const owner = unitByCode.get(unit);
    const offForm = new Set(owner ? derivedOffForm(set, owner, period).map((i) => i.code) : []);
    combineDerived(set.indicators, unitValues.get(unit)!, categories, offForm);
    crossSource.push(...crossSourceRules(set.rules, unit, unitValues.get(unit)!, new Set(collected.keys()), form.file));
  }
  const diagnostics: Diagnostic[] = [
    ...(input.inputDiagnostics ?? []),
    ...receivedDiagnostics(input.received, received.unknown, received.ambiguous),
    ...input.results.flatMap((r) => r.diagnostics),
    ...crossSource,
  ];
  const units: UnitOutcome[] = [];
  for (const { unit, indicators } of obligations) {
    // What a unit owes on its form is judged by its form: a return collected from a system is not one.
    const mine = files.filter((f) => f.unit === unit.code && !f.system && (f.state === 'accepted' || f.state === 'rejected' || f.state === 'duplicate'));
    const accepted = mine.find((f) => f.state === 'accepted');
    const problems = input.results
      .filter((r) => r.unit === unit.code)
      .flatMap((r) => r.diagnostics)
      .filter((d) => d.severity !== 'info').length;
    // A unit whose only file is another period's sent something, just not this: "wrong period", not "missing".
    const otherPeriod = files.find((f) => f.unit === unit.code && !f.system && f.state === 'not-in-period' && f.period && f.period !== period.id);
    const status = accepted ? 'accepted' : mine.length ? 'rejected' : otherPeriod ? 'wrong-period' : 'missing';
    const shown = accepted ?? mine[0] ?? otherPeriod;
    units.push({ unit, status, deadline: deadlineOf(unit.code), late: Boolean(accepted?.late), file: shown?.file, received: shown?.received, problems, owes: indicators.map((i) => i.code) });
    if (status === 'missing') {
      diagnostics.push(makeDiagnostic('missing-submission', { location: { file: unit.code }, params: { unit: unit.code, name: unit.name, period: period.id } }));
    } else if (status === 'wrong-period') {
      diagnostics.push(
        makeDiagnostic('wrong-period-submission', {
          location: { file: unit.code },
          params: { unit: unit.code, name: unit.name, period: period.id, found: otherPeriod!.period, file: otherPeriod!.file },
        }),
      );
    }
  }
  for (const f of files.filter((x) => x.late)) {
    diagnostics.push(makeDiagnostic('late-submission', { location: { file: f.file }, params: { received: f.received, deadline: deadlineOf(f.unit) } }));
  }
  const province = withTargets(aggregateProvince(set, consolidationRows(set, period), unitValues), period, input.previous ?? new Map());
  const byState = Object.fromEntries((['accepted', 'rejected', 'duplicate', 'unreadable', 'not-in-period'] as FileState[]).map((s) => [s, files.filter((f) => f.state === s).length])) as Record<
    FileState,
    number
  >;
  return {
    set,
    period,
    deadline,
    laterDeadlines: laterDeadlines(set, period, deadline, formDeadlines),
    files,
    units,
    province,
    unitValues,
    unitNotes,
    sources,
    systemSources,
    diagnostics,
    counts: {
      unitsOwed: units.length,
      accepted: units.filter((u) => u.status === 'accepted').length,
      rejected: units.filter((u) => u.status === 'rejected').length,
      missing: units.filter((u) => u.status === 'missing').length,
      wrongPeriod: units.filter((u) => u.status === 'wrong-period').length,
      late: units.filter((u) => u.late).length,
      files: files.length,
      byState,
    },
  };
}

/** The dataset's `source_file` of a value collected from a system: the system and the first 16 hex digits of its query's sha256. */
export function systemSourceLabel(system: string, querySha256: string | undefined): string {
  return querySha256 ? `system:${system}#sha256:${querySha256.slice(0, 16)}` : `system:${system}`;
}

/** The list's unreadable dates, and a warning for each row that names no input file. */
export function receivedDiagnostics(received: ReceivedDates | undefined, unknown: readonly string[], ambiguous: readonly { file: string; keys: string[] }[]): Diagnostic[] {
  if (!received) return [];
  const rows = unknown.map((key) => {
    const line = received.dates.get(key)!.line;
    return makeDiagnostic('received-unknown-file', { location: { file: received.file, line }, params: { line, text: key } });
  });
  const unsure = ambiguous.map(({ file, keys }) => {
    const lines = keys.map((k) => received.dates.get(k)!.line).sort((a, b) => a - b);
    return makeDiagnostic('received-ambiguous', { location: { file: received.file, line: lines[0] }, params: { file, lines: lines.join(', ') } });
  });
  return [...received.diagnostics, ...rows, ...unsure].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
}

/** Every (indicator, category) due in the period, with the units that owe it. */
export function consolidationRows(set: IndicatorSet, period: Period): { key: string; indicator: Indicator; breakdown?: string; category?: string; owing: string[] }[] {
  const known = new Set(set.units.map((u) => u.code));
  const rows = [];
  for (const indicator of set.indicators) {
    if (!isDueIn(indicator.frequency, period)) continue;
    const owing = reporterCodes(indicator, set).filter((c) => known.has(c));
    rows.push({ key: indicator.code, indicator, owing });
    for (const b of indicator.breakdown ?? []) {
      for (const c of set.breakdowns.find((x) => x.id === b)?.categories ?? []) {
        rows.push({ key: rowKeyFor(indicator.code, b, c.code), indicator, breakdown: b, category: c.code, owing });
      }
    }
  }
  return rows;
}

/**
 * The forms that fall due after the set's deadline, by date: a form is counted once however many units receive it
 * (`formNumbers`: units with the same rows share a number), as the header says "3 forms … due 08/04/2026".
 */
export function laterDeadlines(set: IndicatorSet, period: Period, deadline: string, byUnit: ReadonlyMap<string, string>): MergedReport['laterDeadlines'] {
  const numbers = formNumbers(set, period);
  const later = new Map<string, { forms: Set<string>; units: string[] }>();
  for (const [unit, due] of byUnit) {
    if (due <= deadline) continue;
    const entry = later.get(due) ?? { forms: new Set<string>(), units: [] };
    entry.forms.add(numbers.get(unit) ?? unit);
    entry.units.push(unit);
    later.set(due, entry);
  }
  return [...later].sort(([a], [b]) => (a < b ? -1 : 1)).map(([due, e]) => ({ deadline: due, forms: e.forms.size, units: e.units }));
}
