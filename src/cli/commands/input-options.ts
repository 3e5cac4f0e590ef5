import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { cliText } from '../../i18n/cli.js';
import type { ReceivedDates } from '../../report/read-received.js';
import type { DatasetRow } from '../../submission/read-previous.js';
import { UsageError } from '../errors.js';

/** A file system error code in words. */
function reasonText(reason: string): string {
  const words = cliText().options.readReasons;
  return Object.hasOwn(words, reason) ? words[reason] : reason;
}

/** `--previous`: the dataset's rows, or a usage error (exit 2) naming the file, never a stack trace. */
export async function readPreviousOption(path: string): Promise<DatasetRow[]> {
  const { DatasetError, readDataset } = await import('../../submission/read-previous.js');
  try {
    return await readDataset(path);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    throw new UsageError(cliText().options.previousUnusable(path, reasonText(error.reason)), cliText().options.previousHint);
  }
}

/** `--received`: the dates read, or a usage error (exit 2) naming the file when the list cannot be used at all. */
export async function readReceivedOption(path: string): Promise<ReceivedDates> {
  const { ReceivedError, readReceived } = await import('../../report/read-received.js');
  try {
    return await readReceived(path);
  } catch (error) {
    if (!(error instanceof ReceivedError)) throw error;
    throw new UsageError(cliText().options.receivedUnusable(path, reasonText(error.reason)), cliText().options.receivedHint);
  }
}

/** Nothing to check is a problem, not a clean run: the paths given held no return. */
export function noSubmissions(paths: readonly string[]): Diagnostic {
  return makeDiagnostic('no-submissions', { location: { file: paths.join(', ') }, params: { path: paths.join(', ') } });
}
