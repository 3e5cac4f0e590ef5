import { readFile } from 'node:fs/promises';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { normalise, readCsvRecords } from '../submission/read-csv.js';
import { fileDetails } from '../i18n/index.js';
import { provinceDate } from '../model/period.js';

/** `--received FILE.csv`: the date each file was received, by file name or path as written in the list. */
export interface ReceivedDates {
  /** The list as the user named it. */
  file: string;
  /** ISO date (yyyy-mm-dd) and line of each row; no date when it could not be read (then lateness is not judged). */
  dates: Map<string, { date?: string; line: number }>;
  /** Dates that are unreadable or impossible (errors, one per line). */
  diagnostics: Diagnostic[];
}

/** Why the list itself could not be used (missing, no permission, no file/date columns): a usage error. */
export class ReceivedError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ReceivedError';
  }
}

const FILE_HEADERS = ['file', 'tep', 'ten tep', 'ten file', 'file name', 'filename', 'tep tin'];
const DATE_HEADERS = ['received', 'ngay nhan', 'ngay_nhan', 'date', 'ngay', 'received date', 'received_date'];

/**
 * Reads the list with the submission CSV reader's decoding (UTF-8 with or without BOM, UTF-16, Windows-1258) and
 * separators (`,` or `;`, what Vietnamese Excel writes). Throws ReceivedError when the list cannot be used at all.
 */
export async function readReceived(path: string): Promise<ReceivedDates> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ReceivedError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  let records;
  try {
    records = readCsvRecords(bytes).records;
  } catch (error) {
    throw new ReceivedError(path, (error as Error).message.split('\n')[0]);
  }
  const header = (records[0]?.record ?? []).map(normalise);
  const fileCol = header.findIndex((h) => FILE_HEADERS.includes(h));
  const dateCol = header.findIndex((h) => DATE_HEADERS.includes(h));
  if (fileCol < 0 || dateCol < 0) throw new ReceivedError(path, fileDetails.missingColumn(fileCol < 0 ? fileDetails.columns.file : fileDetails.columns.received));
  const out: ReceivedDates = { file: path, dates: new Map(), diagnostics: [] };
  for (const { record, info } of records.slice(1)) {
    const file = (record[fileCol] ?? '').trim();
    const text = (record[dateCol] ?? '').trim();
    // A row without a file name says nothing about any file (a total, a blank row Excel kept).
    if (!file) continue;
    const parsed = parseReceivedDate(text);
    if ('problem' in parsed) {
      const params = { line: info.lines, text, impossible: parsed.problem === 'impossible' ? 1 : undefined };
      out.diagnostics.push(makeDiagnostic('received-date-invalid', { location: { file: path, line: info.lines }, params }));
      out.dates.set(file, { line: info.lines });
      continue;
    }
    out.dates.set(file, { date: parsed.date, line: info.lines });
  }
  return out;
}

/** First and last Excel day serials accepted as receipt dates: 01/01/2000 and 31/12/2100. */
const SERIALS = [36526, 73415] as const;
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`);
const ZONED = /[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s?([AaPp])[Mm])?(Z|[+-]\d{2}:?\d{2})$/i;
const DMY = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`);

/**
 * A receipt date as ISO yyyy-mm-dd: `2026-03-18`, `2026-3-8`, `18/03/2026`, `8/3/2026` (day first, as Vietnamese
 * dates are written), an optional time after it, or an Excel day serial (`46099`). `31/02/2026` is impossible.
 */
export function parseReceivedDate(text: string): { date: string } | { problem: 'unreadable' | 'impossible' } {
  const t = text.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t.replace(',', '.')));
    if (serial < SERIALS[0] || serial > SERIALS[1]) return { problem: 'unreadable' };
    return { date: new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10) };
  }
  const ymd = YMD.exec(t);
  const dmy = ymd ? undefined : DMY.exec(t);
  if (!ymd && !dmy) return { problem: 'unreadable' };
  const [year, month, day] = ymd ? [ymd[1], ymd[2], ymd[3]].map(Number) : [dmy![3], dmy![2], dmy![1]].map(Number);
  if (year < 2000 || year > 2100) return { problem: 'unreadable' };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { problem: 'impossible' };
  const date = d.toISOString().slice(0, 10);
  // A time with its zone (`2026-03-23T17:30:00Z`, exported by a mail system) is an instant: dated in the province's zone.
  const zoned = ZONED.exec(t);
  if (!zoned) return { date };
  const [, h, min, sec, half, zone] = zoned;
  const hour = half ? (Number(h) % 12) + (/p/i.test(half) ? 12 : 0) : Number(h);
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { date: provinceDate(`${date}T${String(hour).padStart(2, '0')}:${min}:${sec ?? '00'}${offset}`) ?? date };
}
