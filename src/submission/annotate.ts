import type { Lang } from '../diagnostics/index.js';
import type { SubmissionResult } from '../model/submission-types.js';

/** Placeholder replaced below. */
export async function annotateSubmission(_r: SubmissionResult, _dir: string, _lang: Lang): Promise<string> {
  throw new Error('annotate not implemented');
}
