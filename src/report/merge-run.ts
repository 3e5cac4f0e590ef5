import type { SubmissionResult } from '../model/submission-types.js';
import type { Period } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import { checkSubmissions } from '../submission/check-submissions.js';
import { previousWarnings, type DatasetRow } from '../submission/read-previous.js';
import { mergeSubmissions } from './merge-submissions.js';
import { provincePrevious } from './previous-values.js';
import type { ReceivedDates } from './read-received.js';

export interface MergeRunOptions {
  set: IndicatorSet;
  /** Files and folders (searched recursively). */
  inputs: string[];
  period: Period;
  /** A --previous dataset: its file name (for warnings) and rows (`readDataset`). */
  previous?: { file: string; rows: readonly DatasetRow[] };
  received?: ReceivedDates;
  onProgress?: (done: number, total: number) => void;
}

/** What `merge` reports: the checked files and, when any was found, the consolidated report (not yet written). */
export interface MergeRun {
  results: SubmissionResult[];
  /** Paths given that do not exist. */
  missingPaths: string[];
  /** Undefined when a path is missing or no return was found (no report is written over the previous one). */
  report?: ReturnType<typeof mergeSubmissions>;
}

/**
 * `merge`'s work: every return checked, then the accepted ones consolidated, compared with the province figures of a
 * --previous dataset (the period before, or last year's same period for a year-to-date indicator).
 */
export async function mergeRun(options: MergeRunOptions): Promise<MergeRun> {
  const { set, inputs, period, previous, received, onProgress } = options;
  const { results, missingPaths } = await checkSubmissions({ set, inputs, period, previous: previous?.rows, onProgress });
  if (missingPaths.length || results.length === 0) return { results, missingPaths };
  const before = previous ? provincePrevious(previous.rows, set, period) : new Map<string, number>();
  const inputDiagnostics = previous ? previousWarnings(previous.file, previous.rows, set.info.id, [period]) : [];
  const report = mergeSubmissions({ set, period, results, previous: before, received, inputDiagnostics });
  return { results, missingPaths, report };
}
