import { readdirSync, statSync, type Dirent } from 'node:fs';
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
  // Synchronous: a folder of a quarter's returns is listed in a millisecond; awaiting a stat per file costs ten.
  const walk = (path: string): void => {
    let info;
    try {
      info = statSync(path);
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
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      denied.push({ path, code: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (IGNORED.test(name)) continue;
      const child = join(path, name);
      // A link is followed (stat) to know whether it leads to a folder; the type the listing gives is enough otherwise.
      const isFolder = entry.isSymbolicLink() ? Boolean(statOrUndefined(child)?.isDirectory()) : entry.isDirectory();
      if (isFolder) walk(child);
      else if (wanted.test(name)) files.push(child);
    }
  };
  for (const p of paths) walk(p);
  return { files: [...new Set(files)].sort(), missing, denied };
}

/** The entry's stat, or undefined when it cannot be had (a broken link, no permission): it is then treated as a file. */
function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
