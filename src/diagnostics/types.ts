import type { DiagnosticCode } from './codes.js';
import type { Severity } from './severity-level.js';

export type { Severity } from './severity-level.js';

/** Where a problem is. YAML problems carry `path` (resolved to line/column before printing); workbook problems carry `sheet` and `cell`. */
export interface Location {
  /** The file as the user named it (relative to the working directory when it was given relative). */
  file: string;
  /** 1-based line, filled from `path` by `resolveLocations()` for YAML files. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Path to the YAML node: keys and array indexes from the document root. */
  path?: (string | number)[];
  /** Worksheet name, for workbook problems. */
  sheet?: string;
  /** A1 address inside `sheet`. */
  cell?: string;
}

/** Values substituted into a message template. */
export type MessageParams = Record<string, string | number | undefined>;

/** The one shape every problem takes: YAML syntax, schema, semantic, workbook and report problems alike. */
export interface Diagnostic {
  /** Stable kebab-case code from `codes.ts`; tests assert it, messages may be reworded. */
  code: DiagnosticCode;
  severity: Severity;
  /** Human message in the current language (`setLanguage`). */
  message: string;
  location: Location;
  /** How to fix it, in the current language. */
  hint?: string;
  /** The values the message was built from, kept so a formatter or a test can use them. */
  params?: MessageParams;
  /**
   * When `location.path` points at a key rather than its value (unknown properties),
   * the line/column are those of the key.
   */
  onKey?: boolean;
}
