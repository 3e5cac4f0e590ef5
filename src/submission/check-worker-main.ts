import { setLanguage, type Lang } from '../diagnostics/index.js';
import { serveShared, sharedData } from '../io/shared-queue.js';
import { checkFile } from './check-file.js';
import type { CheckOptions } from './check-workbook.js';

/** Helper thread of `check`: takes file paths from the shared queue, answers each with its SubmissionResult (the set arrives once). */
export function serveCheckWorker(warm?: () => void): void {
  const { options, lang } = sharedData<{ options: CheckOptions; lang: Lang }>();
  setLanguage(lang);
  void serveShared((file: string) => checkFile(file, options), warm);
}
