import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';

export interface CsvSubmission {
  /** Rows with their 1-based line in the file. */
  rows: { line: number; code: string; category: string; value: string; note: string; unit?: string; period?: string }[];
  encoding: 'utf-8' | 'utf-16' | 'windows-1258';
  /** Column letter of the value column, for locations. */
  valueColumn: number;
}

const HEADERS: Record<string, string[]> = {
  code: ['code', 'ma', 'ma chi so', 'ma chi tieu', 'indicator', 'indicator_code'],
  value: ['value', 'gia tri', 'so lieu', 'gia_tri'],
  category: ['category', 'phan to', 'nhom', 'breakdown_category'],
  note: ['note', 'ghi chu', 'ghi_chu'],
  unit: ['unit', 'unit_code', 'ma don vi', 'don vi'],
  period: ['period', 'ky', 'ky bao cao'],
};

/** Header text without diacritics, lower case: "Mã chỉ số" → "ma chi so". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
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
export function readCsvRecords(bytes: Buffer): { records: { record: string[]; info: { lines: number } }[]; encoding: CsvSubmission['encoding'] } {
  const { text, encoding } = decodeCsv(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  return { records, encoding };
}

/** Reads a CSV submission with `;` or `,` separators; undefined when the needed columns are missing. */
export function readCsv(bytes: Buffer): CsvSubmission | { missing: string } {
  const { records, encoding } = readCsvRecords(bytes);
  const header = (records[0]?.record ?? []).map(normalise);
  const col = (key: string) => header.findIndex((h) => HEADERS[key].includes(h));
  const [code, value] = [col('code'), col('value')];
  if (code < 0 || value < 0) return { missing: code < 0 ? 'code / mã chỉ số' : 'value / giá trị' };
  const [category, note, unit, period] = [col('category'), col('note'), col('unit'), col('period')];
  const get = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');
  return {
    encoding,
    valueColumn: value + 1,
    rows: records.slice(1).map(({ record, info }) => ({
      line: info.lines,
      code: get(record, code),
      category: get(record, category),
      value: get(record, value),
      note: get(record, note),
      ...(unit >= 0 ? { unit: get(record, unit) } : {}),
      ...(period >= 0 ? { period: get(record, period) } : {}),
    })),
  };
}
