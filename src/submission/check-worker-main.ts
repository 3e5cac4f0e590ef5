import { workerData } from 'node:worker_threads';
import { setLanguage, type Lang } from '../diagnostics/index.js';
import { serveJobs } from '../io/worker-pool.js';
import { checkFile } from './check-file.js';
import type { CheckOptions } from './check-workbook.js';

/** Worker side of `check`: a file path in, its SubmissionResult out (the set arrives once, in workerData). */
export function serveCheckWorker(warm?: () => void): void {
  const { options, lang } = workerData as { options: CheckOptions; lang: Lang };
  setLanguage(lang);
  serveJobs((file: string) => checkFile(file, options), undefined, warm);
}
