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

/** Each file's outcome, lateness from the received date (else the file time) against the end of the deadline day. */
export function fileOutcomes(results: readonly SubmissionResult[], periodId: string, setId: string, deadline: string, received: ReadonlyMap<string, string | undefined>): FileOutcome[] {
  return results.map((r) => {
    // ISO dates (yyyy-mm-dd) compare correctly as text; --received dates are made ISO when read. A listed file whose
    // date could not be read (an error already) is not judged by its file time either.
    const when = received.has(r.file) ? received.get(r.file) : r.modified?.slice(0, 10);
    const state = fileState(r, periodId, setId);
    return {
      file: r.file,
      sha256: r.sha256,
      state,
      unit: r.unit,
      period: r.period,
      received: when,
      late: Boolean(when && state === 'accepted' && when > deadline),
      reasons: r.diagnostics.filter((d) => d.severity === 'error'),
    };
  });
}

/** A path as compared with a --received row: NFC (macOS writes NFD), `/` separators. */
const comparable = (path: string) => path.normalize('NFC').replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * Which --received row dates which input file: the row naming the file's path, or the end of it (its name, or
 * `folder/name`), else by the row's name alone; the longest match wins. Returns the date by input file and the rows
 * that named no input.
 */
export function matchReceived<T>(files: readonly string[], rows: ReadonlyMap<string, T>): { byFile: Map<string, T>; unknown: string[] } {
  const byFile = new Map<string, T>();
  const used = new Set<string>();
  // Each row by its whole path, then by its name alone (a path written on another computer: `C:\Hộp thư\a.xlsx`).
  const keys = [...rows.keys()]
    .flatMap((k) => [
      { key: k, path: comparable(k) },
      { key: k, path: comparable(k).split('/').pop()! },
    ])
    .sort((a, b) => b.path.length - a.path.length);
  for (const file of files) {
    const path = comparable(file);
    const hit = keys.find((k) => path === k.path || path.endsWith(`/${k.path}`));
    if (!hit) continue;
    byFile.set(file, rows.get(hit.key)!);
    used.add(hit.key);
  }
  return { byFile, unknown: [...rows.keys()].filter((k) => !used.has(k)) };
}
