import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeIfInterrupted } from './cleanup.js';

/**
 * Writes to a temporary name beside the target, then renames: an interrupted run never leaves half a file. Written
 * synchronously: an interrupt's clean-up runs between event-loop turns, and a write still in flight on the thread
 * pool could create the temporary file after the clean-up removed it.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const done = removeIfInterrupted(temp);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    done();
  }
}
