import type { Diagnostic } from '../../src/diagnostics/index.js';
import { SHEET_NAMES } from '../../src/model/layout/index.js';
import { FILE_CHECKS, type FileContext } from '../../src/submission/checks/index.js';
import { computeDerived } from '../../src/submission/compute-derived.js';
import { locateRows } from '../../src/submission/locate-rows.js';
import { readInputValues } from '../../src/submission/read-values.js';
import { readWorkbook } from '../../src/submission/read-workbook.js';
import type { RawCell, RawSheet, RawWorkbook } from '../../src/submission/workbook-types.js';
import { GOOD, type TinyFixture } from './tiny-submission.js';

/** What a test types into a cell: a value, a blank (null), or a formula with or without a cached result. */
export type Typed = number | string | boolean | null | { formula: string; result?: number };

export interface CellEditor {
  /** Types into the value cell of a row key (`A.01a`, `C.01|level:xa`). */
  (key: string, value: Typed): void;
  /** Types into any cell of the entry sheet (`H12`). */
  at(address: string, value: Typed): void;
}

/** What the checks of one file give: the same fields as `checkWorkbook`'s result, without the identity. */
export interface ContextCheck {
  diagnostics: Diagnostic[];
  values: FileContext['values'];
  notes: FileContext['notes'];
}

const templates = new WeakMap<TinyFixture, RawWorkbook>();

/** The fixture's template as `readWorkbook` reads it (once per fixture: the one xlsx read of these tests). */
function template(fx: TinyFixture): RawWorkbook {
  let wb = templates.get(fx);
  if (!wb) {
    wb = readWorkbook(fx.template) as RawWorkbook;
    templates.set(fx, wb);
  }
  return wb;
}

function rawCell(address: string, typed: Typed, style: number): RawCell | undefined {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
  const at = { address, row: Number(row), col, style };
  if (typed === null || typed === '') return undefined;
  if (typeof typed === 'number') return { ...at, value: typed, type: 'n', cached: false };
  if (typeof typed === 'boolean') return { ...at, value: typed, type: 'b', cached: false };
  if (typeof typed === 'string') return { ...at, value: typed, type: 's', cached: false };
  return { ...at, value: typed.result, type: 'n', formula: typed.formula, cached: typed.result !== undefined };
}

/**
 * The FileContext `checkWorkbook` builds for the fixture's form filled with GOOD values, then `edit`: the template's
 * entry sheet as read, its cells edited in memory (no xlsx written and re-read).
 */
export function fileContext(fx: TinyFixture, edit?: (cell: CellEditor) => void, options: { file?: string; previous?: FileContext['previous'] } = {}): FileContext {
  const wb = template(fx);
  const entry = wb.sheet(SHEET_NAMES.entry[fx.plan.lang])!;
  const cells = new Map(entry.cells);
  const at = (address: string, typed: Typed) => {
    const cell = rawCell(address, typed, cells.get(address)?.style ?? 0);
    if (cell) cells.set(address, cell);
    else cells.delete(address);
  };
  const cell = Object.assign((key: string, typed: Typed) => at(fx.plan.valueRows.find((r) => r.key === key)!.valueCell, typed), { at });
  for (const [key, value] of Object.entries(GOOD)) cell(key, value);
  edit?.(cell);
  const sheet: RawSheet = { name: entry.name, cells, maxRow: Math.max(0, ...[...cells.values()].map((c) => c.row)) };
  return {
    set: fx.set,
    file: options.file ?? fx.plan.fileName,
    plan: fx.plan,
    sheet,
    rows: locateRows(wb, sheet, fx.plan, fx.plan.lang),
    values: new Map(),
    notes: new Map(),
    kind: 'xlsx',
    names: wb.names,
    previous: options.previous,
  };
}

/**
 * The checks of the fixture's form filled with GOOD values and `edit`: reads the values, recomputes the derived ones
 * and runs every file check on a FileContext built in memory, as `checkWorkbook` does once the file is identified.
 */
export function checkContext(fx: TinyFixture, edit?: (cell: CellEditor) => void, options: { file?: string; previous?: FileContext['previous'] } = {}): ContextCheck {
  const wb = template(fx);
  const ctx = fileContext(fx, edit, options);
  const diagnostics = readInputValues(ctx, { percent: wb.percentStyles, date: wb.dateStyles });
  computeDerived(ctx);
  for (const check of FILE_CHECKS) diagnostics.push(...check(ctx));
  return { diagnostics, values: ctx.values, notes: ctx.notes };
}
