import type { Diagnostic } from '../diagnostics/index.js';
import type { SubmissionResult } from '../model/submission-types.js';
import { parsePeriod, type Period } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import { checkSubmissions } from './check-submissions.js';
import { previousWarnings, type DatasetRow } from './read-previous.js';

export interface CheckRunOptions {
  set: IndicatorSet;
  /** Files and folders (searched recursively). */
  inputs: string[];
  /** The period being collected, if given: returns of another period are flagged. */
  period?: Period;
  /** A --previous dataset: its file name (for warnings) and rows (`readDataset`). */
  previous?: { file: string; rows: readonly DatasetRow[] };
  onProgress?: (done: number, total: number) => void;
}

/** What `check` reports: one result per file, and the problems of the run's other inputs. */
export interface CheckRun {
  results: SubmissionResult[];
  /** Paths given that do not exist. */
  missingPaths: string[];
  /** Problems not of one return: a --previous dataset that cannot serve the periods checked. */
  runDiagnostics: Diagnostic[];
}

/** `check`'s work: every return checked (`checkSubmissions`; no sha256, which check never prints), and a --previous dataset held against their periods. */
export async function checkRun(options: CheckRunOptions): Promise<CheckRun> {
  const { set, inputs, period, previous, onProgress } = options;
  const { results, missingPaths } = await checkSubmissions({ set, inputs, period, previous: previous?.rows, onProgress, digest: false });
  const periods = period ? [period] : [...new Set(results.map((r) => r.period).filter((p): p is string => Boolean(p)))].sort().flatMap((p) => parsePeriod(p) ?? []);
  const runDiagnostics = previous && results.length > 0 ? previousWarnings(previous.file, previous.rows, set.info.id, periods) : [];
  return { results, missingPaths, runDiagnostics };
}
