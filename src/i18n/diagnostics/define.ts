import type { Lang } from '../lang.js';

/** How serious a diagnostic is (src/diagnostics re-exports it as `Severity`). */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** The values a message is built from (codes, cells, numbers), by name. */
export type MessageParams = Record<string, string | number | undefined>;

/** What a diagnostic says in one language. */
export interface DiagnosticText {
  /** One line: what the code means (README tables, code pages, SARIF rules, stylish group titles). */
  summary: string;
  message: (p: MessageParams) => string;
  /** How to fix it, when there is something to fix. */
  hint?: (p: MessageParams) => string;
}

/** One diagnostic code: its default severity and its words in both languages, together. */
export interface DiagnosticEntry {
  severity: DiagnosticSeverity;
  vi: DiagnosticText;
  en: DiagnosticText;
}

/** A group of codes: a section of the code pages (docs/ma-loi.md, docs/codes.md). */
export interface DiagnosticGroup<C extends string> {
  id: string;
  title: Record<Lang, string>;
  codes: Record<C, DiagnosticEntry>;
}

/** Declares a group; the codes' literal names become part of the closed `DiagnosticCode` union. */
export function defineDiagnostics<C extends string>(id: string, title: Record<Lang, string>, codes: Record<C, DiagnosticEntry>): DiagnosticGroup<C> {
  return { id, title, codes };
}
