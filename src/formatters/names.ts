import type { OutputFormat } from './types.js';

/** Every output format once (a Record, so a format added to `OutputFormat` but not here fails to compile). */
const NAMES: Record<OutputFormat, true> = { stylish: true, json: true, github: true, sarif: true };

/** The output formats, without loading any formatter (the CLI's option parsing needs only the names). */
export const FORMAT_NAMES = Object.keys(NAMES) as OutputFormat[];
