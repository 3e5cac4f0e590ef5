import type { Lang } from '../i18n/lang.js';
import type { SubmissionResult } from '../model/submission-types.js';
import { writeAnnotatedCopy } from './annotate.js';

/** What `check --annotate` did for one file with problems. */
export type AnnotateOutcome =
  { file: string; kind: 'marked' | 'list'; path: string } | { file: string; kind: 'list-only'; path: string; reason: string } | { file: string; kind: 'failed'; reason: string };

/** A file annotate can write a copy for: one with problems, of a kind check reads. */
const ANNOTATABLE = /\.(xlsx|xlsm|csv)$/i;

/**
 * Writes a marked-up copy of every checked file with problems into `outDir` (`writeAnnotatedCopy`); one copy that
 * cannot be written never stops the others. `list`: a CSV's list of problems; `list-only`: a workbook that could not
 * be marked, whose problems are listed alone (`<name>.loi.xlsx`), with the reason it could not.
 */
export async function annotateAll(results: readonly SubmissionResult[], outDir: string, lang: Lang): Promise<AnnotateOutcome[]> {
  const outcomes: AnnotateOutcome[] = [];
  for (const r of results.filter((x) => x.diagnostics.length > 0 && ANNOTATABLE.test(x.file))) {
    try {
      const { path, marked, reason } = await writeAnnotatedCopy(r, outDir, lang);
      if (marked) outcomes.push({ file: r.file, path, kind: 'marked' });
      else if (/\.csv$/i.test(r.file)) outcomes.push({ file: r.file, path, kind: 'list' });
      else outcomes.push({ file: r.file, path, kind: 'list-only', reason: reason ?? '' });
    } catch (error) {
      outcomes.push({ file: r.file, kind: 'failed', reason: (error as Error).message });
    }
  }
  return outcomes;
}
