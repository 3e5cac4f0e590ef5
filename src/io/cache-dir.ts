import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The folder of the caches that only make runs faster (the validated set, compiled code): `INDICATORS_CACHE_DIR`,
// else `<tmp>/indicators-cache-<uid>`. Node built-ins only: the launcher (src/cli/launch.ts) uses it before the CLI loads.

/** Where the caches live. */
export function cacheDir(): string {
  return process.env.INDICATORS_CACHE_DIR || join(tmpdir(), `indicators-cache-${process.getuid?.() ?? 'user'}`);
}

/**
 * Whether the cache folder can be trusted: owned by this user and writable by no one else. In a shared temp folder
 * another account could otherwise plant an entry (a planted set is a wrong number, planted code runs): such a folder
 * is never used.
 */
export function trustedCacheDir(): boolean {
  try {
    const info = statSync(cacheDir());
    if (!info.isDirectory() || (info.mode & 0o022) !== 0) return false;
    const uid = process.getuid?.();
    return uid === undefined || info.uid === uid;
  } catch {
    return false;
  }
}

/** Makes the folder (mode 700) if missing; true when entries may be written to it. Never throws. */
export function openCacheDir(): boolean {
  try {
    // Not `recursive`: on some file systems (/proc) a recursive mkdir that cannot succeed never returns.
    mkdirSync(cacheDir(), { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  return trustedCacheDir();
}

/** Entries kept: every set and test folder adds one, so the oldest go once there are more than `MAX_ENTRIES`. */
export const MAX_ENTRIES = 256;

/**
 * After a write: when the folder holds more than `MAX_ENTRIES` entries, removes the least recently written down to
 * half of that (a cache only makes runs faster; an entry removed is rebuilt when next needed). Never throws.
 */
export function pruneCacheDir(): void {
  try {
    const dir = cacheDir();
    const names = readdirSync(dir);
    if (names.length <= MAX_ENTRIES) return;
    const dated = names.flatMap((name) => {
      try {
        return [{ name, at: statSync(join(dir, name)).mtimeMs }];
      } catch {
        return [];
      }
    });
    dated.sort((a, b) => a.at - b.at);
    for (const { name } of dated.slice(0, dated.length - MAX_ENTRIES / 2)) rmSync(join(dir, name), { force: true });
  } catch {
    // Pruning is housekeeping: a folder that cannot be listed is left as it is.
  }
}
