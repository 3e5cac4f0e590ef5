/** A mistake in how the command was called: printed without a stack, exit code 2 (style §12). */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}
