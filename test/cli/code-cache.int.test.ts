import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandWord } from '../../src/cli/launch.js';
import { REPO, runCli } from '../helpers/run-cli.js';

// Issue 17: bin/indicators.cjs loads the bundled CLI (dist/run/indicators.cjs) with V8's code cache of an earlier run
// of the same command (src/cli/launch.ts). An entry changes how fast a run is, never what it prints.
describe('the code cache of the bundled CLI', () => {
  const work = mkdtempSync(join(tmpdir(), 'code-cache-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const set = join(REPO, 'indicators');
  const form = join(work, 'forms');
  const codeEntries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('code-') && f.endsWith('.v8')) : []);

  it('is written by the first run of a command, used by the next, and the output is the same', () => {
    const cache = join(work, 'cache');
    const env = { INDICATORS_CACHE_DIR: cache };
    const args = ['validate', '--set', set, '--format', 'json'];
    // Entries another build left: the new validate entry replaces validate's, and leaves other commands' alone.
    mkdirSync(cache, { mode: 0o700 });
    writeFileSync(join(cache, 'code-validate-v0-x64-1-2-3.v8'), 'old build');
    writeFileSync(join(cache, 'code-check-v0-x64-1-2-3.v8'), 'old build');
    const first = runCli(args, { env });
    expect(first.code).toBe(0);
    expect(existsSync(join(cache, 'code-validate-v0-x64-1-2-3.v8'))).toBe(false);
    expect(existsSync(join(cache, 'code-check-v0-x64-1-2-3.v8'))).toBe(true);
    rmSync(join(cache, 'code-check-v0-x64-1-2-3.v8'));
    const entries = codeEntries(cache);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^code-validate-/);
    const written = statSync(join(cache, entries[0]));
    expect(written.size).toBeGreaterThan(10_000);
    expect(written.mode & 0o077).toBe(0);
    const second = runCli(args, { env });
    expect(second).toEqual(first);
    // Used, not rewritten: V8 accepted it.
    expect(statSync(join(cache, entries[0])).mtimeMs).toBe(written.mtimeMs);
    // Another command compiles other code: an entry of its own.
    expect(runCli(['--version'], { env }).code).toBe(0);
    expect(codeEntries(cache)).toHaveLength(2);
  });

  it('ignores and replaces an entry V8 refuses (damaged, truncated, another file)', () => {
    const cache = join(work, 'damaged');
    const env = { INDICATORS_CACHE_DIR: cache };
    const args = ['validate', '--set', set, '--lang', 'en'];
    const first = runCli(args, { env });
    const [entry] = codeEntries(cache);
    for (const junk of ['not a code cache', Buffer.alloc(200_000, 7)]) {
      writeFileSync(join(cache, entry), junk);
      expect(runCli(args, { env })).toEqual(first);
      expect(statSync(join(cache, entry)).size).toBeGreaterThan(10_000);
      expect(runCli(args, { env })).toEqual(first);
    }
  });

  it('never reads or writes a cache folder others may write', () => {
    const shared = join(work, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const args = ['validate', '--set', set];
    const r = runCli(args, { env: { INDICATORS_CACHE_DIR: shared } });
    expect(r.code).toBe(0);
    expect(readdirSync(shared)).toEqual([]);
  });

  it('runs a command that loads packages on demand (exceljs) from another folder, cached and not', () => {
    const cache = join(work, 'elsewhere');
    cpSync(set, join(work, 'set'), { recursive: true });
    for (const round of [1, 2]) {
      const out = join(work, `catalog-${round}.xlsx`);
      const r = runCli(['catalog', '--set', join(work, 'set'), '--out', out], { cwd: tmpdir(), env: { INDICATORS_CACHE_DIR: cache } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/ExperimentalWarning|Error/);
      expect(statSync(out).size).toBeGreaterThan(1000);
    }
    expect(codeEntries(cache).some((f) => f.startsWith('code-catalog-'))).toBe(true);
  });

  it('checks returns on worker threads started from the bundle', () => {
    // 200 copies of one generated return: check starts worker threads from 200 files (dist/run/check-worker.js).
    mkdirSync(form, { recursive: true });
    const compiled = join(work, 'templates');
    expect(runCli(['compile', '--set', set, '--period', '2026-Q1', '--unit', 'SCT', '--out', compiled]).code).toBe(0);
    const template = readdirSync(compiled).find((f) => f.endsWith('.xlsx'))!;
    for (let i = 0; i < 200; i++) {
      mkdirSync(join(form, `d${i}`));
      cpSync(join(compiled, template), join(form, `d${i}`, template));
    }
    const r = runCli(['check', '--set', set, '--format', 'json', form]);
    const results = JSON.parse(r.stdout).files as { status: string }[];
    expect(results).toHaveLength(200);
    // An empty template is rejected for its blank rows; the 199 copies after the first are duplicates: all checked.
    expect(new Set(results.map((f) => f.status))).toEqual(new Set(['rejected']));
  });

  it('chooses the entry by the command word', () => {
    expect(commandWord(['node', 'indicators', 'check', 'x'])).toBe('check');
    expect(commandWord(['node', 'indicators', '--lang', 'en'])).toBe('-');
    expect(commandWord(['node', 'indicators'])).toBe('-');
    expect(commandWord(['node', 'indicators', '../../etc'])).toBe('-');
  });
});
