import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../diagnostics/index.js';
import { removeIfInterrupted } from '../io/cleanup.js';
import { restoreInterruptedSwap } from '../io/swap-folder.js';
import { writeChunks } from '../io/write-chunks.js';
import { datasetCsvLines, datasetJsonLines, datasetRecords } from './dataset.js';
import type { MergedReport } from './report-types.js';
import { formatReportHtml } from './write-report-html.js';
import { writeReportXlsx } from './write-report-xlsx.js';

export const REPORT_FILES = ['report.xlsx', 'report.html', 'dataset.csv', 'dataset.json'] as const;

/**
 * Writes the four outputs into a fresh folder beside `outDir`, then swaps it into place: an interrupted merge leaves
 * either the previous complete report or the new one, never a mix. Other files in `outDir` are kept.
 *
 * The swap is two renames made synchronously, so the CLI's SIGINT/SIGTERM handler (which runs between event-loop
 * turns) can never fall between them; a run killed outright in that instant is repaired by the next run.
 */
export async function writeReport(report: MergedReport, outDir: string, lang: Lang): Promise<string[]> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  restoreInterruptedSwap(outDir);
  const staging = join(parent, `.${basename(outDir)}.${randomBytes(4).toString('hex')}.tmp`);
  const done = removeIfInterrupted(staging);
  // Synchronously, as compile's staging folder: an interrupt's clean-up cannot run while it is being made.
  mkdirSync(staging);
  const moved: string[] = [];
  const old = `${staging}.old`;
  try {
    await writeReportXlsx(join(staging, 'report.xlsx'), report, datasetRecords(report), lang);
    await writeFile(join(staging, 'report.html'), formatReportHtml(report, lang));
    await writeChunks(join(staging, 'dataset.csv'), datasetCsvLines(datasetRecords(report)));
    await writeChunks(join(staging, 'dataset.json'), datasetJsonLines(report, datasetRecords(report)));
    await mkdir(outDir, { recursive: true });
    // From here to the swap, all synchronous: the user's other files in outDir move with the report, and no signal
    // handler can run (and clean up the staging folder) while they are there.
    const kept = readdirSync(outDir).filter((f) => !(REPORT_FILES as readonly string[]).includes(f));
    for (const f of kept) {
      renameSync(join(outDir, f), join(staging, f));
      moved.push(f);
    }
    renameSync(outDir, old);
    renameSync(staging, outDir);
    done();
    // The previous report removed synchronously too: a signal handled during an asynchronous removal left it behind.
    rmSync(old, { recursive: true, force: true });
    return REPORT_FILES.map((f) => join(outDir, f));
  } catch (error) {
    // Never lose the user's files: put back the previous report and what was moved, then remove the unfinished one.
    if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
    for (const f of moved) if (existsSync(join(staging, f)) && existsSync(outDir)) renameSync(join(staging, f), join(outDir, f));
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    done();
  }
}
