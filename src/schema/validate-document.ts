import type { Diagnostic } from '../diagnostics/index.js';
import { validatorFor } from './load-schemas.js';
import type { SchemaKind } from './kinds.js';
import { translateErrors } from './translate-errors.js';

export type { SchemaKind } from './kinds.js';

/**
 * Validates one parsed YAML document against its JSON Schema; returns one diagnostic per problem,
 * each with `location.path` (resolved to line/column when printed).
 */
export async function validateDocument(kind: SchemaKind, value: unknown, file: string): Promise<Diagnostic[]> {
  const validate = await validatorFor(kind);
  if (validate(value)) return [];
  return translateErrors(validate.errors ?? [], file);
}
