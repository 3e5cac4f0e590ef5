import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The model is written once: scripts/build-schemas.mjs → schemas/*.schema.json → src/model/generated/documents.ts
// (scripts/build-types.mjs) → src/model/types.ts. `npm run schemas` rewrites both generated parts.
const root = new URL('../../', import.meta.url);
const script = (name: string) => import(new URL(`scripts/${name}`, root).href);

describe('the model is written once', () => {
  it('schemas/*.schema.json are what scripts/build-schemas.mjs writes', async () => {
    const { buildSchemas } = await script('build-schemas.mjs');
    const expected = buildSchemas() as Record<string, string>;
    expect(Object.keys(expected).sort()).toEqual(['agencies', 'breakdowns', 'group', 'rules', 'set', 'systems', 'units']);
    for (const [name, text] of Object.entries(expected)) {
      expect(readFileSync(new URL(`schemas/${name}.schema.json`, root), 'utf8'), `schemas/${name}.schema.json is stale: run npm run schemas`).toBe(text);
    }
  });

  it('src/model/generated/documents.ts is what scripts/build-types.mjs generates from the schemas', async () => {
    const { buildTypes, readSchemas, TYPES_FILE } = await script('build-types.mjs');
    const expected = (await buildTypes(readSchemas())) as string;
    expect(readFileSync(TYPES_FILE as URL, 'utf8'), 'src/model/generated/documents.ts is stale: run npm run schemas').toBe(expected);
  });
});
