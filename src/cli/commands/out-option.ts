import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { cliText } from '../../i18n/cli.js';
import { probeWritable } from '../../io/probe-writable.js';
import { OutputError, UsageError } from '../errors.js';

/**
 * `--out` (or `option`, e.g. `--annotate`) must name a folder (new or existing) that holds none of the inputs: writing there would replace what the
 * user gave (a usage error, exit 2), and that can be written (an `OutputError`, exit 1); checked before anything is
 * read or written.
 */
export function checkOutDir(out: string, inputs: readonly string[] = [], option = '--out'): void {
  let info;
  try {
    info = statSync(out, { throwIfNoEntry: false });
  } catch (error) {
    throw new OutputError(out, error as NodeJS.ErrnoException);
  }
  if (info && !info.isDirectory()) {
    throw new UsageError(cliText().options.outIsFile(out, option), cliText().options.outIsFileHint);
  }
  const target = resolve(out);
  // Neither holding an input nor inside an input folder: the next run over that folder would read what is written.
  const overlaps = (p: string) => target === resolve(p) || resolve(p).startsWith(target + sep) || (target.startsWith(resolve(p) + sep) && statSync(p, { throwIfNoEntry: false })?.isDirectory());
  if (inputs.some(overlaps)) {
    throw new UsageError(cliText().options.outHoldsInputs(out, option), cliText().options.outHoldsInputsHint(option));
  }
  checkWritable(out);
}

/**
 * An output folder (new or existing) must be writable before any work starts: otherwise an `OutputError` naming it
 * (exit 1), with nothing created.
 */
export function checkWritable(folder: string): void {
  const problem = probeWritable(folder);
  if (problem) throw new OutputError(folder, problem);
}
