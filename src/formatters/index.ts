import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter, OutputFormat } from './types.js';

/** Every output format, by name (style §8). */
export const FORMATTERS: Record<OutputFormat, Formatter> = { stylish, json, github, sarif };

export { FORMAT_NAMES } from './names.js';

export type { Formatter, FormatOptions, OutputFormat } from './types.js';
