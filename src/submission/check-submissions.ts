import { getLanguage, makeDiagnostic } from '../diagnostics/index.js';
import { defaultWorkers } from '../io/worker-pool.js';
import { runShared } from '../io/shared-queue.js';
import type { SubmissionResult } from '../model/submission-types.js';
import type { Period } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import { checkFile } from './check-file.js';
import { collectInputs } from './collect-inputs.js';
import { previousValues, type DatasetRow } from './read-previous.js';

export interface CheckSubmissionsOptions {
  set: IndicatorSet;
  /** Files and folders (searched recursively). */
  inputs: string[];
  period?: Period;
  /** The rows of an earlier merge's dataset.csv / dataset.json (`readDataset`). */
  previous?: readonly DatasetRow[];
  onProgress?: (done: number, total: number) => void;
  /** Whether each result carries its file's sha256 (default: yes; `''` when not). */
  digest?: boolean;
  /**
   * Threads that check, this one included (default: this one alone under 200 files, where a helper thread would start
   * too late to help, else one per core, at most 4). Results do not depend on it.
   */
  workers?: number;
}

/**
 * Checks every submitted file, one result each in path order; a bad file never stops the others. Two files for
 * the same unit and period: the later path gets `duplicate-submission` and is rejected.
 */
export async function checkSubmissions(options: CheckSubmissionsOptions): Promise<{ results: SubmissionResult[]; missingPaths: string[] }> {
  const { files, missing, denied } = await collectInputs(options.inputs);
  // Another set's dataset is never compared with (previousWarnings says so).
  const previous = options.previous ? previousValues(options.previous.filter((r) => !r.set_id || r.set_id === options.set.info.id)) : undefined;
  const checkOptions = { set: options.set, period: options.period, previous, digest: options.digest };
  const workers = options.workers ?? defaultWorkers(files.length, 200);
  const checked =
    workers > 1
      ? runShared<string, SubmissionResult>(new URL('./check-worker.js', import.meta.url), files, workers - 1, (file) => checkFile(file, checkOptions), { options: checkOptions, lang: getLanguage() })
      : oneByOne(files, (file) => checkFile(file, checkOptions));
  const results: SubmissionResult[] = [];
  for await (const result of checked) {
    results.push(result);
    if (options.onProgress) {
      options.onProgress(results.length, files.length);
      // Let the progress spinner draw between files (reading and checking are synchronous).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  // A folder the tool may not list is reported like a file it may not read: one result, never a crash.
  for (const d of denied) {
    const diagnostics = [makeDiagnostic('permission-denied', { location: { file: d.path }, params: { path: d.path, detail: d.code } })];
    results.push({ file: d.path, sha256: '', status: 'unreadable', diagnostics, values: new Map(), notes: new Map() });
  }
  markDuplicates(results);
  return { results, missingPaths: missing };
}

/** One file at a time, so that only one is in memory. */
async function* oneByOne<R>(files: string[], check: (file: string) => Promise<R>): AsyncGenerator<R> {
  for (const file of files) yield await check(file);
}

function markDuplicates(results: SubmissionResult[]): void {
  const first = new Map<string, SubmissionResult>();
  for (const r of results) {
    if (!r.unit || !r.period || r.status === 'unreadable') continue;
    // A unit's form and the returns collected from systems for it are not duplicates of one another.
    const key = `${r.unit}|${r.period}|${r.system ?? ''}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    r.diagnostics.push(makeDiagnostic('duplicate-submission', { location: { file: r.file }, params: { unit: r.unit, period: r.period, other: earlier.file } }));
    r.status = 'rejected';
  }
}
