import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireScript } from '../helpers/programs.js';
import { REPO } from '../helpers/run-cli.js';

// A run in a terminal shows a spinner (ora, imported on demand through the launcher: src/cli/launch.ts). A terminal
// that reports no width made the spinner clear lines forever: there is none then.
const BIN = join(REPO, 'bin', 'indicators.cjs');
const run = requireScript();

/** `validate`, then `check` of the workbooks under test/fixtures (rejected: they are no returns), in a pseudo-terminal `cols` wide (0: no size). */
function inTerminal(cols: number): { code: number | null; out: string } {
  const command = `${cols ? `stty cols ${cols}; ` : ''}node ${JSON.stringify(BIN)} validate --set ${JSON.stringify(join(REPO, 'indicators'))} && node ${JSON.stringify(BIN)} check --set ${JSON.stringify(join(REPO, 'indicators'))} ${JSON.stringify(join(REPO, 'test', 'fixtures'))}`;
  // Not as in CI: ora prints a plain line instead of spinning when CI is set (as the suite's CI run sets it).
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { input: '', encoding: 'utf8', timeout: 60_000, env });
  return { code: r.status, out: r.stdout };
}

describe.runIf(run)('in a terminal', () => {
  it('shows the spinner in a terminal with a width, and ends', () => {
    const r = inTerminal(100);
    expect(r.code, r.out.slice(-500)).not.toBeNull();
    // ora hides the cursor while it spins and shows it again.
    expect(r.out).toContain('\u001b[?25l');
    expect(r.out).toContain('\u001b[?25h');
  });

  it('ends without a spinner in a terminal that reports no width', () => {
    const r = inTerminal(0);
    expect(r.code, r.out.slice(-500)).not.toBeNull();
    expect(r.out).not.toContain('\u001b[?25l');
    expect(r.out.length).toBeLessThan(200_000);
  });
});
