import type { Diagnostic } from '../diagnostics/index.js';
import { validatorFor } from './load-schemas.js';
import { translateErrors } from './translate-errors.js';

/** The YAML documents of an indicator-set folder, one JSON Schema each. */
export type SchemaKind = 'set' | 'units' | 'agencies' | 'breakdowns' | 'group' | 'rules';

/**
 * Validates one parsed YAML document against its JSON Schema; returns one diagnostic per problem,
 * each with `location.path` (resolved to line/column when printed).
 */
export async function validateDocument(kind: SchemaKind, value: unknown, file: string): Promise<Diagnostic[]> {
  const validate = await validatorFor(kind);
  if (validate(value)) return [];
  return translateErrors(validate.errors ?? [], file);
}
