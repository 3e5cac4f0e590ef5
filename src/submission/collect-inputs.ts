import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Office lock files and hidden files are not submissions. */
const IGNORED = /^(~\$|\.)/;

/** The file types a folder is searched for (the readable ones, and the ones reported so they can be re-saved). */
export const SUBMISSION_FILES = /\.(xlsx|xlsm|xls|ods|csv|numbers|pdf|zip)$/i;

/**
 * Expands files and folders (recursively) into a sorted list of files (in folders, those `wanted` matches); a path that does not exist is returned in
 * `missing`, a folder the tool may not list (EACCES, EPERM) in `denied` with its error code.
 */
export async function collectInputs(paths: string[], wanted: RegExp = SUBMISSION_FILES): Promise<{ files: string[]; missing: string[]; denied: { path: string; code: string }[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const denied: { path: string; code: string }[] = [];
  const walk = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') denied.push({ path, code });
      else missing.push(path);
      return;
    }
    if (!info.isDirectory()) {
      files.push(path);
      return;
    }
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      denied.push({ path, code: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    for (const name of names) {
      if (IGNORED.test(name)) continue;
      const child = join(path, name);
      const childInfo = await stat(child).catch(() => undefined);
      if (childInfo?.isDirectory()) await walk(child);
      else if (wanted.test(name)) files.push(child);
    }
  };
  for (const p of paths) await walk(p);
  return { files: [...new Set(files)].sort(), missing, denied };
}
