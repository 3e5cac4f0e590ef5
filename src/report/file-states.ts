import { provinceDate } from '../model/period.js';
import type { SubmissionResult } from '../model/submission-types.js';
import type { FileOutcome, FileState } from './report-types.js';

/** Which single state a checked file ends in for the period being merged. */
export function fileState(r: SubmissionResult, periodId: string, setId: string): FileState {
  const codes = new Set(r.diagnostics.map((d) => d.code));
  if (r.status === 'unreadable' || codes.has('unidentified')) return 'unreadable';
  if (codes.has('unknown-set') || (r.period && r.period !== periodId) || (r.setId && r.setId !== setId)) return 'not-in-period';
  if (codes.has('duplicate-submission')) return 'duplicate';
  return r.status === 'accepted' ? 'accepted' : 'rejected';
}

/**
 * Each file's outcome, lateness from the received date (else the file time, dated in the province's time zone) against
 * the end of its form's deadline day: `deadline` is one date for every file, or the deadline of a unit's form (`formDates`).
 */
export function fileOutcomes(
  results: readonly SubmissionResult[],
  periodId: string,
  setId: string,
  deadline: string | ((unit: string | undefined) => string),
  received: ReadonlyMap<string, string | undefined>,
): FileOutcome[] {
  const deadlineOf = typeof deadline === 'string' ? () => deadline : deadline;
  return results.map((r) => {
    // ISO dates (yyyy-mm-dd) compare correctly as text; --received dates are made ISO when read. A listed file whose
    // date could not be read (an error already) is not judged by its file time either. A file time is an instant:
    // saved at 00:30 in Vietnam on the day after the deadline is late, though it is still the deadline day in UTC.
    const when = received.has(r.file) ? received.get(r.file) : r.modified ? provinceDate(r.modified) : undefined;
    const state = fileState(r, periodId, setId);
    return {
      file: r.file,
      sha256: r.sha256,
      state,
      unit: r.unit,
      period: r.period,
      ...(r.system ? { system: r.system } : {}),
      received: when,
      // A return collected from a system is written when the officer runs collect: it is never a unit's late form.
      late: Boolean(when && state === 'accepted' && !r.system && when > deadlineOf(r.unit)),
      reasons: r.diagnostics.filter((d) => d.severity === 'error'),
    };
  });
}

/** A path as compared with a --received row: NFC (macOS writes NFD), `/` separators. */
const comparable = (path: string) => path.normalize('NFC').replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * Which --received row dates which input file: the row whose path shares the most trailing parts with the file's (its
 * name at least; a path written on another computer, `C:\Hộp thư\a.xlsx`, still matches `hop-thu/a.xlsx` by name).
 * When two rows match a file equally well, neither dates it: the file is `ambiguous`, never given another file's
 * date. Returns the row by input file, the files matched ambiguously (with their rows), and the rows that named no input.
 */
export function matchReceived<T>(files: readonly string[], rows: ReadonlyMap<string, T>): { byFile: Map<string, T>; ambiguous: { file: string; keys: string[] }[]; unknown: string[] } {
  const byFile = new Map<string, T>();
  const ambiguous: { file: string; keys: string[] }[] = [];
  const used = new Set<string>();
  const parts = (path: string) => comparable(path).split('/').filter(Boolean).reverse();
  const rowParts = [...rows.keys()].map((key) => ({ key, parts: parts(key) }));
  for (const file of files) {
    const mine = parts(file);
    let best = 0;
    let hits: string[] = [];
    for (const row of rowParts) {
      let shared = 0;
      while (shared < mine.length && shared < row.parts.length && mine[shared] === row.parts[shared]) shared++;
      if (shared === 0 || shared < best) continue;
      if (shared > best) [best, hits] = [shared, []];
      hits.push(row.key);
    }
    for (const key of hits) used.add(key);
    if (hits.length === 1) byFile.set(file, rows.get(hits[0])!);
    else if (hits.length > 1) ambiguous.push({ file, keys: hits });
  }
  return { byFile, ambiguous, unknown: [...rows.keys()].filter((k) => !used.has(k)) };
}
