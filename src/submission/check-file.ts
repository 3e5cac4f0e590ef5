import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { makeDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { readWhole } from '../io/read-whole.js';
import type { SubmissionResult } from '../model/submission-types.js';
import { checkWorkbook, type CheckOptions } from './check-workbook.js';
import { CSV_SHEET, csvAsWorkbook } from './csv-as-workbook.js';
import { identityFromPath } from './identity.js';
import { LIMITS } from './limits.js';
import { readWorkbook } from './read-workbook.js';
import { fileDetails } from '../i18n/index.js';

const LEGACY = { '.xls': '.xls (Excel 97–2003)', '.ods': '.ods (OpenDocument)', '.numbers': '.numbers (Apple Numbers)' } as Record<string, string>;

/** Reads and checks one submitted file. Never throws for a bad file: every problem is a diagnostic. */
export async function checkFile(file: string, options: CheckOptions): Promise<SubmissionResult> {
  try {
    return await readAndCheck(file, options);
  } catch (error) {
    // Input we did not foresee (a CSV with broken quoting, a malformed part) is the file's problem, not a crash.
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const diagnostics = [makeDiagnostic('corrupt-file', { location: { file }, params: { detail } })];
    return { file, sha256: '', status: 'unreadable', diagnostics, values: new Map(), notes: new Map() };
  }
}

async function readAndCheck(file: string, options: CheckOptions): Promise<SubmissionResult> {
  const result: SubmissionResult = { file, sha256: '', status: 'unreadable', diagnostics: [], values: new Map(), notes: new Map() };
  const fail = (d: Diagnostic) => {
    result.diagnostics.push(d);
    return result;
  };
  let bytes: Buffer;
  try {
    // Synchronous reads: submissions are small, and awaiting each one costs more than reading it.
    const read = readWhole(file, LIMITS.fileBytes);
    result.modified = read.modified.toISOString();
    if (!read.bytes) return fail(tooLargeDiagnostic(file, read.size));
    bytes = read.bytes;
  } catch (error) {
    return fail(readErrorDiagnostic(file, error));
  }
  if (options.digest !== false) result.sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = extname(file).toLowerCase();
  let wb;
  let csvBadLines: number[] = [];
  let queries: Map<string, string> | undefined;
  if (ext === '.csv') {
    // Loaded for a CSV submission only (iconv-lite and csv-parse cost every other run their start-up time).
    const { readCsv } = await import('./read-csv.js');
    const csv = readCsv(bytes);
    if ('missing' in csv) return fail(makeDiagnostic('corrupt-file', { location: { file }, params: { detail: fileDetails.csvMissingColumn(csv.missing) } }));
    if (csv.encoding !== 'utf-8') result.diagnostics.push(makeDiagnostic('csv-encoding', { location: { file }, params: { encoding: csv.encoding } }));
    for (const bad of csv.badLines) {
      result.diagnostics.push(
        makeDiagnostic('csv-field-count', {
          location: { file, line: bad.line },
          params: { line: bad.line, found: bad.found, expected: bad.expected, text: bad.text, split: bad.split, kind: bad.split ? 'split' : 'count' },
        }),
      );
    }
    csvBadLines = csv.badLines.map((b) => b.line);
    if (csv.rows.some((r) => r.query)) queries = new Map(csv.rows.filter((r) => r.query).map((r) => [r.code, r.query!]));
    const fromName = identityFromPath(file, new Set());
    wb = csvAsWorkbook(csv, { setId: options.set.info.id, version: options.set.info.version, unit: fromName.unit, period: fromName.period });
  } else if (LEGACY[ext] && bytes.length > 0 && bytes[0] !== 0x50) {
    return fail(makeDiagnostic('unsupported-format', { location: { file }, params: { format: LEGACY[ext] } }));
  } else {
    const read = readWorkbook(bytes);
    if ('code' in read) {
      const params = { detail: read.detail, format: read.format ?? ext };
      return fail(makeDiagnostic(read.code, { location: { file }, params }));
    }
    wb = read;
  }
  const checked = checkWorkbook(file, wb, options);
  result.unit = checked.identity.unit;
  result.period = checked.identity.period;
  result.setId = checked.identity.setId;
  result.setVersion = checked.identity.setVersion;
  if (checked.identity.system) result.system = checked.identity.system;
  if (checked.identity.system && queries) result.queries = queries;
  result.values = checked.values;
  result.notes = checked.notes;
  // A CSV line that did not split into the header's fields is reported once (csv-field-count), not again as blank.
  const badLines = new Set(csvBadLines);
  const own = wb.kind === 'csv' ? checked.diagnostics.map(toCsvLocation).filter((d) => d.location.line === undefined || !badLines.has(d.location.line)) : checked.diagnostics;
  result.diagnostics = sortDiagnostics([...result.diagnostics, ...own]);
  result.status = result.diagnostics.some((d) => d.severity === 'error') ? 'rejected' : 'accepted';
  return result;
}

/** A file over `LIMITS.fileBytes`: its size and the limit, in MB. */
export function tooLargeDiagnostic(file: string, size: number): Diagnostic {
  return makeDiagnostic('file-too-large', { location: { file }, params: { size: `${(size / 1048576).toFixed(1)} MB`, limit: `${LIMITS.fileBytes / 1048576} MB` } });
}

/** Why a file could not be read: no permission (EACCES, EPERM) is the reader's problem, anything else the file's. */
export function readErrorDiagnostic(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return makeDiagnostic('permission-denied', { location: { file }, params: { path: file, detail: code } });
  return makeDiagnostic('corrupt-file', { location: { file }, params: { detail: code ?? String(error) } });
}

/** CSV rows were read as sheet rows: report them as line and column of the file. */
function toCsvLocation(d: Diagnostic): Diagnostic {
  const { sheet, cell, ...rest } = d.location;
  if (sheet !== CSV_SHEET || !cell) return d;
  const line = Number(cell.replace(/^[A-Z]+/, ''));
  return { ...d, location: { ...rest, line } };
}
