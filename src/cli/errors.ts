import { cliText } from '../i18n/cli.js';

/** A mistake in how the command was called: printed without a stack, exit code 2 (style §12). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file-system error while writing an output folder: printed naming the folder, exit code 1, never a stack. */
export class OutputError extends Error {
  constructor(
    readonly folder: string,
    override readonly cause: NodeJS.ErrnoException,
  ) {
    super(`${folder}: ${cause.code ?? cause.message}`);
    this.name = 'OutputError';
  }
}

/** An errno code whose reason the CLI can put in words (`cliText().fs.reasons`). */
const known = (code: string): boolean => Object.hasOwn(cliText().fs.reasons, code);

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
  if (!code || !known(code) || (!output && !BARE.has(code))) return undefined;
  const t = cliText().fs;
  const reason = `${t.reasons[code]} (${code})`;
  if (output) {
    return { message: t.cannotWrite(error.folder, reason), hint: t.cannotWriteHint };
  }
  const path = cause.path ?? '?';
  return { message: t.cannotAccess(path, reason), hint: t.cannotAccessHint };
}

/** Runs `write`, turning a file-system error into an `OutputError` that names `folder`. */
export async function writingTo<T>(folder: string, write: () => Promise<T> | T): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException)?.code === 'string' && known((error as NodeJS.ErrnoException).code!)) throw new OutputError(folder, error as NodeJS.ErrnoException);
    throw error;
  }
}
