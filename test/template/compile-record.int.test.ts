// Issue 11, compile keeps its record: manifest.json lists every template the folder holds (not only this run's), a
// refused run changes nothing, and content changed under the same set version is refused, and named so by `check`.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_SET, makeSet } from '../helpers/make-set.js';
import { REPO, runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'compile-record-'));
/** Every file of a folder with its sha256: "byte-identical folder". */
const state = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map(
      (f) =>
        `${f}:${createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex')}`,
    );
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const compile = (set: string, out: string, ...extra: string[]) => runCli(['compile', '--set', set, '--period', '2026-Q1', '--out', out, '--format', 'json', ...extra]);
const codes = (stdout: string) => JSON.parse(stdout).diagnostics.map((d: { code: string }) => d.code);
/** The tiny set with one indicator renamed: other content, same version. */
const renamed = (version = '1.0.0') =>
  makeSet({
    'groups/a.yaml': TINY_SET['groups/a.yaml'].replace('name: Hồ sơ trực tuyến', 'name: Hồ sơ nộp trực tuyến'),
    'set.yaml': TINY_SET['set.yaml'].replace('version: 1.0.0', `version: ${version}`),
  });

describe('compile keeps the record of the folder', () => {
  it('a run for one unit keeps the other templates in manifest.json', () => {
    const out = tmp();
    const set = makeSet();
    expect(compile(set, out).code).toBe(0);
    const before = manifestOf(out);
    expect(before.files.map((f: { unit: string }) => f.unit)).toEqual(['1001', '1002', '1003']);
    expect(compile(set, out, '--unit', '1001').code).toBe(0);
    expect(manifestOf(out).files).toEqual(before.files);
  });

  it('a run that writes nothing leaves manifest.json as it was', () => {
    const out = tmp();
    const set = makeSet();
    expect(compile(set, out).code).toBe(0);
    const before = state(out);
    expect(compile(set, out, '--unit', 'SA').code).toBe(0);
    expect(state(out)).toEqual(before);
  });

  it('drops the entries of templates no longer in the folder or changed since', () => {
    const out = tmp();
    const set = makeSet();
    expect(compile(set, out).code).toBe(0);
    rmSync(join(out, '1002_tiny_2026-Q1.xlsx'));
    writeFileSync(join(out, '1003_tiny_2026-Q1.xlsx'), 'edited');
    expect(compile(set, out, '--unit', '1001').code).toBe(0);
    expect(manifestOf(out).files.map((f: { unit: string }) => f.unit)).toEqual(['1001']);
  });

  it('a refusal (output-exists) changes nothing in the folder', () => {
    const out = tmp();
    const set = makeSet();
    expect(compile(set, out).code).toBe(0);
    writeFileSync(join(out, '1002_tiny_2026-Q1.xlsx'), 'edited by hand');
    rmSync(join(out, '1003_tiny_2026-Q1.xlsx'));
    const before = state(out);
    const r = compile(set, out);
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual(['output-exists']);
    expect(state(out)).toEqual(before);
  });
});

describe('content changed under the same version', () => {
  it('compile refuses it (version-not-bumped), even with --force, and writes nothing', () => {
    const out = tmp();
    expect(compile(makeSet(), out).code).toBe(0);
    const before = state(out);
    for (const extra of [[], ['--force'], ['--unit', '1001', '--force']]) {
      const r = compile(renamed(), out, ...extra);
      expect(r.code, extra.join(' ')).toBe(1);
      expect(codes(r.stdout)).toEqual(['version-not-bumped']);
      expect(JSON.parse(r.stdout).diagnostics[0].message).toContain('1.0.0');
      expect(state(out)).toEqual(before);
    }
    // Raising the version is the way out.
    expect(compile(renamed('1.0.1'), out, '--force').code).toBe(0);
  });

  it('compile reads the content hash from the templates themselves when manifest.json is gone', () => {
    const out = tmp();
    expect(compile(makeSet(), out).code).toBe(0);
    rmSync(join(out, 'manifest.json'));
    const before = state(out);
    const r = compile(renamed(), out, '--force');
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual(['version-not-bumped', 'version-not-bumped', 'version-not-bumped']);
    expect(state(out)).toEqual(before);
  });

  it('check says "same version, different content", not a version change', () => {
    const out = tmp();
    expect(compile(makeSet(), out).code).toBe(0);
    const r = runCli(['check', join(out, '1001_tiny_2026-Q1.xlsx'), '--set', renamed(), '--format', 'json']);
    expect(r.code).toBe(1);
    const [d] = JSON.parse(r.stdout).files[0].diagnostics;
    expect(d.code).toBe('version-not-bumped');
    expect(d.location).toMatchObject({ sheet: 'Nhập liệu', cell: 'G7' });
  });
});

describe('a re-run that is refused for many files', () => {
  it('prints output-exists once, with the count and the first files (stylish); json keeps every one', () => {
    const out = tmp();
    const units = ['21211', '21172', '21034', '21025', '21028', '21451', '21457'];
    const bumped = join(tmp(), 'set');
    cpSync(join(REPO, 'indicators'), bumped, { recursive: true });
    writeFileSync(join(bumped, 'set.yaml'), readFileSync(join(bumped, 'set.yaml'), 'utf8').replace(/^version: .*$/m, 'version: 9.9.9'));
    expect(runCli(['compile', '--period', '2026-Q1', '--out', out, '--unit', ...units]).code).toBe(0);
    const r = runCli(['compile', '--set', bumped, '--period', '2026-Q1', '--out', out, '--unit', ...units]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/output-exists/g)).toHaveLength(1);
    expect(r.stdout).toContain('và 2 tệp khác');
    const json = runCli(['compile', '--set', bumped, '--period', '2026-Q1', '--out', out, '--unit', ...units, '--format', 'json']);
    expect(codes(json.stdout)).toEqual(units.map(() => 'output-exists'));
  });
});
