import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter, OutputFormat } from './types.js';

/** Every output format, by name (style §8). */
export const FORMATTERS: Record<OutputFormat, Formatter> = { stylish, json, github, sarif };

export const FORMAT_NAMES = Object.keys(FORMATTERS) as OutputFormat[];

export type { Formatter, FormatOptions, OutputFormat } from './types.js';
