#!/usr/bin/env node
// Writes the bundled set's system exports (indicators/he-thong/*.csv) that `npm run demo` collects from: the
// generator's plausible values for every unit's system indicators. Run after changing which indicators are taken from
// a system: npm run build && node scripts/make-exports.mjs [period]
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadAndValidateSet } from '../dist/model/validate-set.js';
import { parsePeriod } from '../dist/model/period.js';
import { writeExports } from '../bench/generate/exports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const period = parsePeriod(process.argv[2] ?? '2026-Q1');
const { set } = await loadAndValidateSet(join(root, 'indicators'));
for (const file of writeExports(set, period, join(root, 'indicators'))) process.stdout.write(`${file.replace(root, '')}\n`);
