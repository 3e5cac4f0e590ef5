import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { ITEM_SCHEMAS, type ItemKind, type SchemaKind } from './kinds.js';

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
const cache = new Map<SchemaKind | ItemKind, ValidateFunction>();
let ajv: Ajv2020 | undefined;

let precompiled: Promise<Partial<Record<SchemaKind | ItemKind, ValidateFunction>>> | undefined;

/**
 * The validator of one schema (or of one list item's part of it, `ITEM_SCHEMAS`): the one precompiled at build time
 * (scripts/compile-schemas.mjs) when present, else compiled here once on first use.
 */
export async function validatorFor(kind: SchemaKind | ItemKind): Promise<ValidateFunction> {
  const hit = cache.get(kind);
  if (hit) return hit;
  precompiled ??= import('./validators.js').then(
    (built) => built as Partial<Record<SchemaKind | ItemKind, ValidateFunction>>,
    () => ({}),
  );
  const built = (await precompiled)[kind];
  if (built) {
    cache.set(kind, built);
    return built;
  }
  return kind in ITEM_SCHEMAS ? compileItemValidator(kind as ItemKind) : compileValidator(kind as SchemaKind);
}

function compileItemValidator(item: ItemKind): ValidateFunction {
  const { kind, pointer } = ITEM_SCHEMAS[item];
  const id = `https://indicators.local/schemas/${kind}.schema.json`;
  if (!ajv?.getSchema(id)) compileValidator(kind);
  const validate = ajv?.getSchema(`${id}#${pointer}`);
  if (!validate) throw new Error(`No schema at ${id}#${pointer}`);
  cache.set(item, validate);
  return validate;
}

function compileValidator(kind: SchemaKind): ValidateFunction {
  // strict: unknown keywords are schema bugs; allErrors: report every problem in one run;
  // verbose: errors carry parentSchema, where titles and descriptions come from.
  if (!ajv) {
    // Loaded only here: with the precompiled validators, validate never loads ajv's compiler.
    const { Ajv2020: Ajv } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    ajv = new Ajv({ strict: true, allErrors: true, verbose: true });
    ajv.addVocabulary(['x-description-en']);
  }
  const schema = JSON.parse(readFileSync(new URL(`${kind}.schema.json`, SCHEMA_DIR), 'utf8'));
  const validate = ajv.compile(schema);
  cache.set(kind, validate);
  return validate;
}

/** Names of the schema files shipped in `schemas/`. */
export const SCHEMA_KINDS: SchemaKind[] = ['set', 'units', 'agencies', 'breakdowns', 'group', 'rules', 'systems'];

/** Path of the shipped schema files (for `indicators schema --out`). */
export function schemaFileUrl(kind: SchemaKind): URL {
  return new URL(`${kind}.schema.json`, SCHEMA_DIR);
}
