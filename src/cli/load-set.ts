import type { Diagnostic } from '../diagnostics/index.js';
import type { OutputFormat } from '../formatters/types.js';
import type { Lang } from '../i18n/lang.js';
import type { ValidatedSet } from '../model/validate-set.js';
import type { IndicatorSet } from '../model/types.js';
import { exitCodeFor, note, printDiagnostics } from './output.js';

/** How a command prints: its --format, colour, language and --quiet. */
export interface PrintOptions {
  format: OutputFormat;
  color: boolean;
  lang: Lang;
  quiet?: boolean;
}

/** A set that may be used: the set, and its warnings for the command to print with its own results. */
export interface UsableSet {
  set: IndicatorSet;
  warnings: Diagnostic[];
}

/**
 * "Load the set or stop", the first step of every command that uses a set: the set and its warnings, or undefined
 * after printing its problems in the command's --format (then `stopNote`, unless --quiet) and ending the run with 1.
 */
export async function loadSetOrStop(dir: string, print: PrintOptions, run: (code: number) => void, stopNote?: string): Promise<UsableSet | undefined> {
  const { loadValidatedSet } = await import('../model/cached-set.js');
  const usable = await usableOrStop([await loadValidatedSet(dir)], print, run, stopNote);
  return usable && { set: usable.sets[0], warnings: usable.warnings };
}

/** The same for sets already loaded (diff's two versions): all of them usable, or their problems printed and exit 1. */
export async function usableOrStop(
  loaded: readonly ValidatedSet[],
  print: PrintOptions,
  run: (code: number) => void,
  stopNote?: string,
): Promise<{ sets: IndicatorSet[]; warnings: Diagnostic[] } | undefined> {
  const diagnostics = loaded.flatMap((l) => l.diagnostics);
  const sets = loaded.map((l) => l.set).filter((s): s is IndicatorSet => s !== undefined);
  if (sets.length === loaded.length && exitCodeFor(diagnostics) === 0) return { sets, warnings: diagnostics };
  await printDiagnostics(diagnostics, print.format, print);
  if (stopNote) note(stopNote, print);
  run(1);
  return undefined;
}
