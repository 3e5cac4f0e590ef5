import type { Diagnostic } from '../diagnostics/index.js';
import { FORMATTERS } from './index.js';
import type { FormatOptions, OutputFormat } from './types.js';

/** The counts of a merge (the report's `counts`), added to the json format's summary. */
export type MergeSummary = Record<string, unknown>;

/**
 * `merge`'s results in the chosen format: the set's warnings, then the report's diagnostics (each file's state, the
 * missing and late units, the run's inputs), with the report's counts in the json summary.
 */
export function formatMergeResults(warnings: readonly Diagnostic[], reportDiagnostics: readonly Diagnostic[], counts: MergeSummary, format: OutputFormat, options: FormatOptions): string {
  return FORMATTERS[format]([...warnings, ...reportDiagnostics], { ...options, summary: { ...counts } });
}
