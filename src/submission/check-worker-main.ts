import { setLanguage, type Lang } from '../diagnostics/index.js';
import { serveShared, sharedData } from '../io/shared-queue.js';
import { WARM_JOBS } from '../io/worker-pool.js';
import { checkFile } from './check-file.js';
import type { CheckOptions } from './check-workbook.js';

/** Helper thread of `check`: takes file paths from the shared queue, answers each with its SubmissionResult (the set arrives once). */
export function serveCheckWorker(warm?: () => void): void {
  const { options, lang } = sharedData<{ options: CheckOptions; lang: Lang }>();
  setLanguage(lang);
  let served = 0;
  void serveShared(async (file: string) => {
    const r = await checkFile(file, options);
    if (++served === WARM_JOBS) warm?.();
    return r;
  });
}
