import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SET_CHECKS } from '../../src/model/checks/index.js';
import { FILE_CHECKS } from '../../src/submission/checks/index.js';

// A check written but not listed never runs and nothing else notices: every function exported by a check module is
// in its list, except the helpers named here.
const HELPERS: Record<string, string[]> = {
  'src/model/checks/': ['mayBeDeclared', 'parsedFormulas', 'at'],
  'src/submission/checks/': ['ratioParts', 'agrees'],
};
const NOT_CHECKS = ['index.ts', 'types.ts', 'context.ts', 'locate.ts', 'declared.ts'];

async function exportedFunctions(dir: string): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const root = new URL(`../../${dir}`, import.meta.url);
  for (const name of readdirSync(root).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && !NOT_CHECKS.includes(n))) {
    const module = (await import(new URL(name, root).href)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(module)) if (typeof value === 'function' && !HELPERS[dir].includes(key)) out.set(`${name}: ${key}`, value);
  }
  return out;
}

describe('every check is registered', () => {
  it.each([
    ['src/model/checks/', SET_CHECKS],
    ['src/submission/checks/', FILE_CHECKS],
  ] as const)('%s', async (dir, list) => {
    const found = await exportedFunctions(dir);
    expect(found.size).toBe(list.length);
    const missing = [...found].filter(([, fn]) => !(list as readonly unknown[]).includes(fn)).map(([name]) => name);
    expect(missing, 'add these to the list in index.ts (or to HELPERS if they are not checks)').toEqual([]);
  });
});
