import { makeDiagnostic, pick, type Diagnostic } from '../../diagnostics/index.js';
import type { ReceivedDates } from '../../report/read-received.js';
import type { DatasetRow } from '../../submission/read-previous.js';
import { UsageError } from '../errors.js';

/** A file system error code in words. */
function reasonText(reason: string): string {
  const words: Record<string, { vi: string; en: string }> = {
    ENOENT: { vi: 'không tồn tại', en: 'does not exist' },
    EACCES: { vi: 'không có quyền đọc', en: 'no permission to read it' },
    EPERM: { vi: 'không có quyền đọc', en: 'no permission to read it' },
    EISDIR: { vi: 'là thư mục, không phải tệp', en: 'is a folder, not a file' },
  };
  return words[reason] ? pick(words[reason]) : reason;
}

/** `--previous`: the dataset's rows, or a usage error (exit 2) naming the file, never a stack trace. */
export async function readPreviousOption(path: string): Promise<DatasetRow[]> {
  const { DatasetError, readDataset } = await import('../../submission/read-previous.js');
  try {
    return await readDataset(path);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    throw new UsageError(
      pick({ vi: `Không dùng được tệp --previous ${path}: ${reasonText(error.reason)}`, en: `Cannot use the --previous file ${path}: ${reasonText(error.reason)}` }),
      pick({ vi: 'Truyền dataset.csv hoặc dataset.json do lệnh merge của kỳ trước ghi ra.', en: 'Pass the dataset.csv or dataset.json written by the previous period’s merge.' }),
    );
  }
}

/** `--received`: the dates read, or a usage error (exit 2) naming the file when the list cannot be used at all. */
export async function readReceivedOption(path: string): Promise<ReceivedDates> {
  const { ReceivedError, readReceived } = await import('../../report/read-received.js');
  try {
    return await readReceived(path);
  } catch (error) {
    if (!(error instanceof ReceivedError)) throw error;
    throw new UsageError(
      pick({ vi: `Không dùng được tệp --received ${path}: ${reasonText(error.reason)}`, en: `Cannot use the --received file ${path}: ${reasonText(error.reason)}` }),
      pick({
        vi: 'Tệp CSV (dấu , hoặc ;) có cột "file" (hoặc "tệp") và "received" (hoặc "ngày nhận"), ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd.',
        en: 'A CSV (, or ;) with the columns "file" (or "tệp") and "received" (or "ngày nhận"), dates as dd/mm/yyyy or yyyy-mm-dd.',
      }),
    );
  }
}

/** Nothing to check is a problem, not a clean run: the paths given held no return. */
export function noSubmissions(paths: readonly string[]): Diagnostic {
  return makeDiagnostic('no-submissions', { location: { file: paths.join(', ') }, params: { path: paths.join(', ') } });
}
