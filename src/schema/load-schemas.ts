import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SchemaKind } from './validate-document.js';

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
const cache = new Map<SchemaKind, ValidateFunction>();
let ajv: Ajv2020 | undefined;

/** The compiled validator of one schema, compiled once on first use (validate pays only for what it reads). */
export function validatorFor(kind: SchemaKind): ValidateFunction {
  const hit = cache.get(kind);
  if (hit) return hit;
  // strict: unknown keywords are schema bugs; allErrors: report every problem in one run;
  // verbose: errors carry parentSchema, where titles and descriptions come from.
  if (!ajv) {
    ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
    ajv.addVocabulary(['x-description-en']);
  }
  const schema = JSON.parse(readFileSync(new URL(`${kind}.schema.json`, SCHEMA_DIR), 'utf8'));
  const validate = ajv.compile(schema);
  cache.set(kind, validate);
  return validate;
}

/** Names of the schema files shipped in `schemas/`. */
export const SCHEMA_KINDS: SchemaKind[] = ['set', 'units', 'agencies', 'breakdowns', 'group', 'rules'];

/** Path of the shipped schema files (for `indicators schema --out`). */
export function schemaFileUrl(kind: SchemaKind): URL {
  return new URL(`${kind}.schema.json`, SCHEMA_DIR);
}
