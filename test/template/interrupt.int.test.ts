// Nothing lost (issue 7), compile: killed at random points, the output folder holds the previous complete set of
// templates or the new one, never some of each, and no staging folder is left behind.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/run-cli.js';

const BIN = join(REPO, 'bin', 'indicators.cjs');
let dir: string;
const sets = { a: '', b: '' };
const expected = { a: '', b: '' };
/** How long a whole compile takes on this machine: kills are spread from early in a run to after its end. */
let fullRunMs = 4000;
const SPREAD = [0.1, 1.8, 0.35, 2.0, 0.6, 1.6, 0.85, 2.2];

/** Hashes of every file in the folder (hidden staging folders would show up as entries too). */
function state(out: string): string {
  return readdirSync(out)
    .sort()
    .map((f) =>
      f.startsWith('.')
        ? `${f}!`
        : `${f}:${createHash('sha256')
            .update(readFileSync(join(out, f)))
            .digest('hex')
            .slice(0, 12)}`,
    )
    .join(' ');
}

const compile = (which: 'a' | 'b', out: string) => ['compile', '--set', sets[which], '--period', '2026-Q1', '--out', out, '--force', '--quiet'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compile-interrupt-'));
  sets.a = join(dir, 'set-a');
  sets.b = join(dir, 'set-b');
  cpSync(join(REPO, 'indicators'), sets.a, { recursive: true });
  cpSync(join(REPO, 'indicators'), sets.b, { recursive: true });
  const setFile = join(sets.b, 'set.yaml');
  writeFileSync(setFile, readFileSync(setFile, 'utf8').replace(/^version: .*$/m, 'version: 1.0.1'));
  for (const w of ['a', 'b'] as const) {
    const out = join(dir, `clean-${w}`);
    const t0 = Date.now();
    expect(runCli(compile(w, out)).code).toBe(0);
    fullRunMs = Date.now() - t0;
    expected[w] = state(out);
  }
  expect(expected.a).not.toBe(expected.b);
}, 300_000);

describe('an interrupted compile', () => {
  it('leaves all the previous templates or all the new ones, over 8 kills at random points', async () => {
    const out = join(dir, 'templates');
    cpSync(join(dir, 'clean-a'), out, { recursive: true });
    let current: 'a' | 'b' = 'a';
    let seed = 20261125;
    const outcomes: string[] = [];
    for (let run = 0; run < 8; run++) {
      const target: 'a' | 'b' = current === 'a' ? 'b' : 'a';
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // Alternately well inside a run and after its end (jittered), so both outcomes are exercised on any machine.
      const delay = Math.floor(fullRunMs * SPREAD[run] * (0.9 + (0.2 * (seed % 1000)) / 1000));
      const signal = run % 2 ? 'SIGTERM' : 'SIGINT';
      const child = spawn(process.execPath, [BIN, ...compile(target, out)], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
      const timer = setTimeout(() => child.kill(signal), delay);
      await new Promise((resolve) => child.on('exit', resolve));
      clearTimeout(timer);
      const now = state(out);
      const which: 'a' | 'b' | undefined = now === expected[current] ? current : now === expected[target] ? target : undefined;
      expect(which, `run ${run}: ${signal} after ${delay} ms left ${now}`).toBeDefined();
      outcomes.push(`${signal}@${delay}→${which === target ? 'new' : 'old'}`);
      current = which!;
    }
    expect(
      outcomes.some((o) => o.endsWith('old')),
      outcomes.join(' '),
    ).toBe(true);
    expect(
      outcomes.some((o) => o.endsWith('new')),
      outcomes.join(' '),
    ).toBe(true);
  }, 300_000);
});
