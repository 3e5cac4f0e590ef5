import { mkdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { sortDiagnostics, type Lang } from '../diagnostics/index.js';
import type { SubmissionResult } from '../model/submission-types.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { patchWorkbook, problemsWorkbook } from './annotate/patch.js';
import { sniff } from './read-workbook.js';
import { uniquePath } from './unique-path.js';

/**
 * Writes a marked-up copy of a submission into `outDir` (the original is never touched): the unit's own workbook,
 * patched (see `patchWorkbook`). A CSV, a file check could not read, or one that cannot be patched (not a zip, no
 * workbook part, encrypted, over the zip limits…) gets `<name>.loi.xlsx` holding only the list of problems.
 */
export async function annotateSubmission(result: SubmissionResult, outDir: string, lang: Lang): Promise<string> {
  return (await writeAnnotatedCopy(result, outDir, lang)).path;
}

/** `annotateSubmission`, also saying whether the cells were marked (false: the list of problems alone). */
export async function writeAnnotatedCopy(result: SubmissionResult, outDir: string, lang: Lang): Promise<{ path: string; marked: boolean }> {
  const diagnostics = sortDiagnostics(result.diagnostics);
  const date = zipDate(result.modified);
  const fileName = basename(result.file);
  let bytes: Uint8Array | undefined;
  // A file check could not read (encrypted, not a zip, two sheets of one name…) is not marked up, even if it could be.
  if (result.status !== 'unreadable' && extname(result.file).toLowerCase() !== '.csv') {
    const original = await readFile(result.file).catch(() => undefined);
    if (original && !sniff(original)) {
      try {
        bytes = patchWorkbook(original, diagnostics, lang, fileName, date);
      } catch {
        // A package this cannot patch (see PatchError) or one malformed in a way not foreseen: the list alone.
      }
    }
  }
  const marked = bytes !== undefined;
  const name = marked ? fileName : `${basename(result.file, extname(result.file))}.loi.xlsx`;
  bytes ??= problemsWorkbook(diagnostics, lang, fileName, date);
  await mkdir(outDir, { recursive: true });
  const target = await uniquePath(join(outDir, name));
  await writeFileAtomic(target, Buffer.from(bytes));
  return { path: target, marked };
}

/** The copy's entries carry the return's modification time (the same return gives the same bytes), within what a zip can hold. */
function zipDate(modified: string | undefined): Date {
  const date = modified ? new Date(modified) : new Date();
  const year = date.getFullYear();
  return Number.isNaN(year) || year < 1981 || year > 2098 ? new Date(1981, 0, 1) : date;
}
