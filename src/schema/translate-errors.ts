import type { ErrorObject } from 'ajv';
import { getLanguage, makeDiagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics/index.js';
import { schemaTexts, textsOf } from '../i18n/index.js';
import { closest } from './closest.js';
import { displayPath, pointerToPath } from './pointer.js';

type SchemaNode = { title?: string; description?: string; 'x-description-en'?: string; properties?: Record<string, SchemaNode>; pattern?: string };

/** Which ajv error wins when several point at the same value (anyOf branches give one each). */
const PRIORITY: Record<string, number> = {
  required: 0,
  additionalProperties: 1,
  enum: 2,
  pattern: 3,
  minimum: 4,
  maximum: 4,
  exclusiveMinimum: 4,
  exclusiveMaximum: 4,
  minLength: 5,
  maxLength: 5,
  minItems: 5,
  maxItems: 5,
  uniqueItems: 6,
  type: 7,
};

const CODE_OF: Record<string, DiagnosticCode> = {
  required: 'schema-required',
  additionalProperties: 'schema-unknown-property',
  type: 'schema-type',
  enum: 'schema-enum',
  pattern: 'schema-pattern',
  minimum: 'schema-range',
  maximum: 'schema-range',
  exclusiveMinimum: 'schema-range',
  exclusiveMaximum: 'schema-range',
  minLength: 'schema-length',
  maxLength: 'schema-length',
  minItems: 'schema-length',
  maxItems: 'schema-length',
  uniqueItems: 'schema-unique',
};

/**
 * Turns ajv errors into one diagnostic per problem (style §6, §7): the path from the JSON Pointer, the code from the
 * keyword, the key itself for unknown properties, the parent object for missing ones, wording from the schema.
 */
export function translateErrors(errors: readonly ErrorObject[], file: string): Diagnostic[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const key = e.keyword === 'additionalProperties' ? `${e.instancePath}/${e.params.additionalProperty}` : e.instancePath;
    const list = byPath.get(key) ?? [];
    list.push(e);
    byPath.set(key, list);
  }
  const out: Diagnostic[] = [];
  for (const group of byPath.values()) {
    const required = group.filter((e) => e.keyword === 'required');
    const chosen = required.length > 0 ? required : [pickOne(group)];
    for (const e of chosen) out.push(toDiagnostic(e, group, file));
  }
  return out;
}

function pickOne(group: ErrorObject[]): ErrorObject {
  return [...group].sort((a, b) => (PRIORITY[a.keyword] ?? 9) - (PRIORITY[b.keyword] ?? 9))[0];
}

function describe(node: SchemaNode | undefined): string | undefined {
  if (!node) return undefined;
  return getLanguage() === 'en' ? (node['x-description-en'] ?? node.description) : node.description;
}

function toDiagnostic(e: ErrorObject, group: ErrorObject[], file: string): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const parent = e.parentSchema as SchemaNode | undefined;
  const code = CODE_OF[e.keyword] ?? 'schema-invalid';
  const field = displayPath(path) || textsOf(schemaTexts).fileRoot;
  const actual = typeof e.data === 'object' ? JSON.stringify(e.data) : String(e.data);
  const location = { file, path };
  switch (e.keyword) {
    case 'required': {
      const missing = String(e.params.missingProperty);
      const prop = parent?.properties?.[missing];
      return makeDiagnostic(code, { location, params: { field: missing, title: prop?.title, description: describe(prop) } });
    }
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      return makeDiagnostic(code, {
        location: { file, path: [...path, key] },
        onKey: true,
        params: { field: key, allowed: allowed.join(', '), suggestion: closest(key, allowed) },
      });
    }
    case 'type': {
      const types = [...new Set(group.filter((g) => g.keyword === 'type').flatMap((g) => String(g.params.type).split(',')))];
      const expected = types.map((t) => textsOf(schemaTexts).types[t] ?? t).join(textsOf(schemaTexts).or);
      return makeDiagnostic(code, { location, params: { field, expected, actual, description: describe(parent) } });
    }
    case 'enum':
      return makeDiagnostic(code, { location, params: { field, actual, allowed: (e.params.allowedValues as unknown[]).join(', ') } });
    case 'pattern':
      return makeDiagnostic(code, { location, params: { field, actual, pattern: String(e.params.pattern), description: describe(parent) } });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return makeDiagnostic(code, {
        location,
        params: { field, actual, comparison: String(e.params.comparison), limit: Number(e.params.limit), description: describe(parent) },
      });
    case 'minLength':
    case 'minItems':
    case 'maxLength':
    case 'maxItems': {
      const min = e.keyword.startsWith('min');
      const items = e.keyword.endsWith('Items');
      return makeDiagnostic(code, {
        location,
        params: {
          field,
          comparison: min ? textsOf(schemaTexts).atLeast : textsOf(schemaTexts).atMost,
          limit: Number(e.params.limit),
          what: items ? textsOf(schemaTexts).items : textsOf(schemaTexts).characters,
          description: describe(parent),
        },
      });
    }
    case 'uniqueItems':
      return makeDiagnostic(code, { location, params: { field } });
    default:
      return makeDiagnostic(code, { location, params: { field, detail: e.message ?? e.keyword, description: describe(parent) } });
  }
}
