import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, open, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HistoryBuilder, type HistoryOptions } from '../history/build-history.js';
import { streamDataset } from '../history/read-datasets.js';
import type { History, HistoryRow } from '../history/types.js';
import { removeIfInterrupted } from '../io/cleanup.js';
import { restoreInterruptedSwap } from '../io/swap-folder.js';
import type { IndicatorSet } from '../model/types.js';
import { DATASET_COLUMNS, datasetCsvLine, datasetCsvLines, type DatasetRecord } from '../report/dataset.js';
import type { SiteFile } from './plan-site.js';
import { SDMX_CSV_HEAD, sdmxCsvLine, sdmxNames } from './sdmx.js';

/** Rows per Parquet row group: bounded memory whatever the number of units. */
const ROW_GROUP = 50_000;

/** A line buffer written about a megabyte at a time. */
class Sink {
  private pending: string[] = [];
  private size = 0;
  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}
  static async create(path: string): Promise<Sink> {
    return new Sink(await open(path, 'wx'));
  }
  /** Returns a promise only when it writes (one row in thousands). */
  write(text: string): Promise<void> | undefined {
    this.pending.push(text);
    this.size += text.length;
    return this.size >= 1 << 20 ? this.flush() : undefined;
  }
  async flush(): Promise<void> {
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (text) await this.handle.write(text);
  }
  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }
}

/** A dataset row with every dataset column (blank where an older dataset lacks it). */
function record(row: HistoryRow): DatasetRecord {
  const out = {} as DatasetRecord;
  const r = row as unknown as Record<string, unknown>;
  for (const c of DATASET_COLUMNS) {
    const v = r[c];
    out[c] = v === undefined || v === null ? '' : String(v);
  }
  return out;
}

/** The text columns of dataset-all.parquet: the dataset columns but `value`, which is a DOUBLE there. */
const TEXT_COLUMNS = DATASET_COLUMNS.filter((c) => c !== 'value');

/**
 * The Parquet schema of dataset-all.parquet, in the dataset's column order: every column a UTF-8 string (blank where
 * the CSV is blank; `period` too, `2026-Q1`), but `value`, an optional DOUBLE (null where the dataset's value is
 * blank or not a number: a warehouse's `SUM(value)` works), then `value_text`, the value exactly as the CSV writes it.
 */
const PARQUET_SCHEMA = [
  { name: 'root', num_children: DATASET_COLUMNS.length + 1 },
  ...DATASET_COLUMNS.map((name) =>
    name === 'value'
      ? { name, type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const }
      : { name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'REQUIRED' as const },
  ),
  { name: 'value_text', type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: 'REQUIRED' as const },
];

/**
 * data/dataset-all.csv (the dataset columns, every period in order), data/dataset-all.parquet (the same rows typed for
 * a warehouse, PARQUET_SCHEMA; row groups of ROW_GROUP rows) and data/sdmx/dataset-all.sdmx.csv, written row by row as
 * the history takes each row.
 */
class DataExports {
  private columns: string[][] = TEXT_COLUMNS.map(() => []);
  private numbers: (number | null)[] = [];
  private texts: string[] = [];
  rows = 0;
  private constructor(
    private readonly csv: Sink,
    private readonly sdmx: Sink,
    private readonly parquet: { write(o: object): void | Promise<void>; finish(): void },
    private readonly ref: string,
  ) {}

  static async open(dir: string, set: IndicatorSet): Promise<DataExports> {
    const { ParquetWriter, fileWriter } = await import('hyparquet-writer');
    const csv = await Sink.create(join(dir, 'data', 'dataset-all.csv'));
    const sdmx = await Sink.create(join(dir, 'data', 'sdmx', 'dataset-all.sdmx.csv'));
    csv.write(datasetCsvLines([]).next().value as string);
    sdmx.write(SDMX_CSV_HEAD);
    const parquet = new ParquetWriter({ writer: fileWriter(join(dir, 'data', 'dataset-all.parquet')), schema: PARQUET_SCHEMA, createdBy: 'indicators site' });
    return new DataExports(csv, sdmx, parquet, sdmxNames(set).ref);
  }

  add(row: HistoryRow): Promise<void> | undefined {
    const r = record(row);
    for (let i = 0; i < TEXT_COLUMNS.length; i++) this.columns[i].push(r[TEXT_COLUMNS[i]]);
    const n = r.value.trim() === '' ? NaN : Number(r.value);
    this.numbers.push(Number.isFinite(n) ? n : null);
    this.texts.push(r.value);
    this.rows++;
    const line = sdmxCsvLine(this.ref, row, r.indicator_code);
    const a = line ? this.sdmx.write(line) : undefined;
    const b = this.csv.write(datasetCsvLine(r));
    if (this.numbers.length >= ROW_GROUP) return Promise.all([a, b, this.flush()]).then(() => undefined);
    return a || b ? Promise.all([a, b]).then(() => undefined) : undefined;
  }

  private async flush(): Promise<void> {
    if (this.numbers.length === 0) return;
    // In the schema's order: a reader finds a row group's column chunks by position.
    const columnData = [...DATASET_COLUMNS.map((name) => ({ name, data: name === 'value' ? this.numbers : this.columns[TEXT_COLUMNS.indexOf(name)] })), { name: 'value_text', data: this.texts }];
    this.columns = TEXT_COLUMNS.map(() => []);
    this.numbers = [];
    this.texts = [];
    await this.parquet.write({ columnData, rowGroupSize: ROW_GROUP });
  }

  async close(): Promise<void> {
    await this.flush();
    this.parquet.finish();
    await this.csv.close();
    await this.sdmx.close();
  }
}

/**
 * Builds the site in one pass over the datasets (given in period order, `inPeriodOrder`): each read row by row into
 * the history, each row it takes written to the data exports at once; then the pages and the API from the history
 * (`plan`). Everything goes into a fresh folder beside `outDir`, swapped into place at the end: an interrupted run
 * leaves the previous site or the new one, never a mix. Throws a DatasetError naming a file that cannot be read.
 */
export async function buildSite(options: {
  outDir: string;
  set: IndicatorSet;
  files: readonly string[];
  history?: HistoryOptions;
  plan: (history: History) => Iterable<SiteFile>;
  onProgress?: (done: number, total: number) => void;
}): Promise<{ history: History; pages: number; rows: number }> {
  const { outDir, set, files } = options;
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  restoreInterruptedSwap(outDir);
  const staging = join(parent, `.${basename(outDir)}.${randomBytes(4).toString('hex')}.tmp`);
  const done = removeIfInterrupted(staging);
  const old = `${staging}.old`;
  try {
    // Synchronously, as compile's staging folder: an interrupt's clean-up cannot run while it is being made.
    for (const sub of ['indicators', 'api/series', 'data/sdmx']) mkdirSync(join(staging, sub), { recursive: true });
    const data = await DataExports.open(staging, set);
    const builder = new HistoryBuilder(set, options.history);
    let read = 0;
    for (const file of files) {
      await builder.addStream(await streamDataset(file), (row) => data.add(row));
      options.onProgress?.(++read, files.length);
    }
    await data.close();
    const history = builder.finish();
    let pages = 0;
    for (const f of options.plan(history)) {
      await writeFile(join(staging, f.path), f.text);
      if (f.path.endsWith('.html')) pages++;
    }
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
    done();
    // Synchronously, as merge's report: a signal handled during an asynchronous removal left the previous site behind.
    rmSync(old, { recursive: true, force: true });
    return { history, pages, rows: data.rows };
  } catch (error) {
    if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir);
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    done();
  }
}
