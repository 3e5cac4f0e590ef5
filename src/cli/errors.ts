import { pick } from '../diagnostics/index.js';

/** A mistake in how the command was called: printed without a stack, exit code 2 (style §12). */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file-system error while writing an output folder: printed naming the folder, exit code 1, never a stack. */
export class OutputError extends Error {
  constructor(readonly folder: string, override readonly cause: NodeJS.ErrnoException) {
    super(`${folder}: ${cause.code ?? cause.message}`);
    this.name = 'OutputError';
  }
}

/** Why a file-system operation failed, by errno code, in words a data officer can act on. */
const REASONS: Record<string, { vi: string; en: string }> = {
  EACCES: { vi: 'không có quyền ghi', en: 'permission denied' },
  EPERM: { vi: 'hệ thống không cho phép ghi', en: 'operation not permitted' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'read-only file system' },
  ENOTDIR: { vi: 'một phần của đường dẫn là tệp, không phải thư mục', en: 'part of the path is a file, not a folder' },
  ENOENT: { vi: 'không tạo được thư mục ở vị trí này', en: 'a folder cannot be created there' },
  EISDIR: { vi: 'đã có một thư mục trùng tên tệp cần ghi', en: 'a folder has the name of a file to write' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'no space left on the device' },
  EDQUOT: { vi: 'vượt hạn mức dung lượng', en: 'disk quota exceeded' },
  EEXIST: { vi: 'đã có tệp trùng tên', en: 'a file with that name exists' },
};

/** Codes that mean "this place cannot be written" even outside a known output step (never ENOENT: a missing input). */
const BARE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);

/**
 * The one place file-system errors become messages: an `OutputError` (a command writing its output folder) or a bare
 * permission / read-only / disk-full error from anywhere. Undefined for anything else (an internal error).
 */
export function describeFsError(error: unknown): { message: string; hint: string } | undefined {
  const output = error instanceof OutputError;
  const cause = (output ? error.cause : error) as NodeJS.ErrnoException | undefined;
  const code = cause?.code;
  if (!code || !REASONS[code] || (!output && !BARE.has(code))) return undefined;
  const reason = `${pick(REASONS[code])} (${code})`;
  if (output) {
    return {
      message: pick({ vi: `Không ghi được vào thư mục "${error.folder}": ${reason}`, en: `Cannot write to the folder "${error.folder}": ${reason}` }),
      hint: pick({
        vi: 'Chọn một thư mục mà bạn có quyền ghi (ví dụ trong thư mục dự án). Không có tệp nào được ghi dở.',
        en: 'Choose a folder you can write to (e.g. inside the project folder). Nothing was half-written.',
      }),
    };
  }
  const path = cause.path ?? '?';
  return {
    message: pick({ vi: `Không truy cập được "${path}": ${reason}`, en: `Cannot access "${path}": ${reason}` }),
    hint: pick({ vi: 'Kiểm tra quyền của tệp/thư mục này, hoặc chọn vị trí khác.', en: 'Check the permissions of this file or folder, or choose another place.' }),
  };
}

/** Runs `write`, turning a file-system error into an `OutputError` that names `folder`. */
export async function writingTo<T>(folder: string, write: () => Promise<T> | T): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException)?.code === 'string' && REASONS[(error as NodeJS.ErrnoException).code!]) throw new OutputError(folder, error as NodeJS.ErrnoException);
    throw error;
  }
}
