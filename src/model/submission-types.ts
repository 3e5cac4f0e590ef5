import type { Diagnostic } from '../diagnostics/index.js';

/** A value read from a submission, after number parsing. Blank is `undefined`, never 0. */
export type CellValue = number | string | boolean | undefined;

/** The outcome of checking one submitted file: what `check` prints and what `merge` consolidates. */
export interface SubmissionResult {
  /** The file as the user named it. */
  file: string;
  /** sha256 of the file's bytes ('' when unreadable, or when the caller asked for none: `check` prints none). */
  sha256: string;
  /** accepted: no error; rejected: at least one error; unreadable: not a workbook we can read. */
  status: 'accepted' | 'rejected' | 'unreadable';
  /** Identity as read from `_meta` or the header (undefined when unknown). */
  unit?: string;
  period?: string;
  setId?: string;
  setVersion?: string;
  diagnostics: Diagnostic[];
  /**
   * Values by row key (`CDS.05`, `CDS.05|level:tinh`), for every value row of the plan that was found.
   * Derived rows hold the value recomputed from the components (never a cached or typed one).
   */
  values: Map<string, CellValue>;
  /** Note column texts by row key, when not blank. */
  notes: Map<string, string>;
  /** The system a return written by `indicators collect` came from (systems.yaml id); undefined for a form. */
  system?: string;
  /** For a collected return: the sha256 of the query each indicator's value came from, by indicator code. */
  queries?: Map<string, string>;
  /** File modification time (ISO), used by merge for lateness when no --received list is given. */
  modified?: string;
}
