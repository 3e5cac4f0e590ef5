// Issue 11, crashes: an output folder that cannot be written is a clear message naming it, exit 1, nothing
// half-written. The suite runs as root in CI, which ignores permission bits, so the real runs use places root cannot
// write either (below a regular file, /proc, /sys); the EACCES branch is covered by the error mapping's unit test.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError, OutputError } from '../../src/cli/errors.js';
import { makeSet } from '../helpers/make-set.js';
import { spawnSync } from 'node:child_process';
import { REPO, runCli } from '../helpers/run-cli.js';

/** runCli with a time limit: before the fix, Node's recursive mkdir looped for ever on /proc (SIGKILL: a synchronous loop never runs the SIGTERM handler). */
function runLimited(args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'indicators.cjs'), ...args], {
    cwd: REPO,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'unwritable-'));
const aFile = join(dir, 'a-file');
writeFileSync(aFile, 'not a folder');
const inbox = join(dir, 'inbox');

const PLACES: [string, string][] = [
  ['below a regular file (ENOTDIR)', join(aFile, 'out')],
  ['in /proc', '/proc/indicators-test-out'],
  ['in /sys', '/sys/indicators-test-out'],
];

const COMMANDS: [string, (out: string, set: string) => string[], (out: string) => string][] = [
  ['compile', (out, set) => ['compile', '--set', set, '--period', '2026-Q1', '--out', out], (out) => out],
  ['merge', (out, set) => ['merge', inbox, '--set', set, '--period', '2026-Q1', '--out', out], (out) => out],
  ['catalog', (out, set) => ['catalog', '--set', set, '--out', join(out, 'phu-luc.xlsx')], (out) => out],
  ['init', (out) => ['init', out], (out) => out],
  ['schema', (out) => ['schema', '--out', out], (out) => out],
  ['check --annotate', (out, set) => ['check', inbox, '--set', set, '--annotate', out], (out) => out],
];

describe('an output folder that cannot be written', () => {
  const set = makeSet();
  writeFileSync(join(dir, 'placeholder'), '');
  for (const [command, args, named] of COMMANDS) {
    it.each(PLACES)(`${command}: %s is exit 1 with a message naming the folder, nothing left behind`, (_name, out) => {
      if (!existsSync(inbox)) runCli(['compile', '--set', set, '--period', '2026-Q1', '--out', inbox, '--unit', '1001', '--quiet']);
      const before = readdirSync(dir).sort();
      const r = runLimited(args(out, set));
      expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
      expect(r.stderr).not.toMatch(/nội bộ|internal/i);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(named(out));
      expect(readdirSync(dir).sort()).toEqual(before);
      expect(existsSync(out)).toBe(false);
    });
  }
});

describe('describeFsError (the one place fs errors become messages)', () => {
  const fsError = (code: string, path: string, syscall = 'mkdir') => Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, path, syscall });

  it.each(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOSPC'])('%s while writing an output folder names the folder', (code) => {
    const text = describeFsError(new OutputError('bao-cao/2026-Q1', fsError(code, 'bao-cao/2026-Q1/.report.tmp')));
    expect(text?.message).toContain('bao-cao/2026-Q1');
    expect(text?.message).toContain(code);
    expect(text?.hint).toBeTruthy();
  });

  it('a bare permission error names its path; anything else is not an fs problem it knows', () => {
    expect(describeFsError(fsError('EACCES', '/srv/out/x.xlsx', 'open'))?.message).toContain('/srv/out/x.xlsx');
    expect(describeFsError(new Error('boom'))).toBeUndefined();
    expect(describeFsError(fsError('EISCONN', '/x'))).toBeUndefined();
  });
});
