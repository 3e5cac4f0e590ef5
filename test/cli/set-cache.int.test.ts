import { appendFileSync, chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/run-cli.js';

// Issue 17: a validated set is cached by its content hash; a cached run prints exactly what an uncached one prints.
describe('the validated-set cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'set-cache-'));
  const set = join(work, 'set');
  cpSync(join(REPO, 'indicators'), set, { recursive: true });
  // A schema problem, so that the cached diagnostics (with line and column) are part of the output compared.
  appendFileSync(join(set, 'set.yaml'), 'bogus: 1\n');
  const cache = join(work, 'cache');
  let fresh = 0;
  /** A run with an empty cache of its own: what the set gives without any cache. */
  const uncached = (args: string[]) => runCli(args, { env: { INDICATORS_CACHE_DIR: join(work, `fresh-${fresh++}`) } });
  const cached = (args: string[]) => runCli(args, { env: { INDICATORS_CACHE_DIR: cache } });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives the same output, exit code and diagnostics cached and uncached, and keeps the cache out of the set folder', () => {
    for (const args of [
      ['validate', '--set', set, '--format', 'json'],
      ['validate', '--set', set, '--lang', 'en'],
      ['validate', '--set', set],
    ]) {
      const first = cached(args);
      expect(first.stdout + first.stderr).toContain('bogus');
      const second = cached(args);
      expect(second).toEqual(first);
      expect(uncached(args)).toEqual(first);
    }
    expect(readdirSync(cache).filter((f) => f.endsWith('.bin')).length).toBeGreaterThan(0);
    expect(readdirSync(set).sort()).toEqual(readdirSync(join(REPO, 'indicators')).sort());
  });

  it('is invalidated by an edit to any YAML file', () => {
    const args = ['validate', '--set', set, '--format', 'json'];
    cached(args);
    const group = join(set, 'groups', readdirSync(join(set, 'groups')).sort()[0]);
    appendFileSync(group, 'unknown_field: 2\n');
    const edited = cached(args);
    expect(edited.stdout).toContain('unknown_field');
    expect(edited).toEqual(uncached(args));
  });

  it('is invalidated by adding or editing systems.yaml (issue 13)', () => {
    const args = ['validate', '--set', set, '--format', 'json'];
    cached(args);
    writeFileSync(join(set, 'systems.yaml'), 'systems:\n  - { id: TTHC, name: Hệ thống TTHC, owner: KHONG_CO }\n');
    const added = cached(args);
    expect(added.stdout).toContain('unknown-system-owner');
    expect(added).toEqual(uncached(args));
    writeFileSync(join(set, 'systems.yaml'), 'systems:\n  - { id: TTHC, name: Hệ thống TTHC, owner: KHONG_CO_NUA }\n');
    const edited = cached(args);
    expect(edited.stdout).toContain('KHONG_CO_NUA');
    expect(edited).toEqual(uncached(args));
    rmSync(join(set, 'systems.yaml'));
  });

  it('never uses a cache folder that others may write (a planted entry would be a wrong set)', () => {
    const shared = join(work, 'shared-cache');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const args = ['validate', '--set', set, '--format', 'json'];
    const run = runCli(args, { env: { INDICATORS_CACHE_DIR: shared } });
    expect(run).toEqual(uncached(args));
    expect(readdirSync(shared)).toEqual([]);
  });

  it('ignores a corrupt cache entry', () => {
    const args = ['validate', '--set', set, '--format', 'json'];
    const before = cached(args);
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), 'not a cache entry');
    expect(cached(args)).toEqual(before);
    expect(cached(args)).toEqual(before);
  });
});
