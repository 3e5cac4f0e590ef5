/** The YAML documents of an indicator-set folder, one JSON Schema each. */
export type SchemaKind = 'set' | 'units' | 'agencies' | 'breakdowns' | 'group' | 'rules' | 'systems';

/** The list items of those documents that the loader keeps or leaves out one by one. */
export type ItemKind = 'unit' | 'agency' | 'breakdown' | 'indicator' | 'rule' | 'system';

/**
 * Where each item's schema is: the document's schema and the JSON pointer of its list's `items`. The build
 * (scripts/compile-schemas.mjs) compiles a validator for each, exported under the item kind's name.
 */
export const ITEM_SCHEMAS: Record<ItemKind, { kind: SchemaKind; pointer: string }> = {
  unit: { kind: 'units', pointer: '/properties/units/items' },
  agency: { kind: 'agencies', pointer: '/properties/agencies/items' },
  breakdown: { kind: 'breakdowns', pointer: '/properties/breakdowns/items' },
  indicator: { kind: 'group', pointer: '/properties/indicators/items' },
  rule: { kind: 'rules', pointer: '/properties/rules/items' },
  system: { kind: 'systems', pointer: '/properties/systems/items' },
};
