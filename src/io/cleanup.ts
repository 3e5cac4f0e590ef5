import { rmSync } from 'node:fs';

/** Temporary files and folders being written right now: removed if the run is interrupted. */
const pending = new Set<string>();

/** Registers a temporary path; call the returned function once it was renamed into place or removed. */
export function removeIfInterrupted(path: string): () => void {
  pending.add(path);
  return () => pending.delete(path);
}

/**
 * Removes every registered temporary path (synchronously: this runs from a signal handler just before exit).
 * Finished outputs are never registered, so nothing the user already had is touched.
 */
export function removePendingNow(): void {
  for (const path of pending) {
    try {
      // A write still running on libuv's thread pool can add a file while the folder is emptied (ENOTEMPTY): retry.
      rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
    } catch {
      // Still there: the next run of the same command finds and removes it; an interrupted run must not crash here.
    }
  }
  pending.clear();
}
