import { makeDiagnostic } from '../diagnostics/index.js';
import type { SubmissionResult } from '../model/submission-types.js';
import { previousPeriod, type Period } from '../model/period.js';
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
  let previous: Map<string, Map<string, number>> | undefined;
  if (options.previous) {
    const rows = await readDataset(options.previous);
    const periods = [...new Set(rows.map((r) => r.period))];
    const wanted = options.period ? previousPeriod(options.period).id : periods.sort().at(-1)!;
    previous = previousValues(rows, wanted);
  }
  const results: SubmissionResult[] = [];
  for (const file of files) {
    results.push(await checkFile(file, { set: options.set, period: options.period, previous }));
    options.onProgress?.(results.length, files.length);
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
