import { makeDiagnostic, type Diagnostic, type DiagnosticCode, type MessageParams, type Severity } from '../diagnostics/index.js';
import type { TemplatePlan } from '../model/layout/index.js';
import type { CellValue, IndicatorSet } from '../model/index.js';
import type { RawSheet } from './workbook-types.js';

/** What the checks of one submitted workbook share. */
export interface FileContext {
  set: IndicatorSet;
  file: string;
  plan: TemplatePlan;
  sheet: RawSheet;
  /** Row of every planned value row that was found, by row key. */
  rows: Map<string, number>;
  /** Parsed values by row key (derived rows recomputed). */
  values: Map<string, CellValue>;
  notes: Map<string, string>;
  diagnostics: Diagnostic[];
  /** A CSV has no template layout: rows are its lines, and typed rates are expected. */
  kind: 'xlsx' | 'csv';
  /** Previous period's values for this unit, by row key (from --previous). */
  previous?: Map<string, number>;
}

/** Records a problem at a cell of the entry sheet. */
export function report(ctx: FileContext, code: DiagnosticCode, cell: string, params: MessageParams = {}, severity?: Severity): void {
  ctx.diagnostics.push(makeDiagnostic(code, { location: { file: ctx.file, sheet: ctx.sheet.name, cell }, params, severity }));
}
