// The set's content hash is written into every template and compared when a return comes back: the faster canonical
// JSON (issue 17) must print exactly what the form it replaced printed, or every template in use would turn stale.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/model/build-set.js';
import { loadAndValidateSet } from '../../src/model/index.js';

/** The form used before issue 17, kept as the reference. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonicalJson', () => {
  it('prints what the reference prints, edge cases included', () => {
    const values: unknown[] = [
      { b: undefined, a: [1, undefined, null, 'x', Number.NaN, { z: 1, y: [] }], é: 'Tỉnh "Quảng Ngãi"\n', E: 2, '10': 3, '9': 4, n: null, t: true, f: false },
      [[], {}, [undefined], 0, -0, 1e21, 0.1],
      'chuỗi',
      12.5,
      null,
      true,
    ];
    for (const value of values) expect(canonicalJson(value)).toBe(reference(value));
  });

  it('gives the bundled set the hash the reference gives it', async () => {
    const { info, units, agencies, breakdowns, groups, rules, systems, contentHash } = (await loadAndValidateSet('indicators')).set!;
    const hashed = { info, units, agencies, breakdowns, groups, rules, ...(systems.length ? { systems } : {}) };
    expect(contentHash).toBe(createHash('sha256').update(reference(hashed)).digest('hex'));
  });
});
