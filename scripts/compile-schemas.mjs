#!/usr/bin/env node
// Build step: compiles schemas/*.schema.json into standalone ajv validators (dist/schema/validators.js), so
// `indicators validate` does not pay for ajv's schema compilation at every start (about 150 ms on 2 cores).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const KINDS = ['set', 'units', 'agencies', 'breakdowns', 'group', 'rules', 'systems'];
// The same options as src/schema/load-schemas.ts (the fallback when the generated file is missing).
const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, code: { source: true, esm: true } });
ajv.addVocabulary(['x-description-en']);
const refs = {};
for (const kind of KINDS) {
  const schema = JSON.parse(readFileSync(new URL(`../schemas/${kind}.schema.json`, import.meta.url), 'utf8'));
  ajv.addSchema(schema);
  refs[kind] = schema.$id;
}
// One validator per list item too (src/schema/kinds.ts, built by tsc before this step): the loader's type guards.
const { ITEM_SCHEMAS } = await import('../dist/schema/kinds.js');
for (const [item, { kind, pointer }] of Object.entries(ITEM_SCHEMAS)) refs[item] = `${refs[kind]}#${pointer}`;
const code = standaloneCode.default(ajv, refs);
mkdirSync(new URL('../dist/schema/', import.meta.url), { recursive: true });
// ajv's ESM output still calls require() for its runtime helpers (ajv-validator/ajv#2209): give it one.
const header = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
writeFileSync(new URL('../dist/schema/validators.js', import.meta.url), header + code.replace(/^"use strict";/, ''));
