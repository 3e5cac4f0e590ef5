import type { Diagnostic, Severity } from './types.js';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The counter of each severity (a Record, so a new severity fails to compile here). */
const COUNTED_AS: Record<Severity, keyof Counts> = { error: 'errors', warning: 'warnings', info: 'infos' };

/** Counts diagnostics by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    counts[COUNTED_AS[d.severity]]++;
  }
  return counts;
}
