import { open } from 'node:fs/promises';

/**
 * Writes text produced piece by piece (a generator of lines) to a new file, about a megabyte at a time, so a
 * 200,000-row dataset never sits in memory as one string. The file must not exist (callers write into a staging
 * folder and rename).
 */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= 1 << 20) {
        await handle.write(pending);
        pending = '';
      }
    }
    if (pending) await handle.write(pending);
  } finally {
    await handle.close();
  }
}
