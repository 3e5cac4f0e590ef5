import type { OutputFormat } from './types.js';

/** The output formats, without loading any formatter (the CLI's option parsing needs only the names). */
export const FORMAT_NAMES: OutputFormat[] = ['stylish', 'json', 'github', 'sarif'];
