import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A file's size, modification time and, when it is at most `maxBytes`, its bytes: one open, one stat of the open file
 * and the reads (a quarter's returns are read in a loop; a stat by path and readFileSync's own stat were one too many).
 * Throws as openSync and readSync do (ENOENT, EACCES, EISDIR).
 */
export function readWhole(path: string, maxBytes: number): { size: number; modified: Date; bytes?: Buffer } {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
    if (info.size > maxBytes) return { size: info.size, modified: info.mtime };
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    // A file that shrank while it was read is what it was when the read ended.
    return { size: info.size, modified: info.mtime, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}
