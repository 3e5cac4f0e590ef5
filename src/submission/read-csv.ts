import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { fileDetails } from '../i18n/index.js';

export interface CsvSubmission {
  /** Rows with their 1-based line in the file. */
  rows: { line: number; code: string; category: string; value: string; note: string; unit?: string; period?: string; system?: string; query?: string }[];
  encoding: 'utf-8' | 'utf-16' | 'windows-1258';
  /** Column letter of the value column, for locations. */
  valueColumn: number;
  /** The field separator found on the header line. */
  delimiter: ';' | ',';
  /**
   * Lines with more or fewer fields than the header (an unquoted `3640,6` in a comma-separated file): reported, and
   * no value is read from them (`rows` keeps their code and category only, so the line is still found).
   */
  badLines: { line: number; found: number; expected: number; text: string; split?: string }[];
}

const HEADERS: Record<string, string[]> = {
  code: ['code', 'ma', 'ma chi so', 'ma chi tieu', 'indicator', 'indicator_code'],
  value: ['value', 'gia tri', 'so lieu', 'gia_tri'],
  category: ['category', 'phan to', 'nhom', 'breakdown_category'],
  note: ['note', 'ghi chu', 'ghi_chu'],
  unit: ['unit', 'unit_code', 'ma don vi', 'don vi'],
  period: ['period', 'ky', 'ky bao cao'],
  // A return written by `indicators collect`: the system it came from and the sha256 of each indicator's query.
  system: ['system', 'he thong'],
  query: ['query_sha256'],
};

/** Header text without diacritics, lower case: "Mã chỉ số" → "ma chi so". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0111/g, 'd')
    .replace(/\u0110/g, 'D')
    .toLowerCase()
    .trim();
}

/** Decodes a CSV: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258 (what Vietnamese Excel saves). */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvSubmission['encoding'] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'windows-1258').normalize('NFC'), encoding: 'windows-1258' };
  }
}

/**
 * A CSV's records, each with the line it ends on: decoded as `decodeCsv` does, separated by `;` when the first line
 * has more of them than commas (what Vietnamese Excel writes), else by `,`.
 */
export function readCsvRecords(bytes: Buffer): { records: CsvRecord[]; encoding: CsvSubmission['encoding']; delimiter: ';' | ',' } {
  const { text, encoding } = decodeCsv(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  // CRLF as LF: csv-parse counts a CRLF inside a quoted field as two lines, which would shift every later line number.
  const records = parse(text.replace(/\r\n/g, '\n'), { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, raw: true }) as unknown as CsvRecord[];
  return { records, encoding, delimiter };
}

/** One record of a CSV with the line it ends on and its text as written (line breaks as LF). */
export interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/**
 * `3640` then `6` in the next column of a comma-separated line: a decimal comma left unquoted, which splits into as many
 * fields as the header when the next column (a note) was empty. Returns `3640,6`, or undefined when the fields look
 * like a number and something else.
 */
function splitDecimal(value: string | undefined, next: string | undefined): string | undefined {
  const [v, n] = [value?.trim() ?? '', next?.trim() ?? ''];
  return /^-?(\d+|\d{1,3}(\.\d{3})+)$/.test(v) && /^\d+$/.test(n) ? `${v},${n}` : undefined;
}

/** Reads a CSV submission with `;` or `,` separators; undefined when the needed columns are missing. */
export function readCsv(bytes: Buffer): CsvSubmission | { missing: string } {
  const { records, encoding, delimiter } = readCsvRecords(bytes);
  const header = (records[0]?.record ?? []).map(normalise);
  const col = (key: string) => header.findIndex((h) => HEADERS[key].includes(h));
  const [code, value] = [col('code'), col('value')];
  if (code < 0 || value < 0) return { missing: code < 0 ? fileDetails.columns.code : fileDetails.columns.value };
  const [category, note, unit, period, system, query] = [col('category'), col('note'), col('unit'), col('period'), col('system'), col('query')];
  const get = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');
  const expected = header.length;
  const badLines: CsvSubmission['badLines'] = [];
  const rows = records.slice(1).map(({ record, info, raw }) => {
    // Only a note column right after the value can absorb the decimal part (unit codes and periods are numbers too).
    const split = delimiter === ',' && record.length === expected && note === value + 1 ? splitDecimal(record[value], record[note]) : undefined;
    const whole = record.length === expected && !split;
    if (!whole) badLines.push({ line: info.lines, found: record.length, expected, text: raw.replace(/^\n+|\n$/g, ''), ...(split ? { split } : {}) });
    return {
      line: info.lines,
      code: get(record, code),
      category: get(record, category),
      // Fields shifted by an unquoted separator: no value is read from a line that does not split as the header does.
      value: whole ? get(record, value) : '',
      note: whole ? get(record, note) : '',
      ...(unit >= 0 ? { unit: whole ? get(record, unit) : '' } : {}),
      ...(period >= 0 ? { period: whole ? get(record, period) : '' } : {}),
      ...(system >= 0 ? { system: get(record, system) } : {}),
      ...(query >= 0 ? { query: get(record, query) } : {}),
    };
  });
  return { encoding, delimiter, valueColumn: value + 1, rows, badLines };
}
