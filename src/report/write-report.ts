import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../diagnostics/index.js';
import { writeChunks } from '../io/write-chunks.js';
import { datasetCsvLines, datasetJsonLines, datasetRecords } from './dataset.js';
import type { MergedReport } from './report-types.js';
import { formatReportHtml } from './write-report-html.js';
import { writeReportXlsx } from './write-report-xlsx.js';

export const REPORT_FILES = ['report.xlsx', 'report.html', 'dataset.csv', 'dataset.json'] as const;

/**
 * Writes the four outputs into a fresh folder beside `outDir`, then swaps it into place: an interrupted merge leaves
 * either the previous complete report or the new one, never a mix. Other files in `outDir` are kept.
 */
export async function writeReport(report: MergedReport, outDir: string, lang: Lang): Promise<string[]> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const staging = join(parent, `.${basename(outDir)}.${randomBytes(4).toString('hex')}.tmp`);
  await mkdir(staging);
  try {
    await writeReportXlsx(join(staging, 'report.xlsx'), report, datasetRecords(report), lang);
    await writeFile(join(staging, 'report.html'), formatReportHtml(report, lang));
    await writeChunks(join(staging, 'dataset.csv'), datasetCsvLines(datasetRecords(report)));
    await writeChunks(join(staging, 'dataset.json'), datasetJsonLines(report, datasetRecords(report)));
    await mkdir(outDir, { recursive: true });
    const kept = (await readdir(outDir)).filter((f) => !(REPORT_FILES as readonly string[]).includes(f));
    for (const f of kept) await rename(join(outDir, f), join(staging, f));
    const old = `${staging}.old`;
    await rename(outDir, old);
    await rename(staging, outDir);
    await rm(old, { recursive: true, force: true });
    return REPORT_FILES.map((f) => join(outDir, f));
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
