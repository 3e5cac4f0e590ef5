import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// New-user review: after `init bo-chi-so --example quang-ngai` (README), every command run inside bo-chi-so/ finds
// the set there, as --version does; and the common options may come before the command name.

const work = mkdtempSync(join(tmpdir(), 'default-set-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the default set folder', () => {
  it('is the current folder when it holds set.yaml and there is no ./indicators', () => {
    expect(runCli(['init', 'bo-chi-so', '--example', 'quang-ngai'], { cwd: work }).code).toBe(0);
    const inside = join(work, 'bo-chi-so');
    const r = runCli(['validate'], { cwd: inside });
    expect(r.code, r.stderr).toBe(0);
    expect(runCli(['--version'], { cwd: inside }).stdout).toContain('(set.yaml)');
    const catalog = runCli(['catalog', '--format', 'json'], { cwd: inside });
    expect(catalog.code, catalog.stderr).toBe(0);
  });

  it('says which folders it looked in and how to name one when there is none', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const r = runCli(['validate'], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có thư mục ./indicators, thư mục hiện tại cũng không có set.yaml');
    expect(r.stderr).toContain('--set THƯ_MỤC');
  });
});

describe('common options before the command name', () => {
  it('accepts --lang, --no-color and --quiet before the command', () => {
    const completion = runCli(['--lang', 'en', 'completion', 'bash'], { cwd: work });
    expect(completion.code, completion.stderr).toBe(0);
    expect(completion.stdout).toContain('complete');
    const r = runCli(['--lang', 'en', '--no-color', '--quiet', 'validate', '--set', 'bo-chi-so'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr + r.stdout).not.toContain('unknown option');
    const init = runCli(['--quiet', 'init', '--help'], { cwd: work });
    expect(init.code, init.stderr).toBe(0);
  });
});
