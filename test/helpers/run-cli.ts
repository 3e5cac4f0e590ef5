import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/indicators.cjs', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (the test script builds dist/ first) with NO_COLOR, outside GitHub Actions unless asked. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env?.GITHUB_ACTIONS) delete env.GITHUB_ACTIONS;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A readable snapshot of a run, with temp folders replaced by `<dir>`. */
export function snapshotOf(r: CliResult, dir?: string): string {
  const clean = (s: string) => (dir ? s.split(dir).join('<dir>') : s);
  return `exit ${r.code}\n--- stdout\n${clean(r.stdout)}--- stderr\n${clean(r.stderr)}`;
}
