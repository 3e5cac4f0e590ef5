import type {
  AgenciesDocument,
  AgencyDocument,
  BreakdownDocument,
  BreakdownsDocument,
  GroupDocument,
  IndicatorDocument,
  RuleDocument,
  RulesDocument,
  SetDocument,
  SystemDocument,
  SystemsDocument,
  UnitDocument,
  UnitsDocument,
} from '../model/generated/documents.js';
import type { ItemKind, SchemaKind } from './kinds.js';
import { validatorFor } from './load-schemas.js';

/** The type of each document, generated from its schema (scripts/build-types.mjs). */
export interface SchemaDocuments {
  set: SetDocument;
  units: UnitsDocument;
  agencies: AgenciesDocument;
  breakdowns: BreakdownsDocument;
  group: GroupDocument;
  rules: RulesDocument;
  systems: SystemsDocument;
}

/** The type of each list item (`ITEM_SCHEMAS`). */
export interface SchemaItems {
  unit: UnitDocument;
  agency: AgencyDocument;
  breakdown: BreakdownDocument;
  indicator: IndicatorDocument;
  rule: RuleDocument;
  system: SystemDocument;
}

/** Type guards backed by the schemas' validators: a value that passes has the type generated from the same schema. */
export interface SchemaGuards {
  document<K extends SchemaKind>(kind: K, value: unknown): value is SchemaDocuments[K];
  item<K extends ItemKind>(kind: K, value: unknown): value is SchemaItems[K];
}

const DOCUMENTS: SchemaKind[] = ['set', 'units', 'agencies', 'breakdowns', 'group', 'rules', 'systems'];
const ITEMS: ItemKind[] = ['unit', 'agency', 'breakdown', 'indicator', 'rule', 'system'];

/** Loads every validator once, so the guards can be called synchronously. */
export async function loadSchemaGuards(): Promise<SchemaGuards> {
  const validators = new Map<SchemaKind | ItemKind, (value: unknown) => boolean>();
  for (const kind of [...DOCUMENTS, ...ITEMS]) validators.set(kind, await validatorFor(kind));
  const passes = (kind: SchemaKind | ItemKind, value: unknown): boolean => validators.get(kind)?.(value) === true;
  return {
    document: <K extends SchemaKind>(kind: K, value: unknown): value is SchemaDocuments[K] => passes(kind, value),
    item: <K extends ItemKind>(kind: K, value: unknown): value is SchemaItems[K] => passes(kind, value),
  };
}
