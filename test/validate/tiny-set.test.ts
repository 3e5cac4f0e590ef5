import { describe, expect, it } from 'vitest';
import { loadAndValidateSet } from '../../src/model/index.js';
import { makeSet } from '../helpers/make-set.js';

describe('the tiny test set', () => {
  it('validates with no diagnostics', async () => {
    const { set, diagnostics } = await loadAndValidateSet(makeSet());
    expect(diagnostics).toEqual([]);
    expect(set?.indicators.map((i) => i.code)).toEqual(['A.01a', 'A.01b', 'A.01', 'B.01']);
  });
});
