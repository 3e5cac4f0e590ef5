import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root (holding package.json, schemas/, templates/, indicators/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The tool version from package.json, written into every template's `_meta`. */
export const TOOL_VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
