import { randomBytes } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { mkdir, open, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readHistoryInput } from '../history/read-datasets.js';
import type { History, HistoryRow } from '../history/types.js';
import { removeIfInterrupted } from '../io/cleanup.js';
import type { IndicatorSet } from '../model/types.js';
import { DATASET_COLUMNS, datasetCsvLines, type DatasetRecord } from '../report/dataset.js';
import type { SiteFile } from './plan-site.js';
import { SDMX_CSV_HEAD, sdmxCsvLine, sdmxNames } from './sdmx.js';

/** A line buffer written about a megabyte at a time. */
class Sink {
  private pending = '';
  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}
  static async create(path: string): Promise<Sink> {
    return new Sink(await open(path, 'wx'));
  }
  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.pending) await this.handle.write(this.pending);
    this.pending = '';
  }
  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

/** A dataset row with every dataset column (blank where an older dataset lacks it), the code as re-coded in the history. */
function record(row: HistoryRow): DatasetRecord {
  const out = {} as DatasetRecord;
  const r = row as unknown as Record<string, unknown>;
  for (const c of DATASET_COLUMNS) {
    const v = r[c];
    out[c] = v === undefined || v === null ? '' : String(v);
  }
  return out;
}

/**
 * data/dataset-all.csv (the dataset columns, every period in order), data/dataset-all.parquet (the same rows, plus
 * `value_number`, a double) and data/sdmx/dataset-all.sdmx.csv, streamed: the datasets are read again one at a time
 * in period order, only their rows of this set and of a period the history kept from that file.
 */
async function writeData(dir: string, history: History, set: IndicatorSet): Promise<number> {
  const { ParquetWriter, fileWriter } = await import('hyparquet-writer');
  const csv = await Sink.create(join(dir, 'data', 'dataset-all.csv'));
  const sdmx = await Sink.create(join(dir, 'data', 'sdmx', 'dataset-all.sdmx.csv'));
  await sdmx.write(SDMX_CSV_HEAD);
  const { ref } = sdmxNames(set);
  const schema = [
    { name: 'root', num_children: DATASET_COLUMNS.length + 1 },
    ...DATASET_COLUMNS.map((name) => ({ name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'REQUIRED' as const })),
    { name: 'value_number', type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const },
  ];
  const writer = new ParquetWriter({ writer: fileWriter(join(dir, 'data', 'dataset-all.parquet')), schema, createdBy: 'indicators site' });
  let first = true;
  let rows = 0;
  const kept = new Map<string, Set<string>>();
  for (const p of history.periods) if (p.file) kept.set(p.file, new Set([...(kept.get(p.file) ?? []), p.id]));
  for (const p of history.periods) {
    if (!p.file || kept.get(p.file)?.values().next().value !== p.id) continue;
    const input = await readHistoryInput(p.file);
    const periods = kept.get(p.file)!;
    const records: DatasetRecord[] = [];
    for (const row of input.rows) {
      if ((row.set_id && row.set_id !== history.setId) || !periods.has(String(row.period))) continue;
      const r = record(row);
      records.push(r);
      const line = sdmxCsvLine(ref, row, r.indicator_code);
      if (line) await sdmx.write(line);
    }
    let skipHead = !first;
    for (const line of datasetCsvLines(records)) {
      if (skipHead) {
        skipHead = false;
        continue;
      }
      await csv.write(line);
    }
    first = false;
    rows += records.length;
    if (records.length) {
      const columnData = [
        ...DATASET_COLUMNS.map((name) => ({ name, data: records.map((r) => r[name]) })),
        { name: 'value_number', data: records.map((r) => (r.value === '' || !Number.isFinite(Number(r.value)) ? null : Number(r.value))) },
      ];
      await writer.write({ columnData, rowGroupSize: 1_000_000 });
    }
  }
  if (first) for (const line of datasetCsvLines([])) await csv.write(line);
  writer.finish();
  await csv.close();
  await sdmx.close();
  return rows;
}

/**
 * Writes the site into a fresh folder beside `outDir`, then swaps it into place (an interrupted run leaves the
 * previous site or the new one, never a mix). Returns the number of HTML pages and data rows written.
 */
export async function writeSite(outDir: string, files: readonly SiteFile[], history: History, set: IndicatorSet): Promise<{ pages: number; rows: number }> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const staging = join(parent, `.${basename(outDir)}.${randomBytes(4).toString('hex')}.tmp`);
  const done = removeIfInterrupted(staging);
  const old = `${staging}.old`;
  try {
    for (const sub of ['indicators', 'api/series', 'data/sdmx']) await mkdir(join(staging, sub), { recursive: true });
    for (const f of files) await writeFile(join(staging, f.path), f.text);
    const rows = await writeData(staging, history, set);
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
    done();
    await rm(old, { recursive: true, force: true });
    return { pages: files.filter((f) => f.path.endsWith('.html')).length, rows };
  } catch (error) {
    if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    done();
  }
}
