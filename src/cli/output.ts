import { isAtLeast, type Diagnostic, type Lang } from '../diagnostics/index.js';
import type { OutputFormat } from '../formatters/types.js';
import { TOOL_VERSION } from './version.js';

/** Writes diagnostics to stdout in the chosen format. */
export async function printDiagnostics(diagnostics: readonly Diagnostic[], format: OutputFormat, options: { color: boolean; lang: Lang; summary?: Record<string, unknown> }): Promise<void> {
  const { FORMATTERS } = await import('../formatters/index.js');
  const text = FORMATTERS[format](diagnostics, { ...options, version: TOOL_VERSION });
  if (text) process.stdout.write(text);
}

/** Exit code for a finished run: 1 when anything reaches the failing severity (warnings with --strict). */
export function exitCodeFor(diagnostics: readonly Diagnostic[], strict = false): number {
  return diagnostics.some((d) => isAtLeast(d.severity, strict ? 'warning' : 'error')) ? 1 : 0;
}

/** A line for a person, on stderr (never mixed with results), unless --quiet or a machine format. */
export function note(text: string, options: { quiet?: boolean; format?: OutputFormat }): void {
  if (options.quiet || (options.format && options.format !== 'stylish')) return;
  process.stderr.write(text + '\n');
}
