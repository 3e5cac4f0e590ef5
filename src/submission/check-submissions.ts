import { makeDiagnostic } from '../diagnostics/index.js';
import type { SubmissionResult } from '../model/submission-types.js';
import type { Period } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import { checkFile } from './check-file.js';
import { collectInputs } from './collect-inputs.js';
import { previousValues, readDataset } from './read-previous.js';

export interface CheckSubmissionsOptions {
  set: IndicatorSet;
  /** Files and folders (searched recursively). */
  inputs: string[];
  period?: Period;
  /** dataset.csv / dataset.json of an earlier merge. */
  previous?: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Checks every submitted file, one result each in path order; a bad file never stops the others. Two files for
 * the same unit and period: the later path gets `duplicate-submission` and is rejected.
 */
export async function checkSubmissions(options: CheckSubmissionsOptions): Promise<{ results: SubmissionResult[]; missingPaths: string[] }> {
  const { files, missing } = await collectInputs(options.inputs);
  const previous = options.previous ? previousValues(await readDataset(options.previous)) : undefined;
  const results: SubmissionResult[] = [];
  for (const file of files) {
    results.push(await checkFile(file, { set: options.set, period: options.period, previous }));
    if (options.onProgress) {
      options.onProgress(results.length, files.length);
      // Let the progress spinner draw between files (reading and checking are synchronous).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  markDuplicates(results);
  return { results, missingPaths: missing };
}

function markDuplicates(results: SubmissionResult[]): void {
  const first = new Map<string, SubmissionResult>();
  for (const r of results) {
    if (!r.unit || !r.period || r.status === 'unreadable') continue;
    const key = `${r.unit}|${r.period}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    r.diagnostics.push(makeDiagnostic('duplicate-submission', { location: { file: r.file }, params: { unit: r.unit, period: r.period, other: earlier.file } }));
    r.status = 'rejected';
  }
}
