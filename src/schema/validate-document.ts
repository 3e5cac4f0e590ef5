import type { Diagnostic } from '../diagnostics/index.js';

/** The YAML documents of an indicator-set folder, one JSON Schema each. */
export type SchemaKind = 'set' | 'units' | 'agencies' | 'breakdowns' | 'group' | 'rules';

/**
 * Validates one parsed YAML document against its JSON Schema; returns one diagnostic per problem,
 * each with `location.path` (resolved to line/column later). Placeholder until the schemas land.
 */
export function validateDocument(_kind: SchemaKind, _value: unknown, _file: string): Diagnostic[] {
  return [];
}
