import type { Diagnostic, Lang } from '../diagnostics/index.js';

export type OutputFormat = 'stylish' | 'json' | 'github' | 'sarif';

export interface FormatOptions {
  /** ANSI colours (stylish only). */
  color: boolean;
  lang: Lang;
  /** Extra summary fields for the json format (e.g. counts of indicators, files). */
  summary?: Record<string, unknown>;
  /** Tool version, for SARIF's driver. */
  version?: string;
}

/** A formatter is pure: diagnostics in, the whole output text out (style §8). */
export type Formatter = (diagnostics: readonly Diagnostic[], options: FormatOptions) => string;
