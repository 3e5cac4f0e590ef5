import { makeDiagnostic, type Diagnostic, type DiagnosticCode, type MessageParams, type Severity } from '../../diagnostics/index.js';
import { valueCell, type TemplatePlan, type ValueRow } from '../../model/layout/index.js';
import type { CellValue, IndicatorSet } from '../../model/index.js';
import { parseNumberText } from '../parse-number.js';
import type { RawCell, RawSheet } from '../workbook-types.js';

/** What the checks of one submitted workbook share; built once per file by `checkWorkbook`. */
export interface FileContext {
  set: IndicatorSet;
  file: string;
  /** What the template of this unit and period holds. */
  plan: TemplatePlan;
  /** The data-entry sheet. */
  sheet: RawSheet;
  /** Row of every planned value row that was found, by row key. */
  rows: Map<string, number>;
  /** Parsed values by row key; derived rows hold the recomputed value. */
  values: Map<string, CellValue>;
  /** Note texts by row key. */
  notes: Map<string, string>;
  /** A CSV has no template layout: its rows are lines, and typed rates are expected. */
  kind: 'xlsx' | 'csv';
  /** The workbook's defined names (none for a CSV). */
  names: ReadonlyMap<string, { sheet: string; cell: string }>;
  /**
   * This unit's values from --previous by row key: of the period before (`values`, with whether it is in the same
   * year) and of the same period one year earlier (`lastYear`, what a year-to-date value is compared with).
   */
  previous?: { values?: Map<string, number>; sameYear: boolean; lastYear?: Map<string, number> };
}

/** A check of one file: pure, returns its problems. */
export type FileCheck = (ctx: FileContext) => Diagnostic[];

/** A problem at a cell of the entry sheet. */
export function diagnosticAt(ctx: FileContext, code: DiagnosticCode, cell: string, params: MessageParams = {}, severity?: Severity): Diagnostic {
  return makeDiagnostic(code, { location: { file: ctx.file, sheet: ctx.sheet.name, cell }, params, severity });
}

/** The value cell of a planned row where it was found, with its address. */
export function valueCellOf(ctx: FileContext, r: ValueRow): { address: string; cell?: RawCell } | undefined {
  const row = ctx.rows.get(r.key);
  if (row === undefined) return undefined;
  const address = valueCell(row);
  return { address, cell: ctx.sheet.cells.get(address) };
}

/** How a row is named in messages: `CDS.05` or `CDS.05 (Cấp tỉnh)`. */
export function rowLabel(r: ValueRow, lang: TemplatePlan['lang']): string {
  if (!r.category) return r.indicator.code;
  return `${r.indicator.code} (${lang === 'en' ? (r.category.name_en ?? r.category.name) : r.category.name})`;
}

/**
 * The number a computed row's cell holds as the file has it: a typed number (or number text), or a formula's cached
 * result. Undefined for a formula without a cached result (script-filled files): there is nothing to compare.
 */
export function heldNumber(ctx: FileContext, r: ValueRow): { address: string; value: number } | undefined {
  const at = valueCellOf(ctx, r);
  if (!at?.cell || (at.cell.formula && !at.cell.cached)) return undefined;
  const raw = at.cell.value;
  const parsed = typeof raw === 'string' ? parseNumberText(raw, { integer: r.indicator.value_type === 'integer' }) : undefined;
  const value = typeof raw === 'number' ? raw : parsed?.kind === 'number' ? parsed.value : undefined;
  return value === undefined ? undefined : { address: at.address, value };
}

/** The number held by a row key, if any. */
export function numberOf(ctx: FileContext, key: string): number | undefined {
  const v = ctx.values.get(key);
  return typeof v === 'number' ? v : undefined;
}

export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
