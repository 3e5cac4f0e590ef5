import { mkdtempSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Whether a folder (existing or to be created) can be written, found by creating and removing an empty folder in it,
 * or in its nearest existing parent: the one test that agrees with the system for every user (root ignores permission
 * bits but not a read-only mount, /proc or /sys) and leaves nothing behind. Returns the error that writing would
 * meet (EACCES, EROFS, ENOTDIR…), or undefined when the folder is writable. Also keeps Node's recursive mkdir from
 * being called where it never returns (it loops on ENOENT under /proc).
 */
export function probeWritable(folder: string): NodeJS.ErrnoException | undefined {
  let dir = resolve(folder);
  for (;;) {
    try {
      const info = statSync(dir);
      if (!info.isDirectory()) return Object.assign(new Error(`ENOTDIR: not a directory, '${dir}'`), { code: 'ENOTDIR', path: dir, syscall: 'mkdir' });
      break;
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code !== 'ENOENT') return e;
      const parent = dirname(dir);
      if (parent === dir) return e;
      dir = parent;
    }
  }
  try {
    rmdirSync(mkdtempSync(join(dir, '.indicators-probe-')));
    return undefined;
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
