import { mkdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { sortDiagnostics, type Lang } from '../diagnostics/index.js';
import type { SubmissionResult } from '../model/submission-types.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { patchWorkbook, problemsWorkbook } from './annotate/patch.js';
import { sniff } from './read-workbook.js';
import { uniquePath } from './unique-path.js';

/** Why a workbook's cells were not marked, when the copy holds the list of problems alone. */
const NOT_MARKED = {
  vi: { unreadable: 'kiểm tra không đọc được tệp này', cannotRead: (why: string) => `không đọc lại được tệp: ${why}` },
  en: { unreadable: 'check could not read this file', cannotRead: (why: string) => `the file could not be read again: ${why}` },
} satisfies Record<Lang, unknown>;

/**
 * Writes a marked-up copy of a submission into `outDir` (the original is never touched): the unit's own workbook,
 * patched (see `patchWorkbook`). A CSV, a file check could not read, or one that cannot be patched (not a zip, no
 * workbook part, encrypted, over the zip limits…) gets `<name>.loi.xlsx` holding only the list of problems; `marked`
 * says which, and `reason` (in `lang`, or the patcher's own words) why a workbook was not marked. A CSV has no reason:
 * it has no cells to mark.
 */
export async function writeAnnotatedCopy(result: SubmissionResult, outDir: string, lang: Lang): Promise<{ path: string; marked: boolean; reason?: string }> {
  const diagnostics = sortDiagnostics(result.diagnostics);
  const date = zipDate(result.modified);
  const fileName = basename(result.file);
  let bytes: Uint8Array | undefined;
  let reason: string | undefined;
  if (extname(result.file).toLowerCase() === '.csv') {
    // A CSV has no cells to mark: the list alone, with no reason to give.
  } else if (result.status === 'unreadable') {
    // A file check could not read (encrypted, not a zip, two sheets of one name…) is not marked up, even if it could be.
    reason = NOT_MARKED[lang].unreadable;
  } else {
    const original = await readFile(result.file).catch((error: unknown) => {
      reason = NOT_MARKED[lang].cannotRead(error instanceof Error ? error.message : String(error));
      return undefined;
    });
    const problem = original ? sniff(original) : undefined;
    if (problem) reason = NOT_MARKED[lang].cannotRead(problem.detail);
    else if (original) {
      try {
        bytes = patchWorkbook(original, diagnostics, lang, fileName, date);
      } catch (error) {
        // A package this cannot patch (see PatchError) or one malformed in a way not foreseen: the list alone, and why.
        reason = error instanceof Error ? error.message : String(error);
      }
    }
  }
  const marked = bytes !== undefined;
  const name = marked ? fileName : `${basename(result.file, extname(result.file))}.loi.xlsx`;
  bytes ??= problemsWorkbook(diagnostics, lang, fileName, date);
  await mkdir(outDir, { recursive: true });
  const target = await uniquePath(join(outDir, name));
  await writeFileAtomic(target, Buffer.from(bytes));
  return reason === undefined ? { path: target, marked } : { path: target, marked, reason };
}

/** The copy's entries carry the return's modification time (the same return gives the same bytes), within what a zip can hold. */
function zipDate(modified: string | undefined): Date {
  const date = modified ? new Date(modified) : new Date();
  const year = date.getFullYear();
  return Number.isNaN(year) || year < 1981 || year > 2098 ? new Date(1981, 0, 1) : date;
}
