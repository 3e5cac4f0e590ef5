import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Before a folder is written anew and swapped in (merge's report, the site): a run killed between the two renames of
 * its swap left the previous version as `.<name>.<hex>.tmp.old` and no folder: put it back. Beside a folder that is
 * there, such a folder is a previous version whose removal was cut short (the process killed outright): removed.
 */
export function restoreInterruptedSwap(outDir: string): void {
  const prefix = `.${basename(outDir)}.`;
  const left = readdirSync(dirname(outDir))
    .filter((f) => f.startsWith(prefix) && f.endsWith('.tmp.old'))
    .sort();
  if (!existsSync(outDir) && left.length > 0) renameSync(join(dirname(outDir), left.pop()!), outDir);
  if (existsSync(outDir)) for (const f of left) rmSync(join(dirname(outDir), f), { recursive: true, force: true });
}
