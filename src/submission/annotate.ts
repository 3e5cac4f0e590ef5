import { mkdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Workbook } from 'exceljs';
import { sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics/index.js';
import type { SubmissionResult } from '../model/submission-types.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { uniquePath } from './unique-path.js';
import { addProblemsSheet } from './problems-sheet.js';

const FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' } as const;

/**
 * Writes a marked-up copy of a submission into `outDir` (the original is never touched): each problem cell filled
 * red (error), amber (warning) or blue (info) with a note holding the message and hint, and a first sheet listing
 * every problem with a link to its cell. A CSV, or a workbook exceljs cannot open, gets `<name>.loi.xlsx` holding
 * only that list.
 */
export async function annotateSubmission(result: SubmissionResult, outDir: string, lang: Lang): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  // A CSV, or a workbook exceljs cannot open (text with characters XML forbids, …), gets the list of problems alone.
  const opened = extname(result.file).toLowerCase() === '.csv' ? undefined : await openWorkbook(() => new ExcelJS.Workbook(), await readFile(result.file));
  const marked = opened !== undefined;
  const wb = opened ?? new ExcelJS.Workbook();
  const diagnostics = sortDiagnostics(result.diagnostics);
  if (marked) markCells(wb, diagnostics);
  addProblemsSheet(wb, diagnostics, lang, basename(result.file));
  const name = marked ? basename(result.file) : `${basename(result.file, extname(result.file))}.loi.xlsx`;
  await mkdir(outDir, { recursive: true });
  const target = await uniquePath(join(outDir, name));
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  await writeFileAtomic(target, bytes);
  return target;
}

/**
 * exceljs trips over some data validations written by other programs: retry without them. Undefined when the
 * workbook still cannot be opened (the caller then writes the list of problems alone).
 */
async function openWorkbook(create: () => Workbook, bytes: Uint8Array): Promise<Workbook | undefined> {
  for (const options of [undefined, { ignoreNodes: ['dataValidations'] }]) {
    const wb = create();
    try {
      await wb.xlsx.load(bytes as never, options as never);
      return wb;
    } catch {
      // try the next way, or give up below
    }
  }
  return undefined;
}

function markCells(wb: Workbook, diagnostics: readonly Diagnostic[]): void {
  const byCell = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.location.sheet || !d.location.cell) continue;
    const key = `${d.location.sheet}!${d.location.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), d]);
  }
  for (const [key, list] of byCell) {
    const [sheetName, address] = [key.slice(0, key.lastIndexOf('!')), key.slice(key.lastIndexOf('!') + 1)];
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    const cell = ws.getCell(address);
    const worst = list.some((d) => d.severity === 'error') ? 'error' : list.some((d) => d.severity === 'warning') ? 'warning' : 'info';
    // exceljs shares one style object among the cells that had the same style when read: give this cell its own.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[worst] } } };
    const text = list.map((d) => `${d.message}${d.hint ? `\n→ ${d.hint}` : ''} [${d.code}]`).join('\n\n');
    cell.note = text;
  }
}

