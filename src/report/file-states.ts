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
export function fileOutcomes(results: readonly SubmissionResult[], periodId: string, setId: string, deadline: string, received: ReadonlyMap<string, string>): FileOutcome[] {
  return results.map((r) => {
    const when = received.get(r.file) ?? received.get(r.file.split(/[\\/]/).pop()!) ?? r.modified?.slice(0, 10);
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
