import { DIAGNOSTICS } from '../i18n/diagnostics/index.js';
import type { Severity } from './severity-level.js';

/**
 * The closed union of diagnostic codes. Each code is one entry in src/i18n/diagnostics/<group>.ts: its severity, group,
 * and vi/en summary, message and hint. This is the contract: codes are stable, messages may be reworded.
 */
export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Every code, in the order of the code pages and the README tables (group by group). */
export const ALL_CODES = Object.keys(DIAGNOSTICS) as DiagnosticCode[];

/** Each code's default severity and one-line description in both languages (README lists them). */
export const CODES = Object.fromEntries(ALL_CODES.map((code) => [code, { severity: DIAGNOSTICS[code].severity, vi: DIAGNOSTICS[code].vi.summary, en: DIAGNOSTICS[code].en.summary }])) as Record<
  DiagnosticCode,
  { severity: Severity; vi: string; en: string }
>;
