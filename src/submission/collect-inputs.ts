import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Office lock files and hidden files are not submissions. */
const IGNORED = /^(~\$|\.)/;

/** Expands files and folders (recursively) into a sorted list of files; a path that does not exist is returned as is. */
export async function collectInputs(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      missing.push(path);
      return;
    }
    if (!info.isDirectory()) {
      files.push(path);
      return;
    }
    for (const name of (await readdir(path)).sort()) {
      if (IGNORED.test(name)) continue;
      const child = join(path, name);
      const childInfo = await stat(child).catch(() => undefined);
      if (childInfo?.isDirectory()) await walk(child);
      else if (/\.(xlsx|xlsm|xls|ods|csv|numbers|pdf|zip)$/i.test(name)) files.push(child);
    }
  };
  for (const p of paths) await walk(p);
  return { files: [...new Set(files)].sort(), missing };
}
