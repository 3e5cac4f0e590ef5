import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ENTRIES, cacheDir, openCacheDir, pruneCacheDir, trustedCacheDir } from '../../src/io/cache-dir.js';

// The folder of the caches (validated sets, compiled code): trusted only when no one else may write it, and pruned
// so that a machine running many sets (or the test suite) does not fill its temp folder.
describe('the cache folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'cache-dir-'));
  const saved = process.env.INDICATORS_CACHE_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.INDICATORS_CACHE_DIR;
    else process.env.INDICATORS_CACHE_DIR = saved;
  });

  it('is made with mode 700 and trusted; a folder others may write is not', () => {
    process.env.INDICATORS_CACHE_DIR = join(work, 'own');
    expect(cacheDir()).toBe(join(work, 'own'));
    expect(trustedCacheDir()).toBe(false);
    expect(openCacheDir()).toBe(true);
    expect(trustedCacheDir()).toBe(true);
    process.env.INDICATORS_CACHE_DIR = join(work, 'shared');
    mkdirSync(join(work, 'shared'));
    chmodSync(join(work, 'shared'), 0o777);
    expect(openCacheDir()).toBe(false);
  });

  it('keeps the newest half when it holds more than MAX_ENTRIES entries, and nothing is removed below that', () => {
    const dir = join(work, 'full');
    process.env.INDICATORS_CACHE_DIR = dir;
    expect(openCacheDir()).toBe(true);
    for (let i = 0; i < MAX_ENTRIES; i++) writeFileSync(join(dir, `e${i}.bin`), 'x');
    pruneCacheDir();
    expect(readdirSync(dir)).toHaveLength(MAX_ENTRIES);
    const total = MAX_ENTRIES + 10;
    for (let i = 0; i < total; i++) {
      const file = join(dir, `e${i}.bin`);
      writeFileSync(file, 'x');
      // Entry i was written i seconds after the first: the oldest are the lowest numbers.
      utimesSync(file, 1_700_000_000 + i, 1_700_000_000 + i);
    }
    pruneCacheDir();
    const kept = readdirSync(dir)
      .map((n) => Number(n.slice(1, -4)))
      .sort((a, b) => a - b);
    expect(kept).toHaveLength(MAX_ENTRIES / 2);
    expect(kept[0]).toBe(total - MAX_ENTRIES / 2);
    rmSync(dir, { recursive: true, force: true });
  });

  it('never throws when the folder cannot be listed', () => {
    process.env.INDICATORS_CACHE_DIR = join(work, 'missing', 'deeper');
    expect(() => pruneCacheDir()).not.toThrow();
    expect(openCacheDir()).toBe(false);
  });
});
