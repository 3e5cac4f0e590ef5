// The CI files in docs/ci are run here, step by step, as a runner would: `npx indicators` becomes the built CLI,
// `npm ci` and `uses:` actions (checkout, setup-node, SARIF upload, release upload) are the runner's part and skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';

const BIN = join(REPO, 'bin', 'indicators.cjs');
const hasGit = spawnSync('git', ['--version']).status === 0;
const hasZip = spawnSync('zip', ['-v']).status === 0;
if (!hasGit || !hasZip) {
  const msg = `CI-workflow test needs git and zip (Debian packages: git, zip)`;
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`SKIPPED: ${msg}`);
}

type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, string>; env?: Record<string, string> };
type Action = { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } };

/** A copy of the bundled set in a git repository whose main branch is also `origin/main`, as on a pull request. */
function workspace(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-workflow-'));
  cpSync(join(REPO, 'indicators'), join(dir, 'indicators'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'bộ chỉ số');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  edit?.(dir);
  return dir;
}

function runStep(script: string, cwd: string, env: Record<string, string>) {
  const local = script.replace(/\bnpx indicators\b/g, `node ${JSON.stringify(BIN)}`);
  const r = spawnSync('bash', ['-e', '-c', local], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const runnable = (steps: Step[]) => steps.filter((s) => s.run && !/^npm (ci|install)\b/.test(s.run));

/** This repository's action.yml (the workflow's `uses: OWNER/bo-chi-so@…`), as the runner runs a composite action. */
const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const isOurAction = (s: Step) => /^[^/]+\/bo-chi-so@/.test(s.uses ?? '');

/**
 * Runs a job's steps as a runner would: our action's steps in its place (inputs from `with:` or their defaults,
 * GITHUB_ACTION_PATH the repository, GITHUB_ENV carried from step to step); the other `uses:` and `npm ci` skipped.
 */
function runJob(steps: Step[], cwd: string, env: Record<string, string>) {
  const envFile = join(cwd, '.github-env');
  writeFileSync(envFile, '');
  const carried = (): Record<string, string> =>
    Object.fromEntries(
      readFileSync(envFile, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
  const results: { step: Step; code: number; stdout: string; stderr: string }[] = [];
  for (const step of steps) {
    if (isOurAction(step)) {
      expect(action.runs.using).toBe('composite');
      const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, step.with?.[k] ?? v.default ?? '']));
      const fill = (text: string) => text.replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, k: string) => inputs[k] ?? '');
      for (const inner of action.runs.steps) {
        const stepEnv = Object.fromEntries(Object.entries(inner.env ?? {}).map(([k, v]) => [k, fill(String(v))]));
        results.push({ step: inner, ...runStep(fill(inner.run!), cwd, { ...env, ...carried(), ...stepEnv, GITHUB_ACTION_PATH: REPO, GITHUB_ENV: envFile }) });
      }
    } else if (runnable([step]).length) results.push({ step, ...runStep(step.run!, cwd, { ...env, ...carried(), GITHUB_ENV: envFile }) });
  }
  return results;
}

describe.skipIf(!hasGit || !hasZip)('docs/ci workflows, run locally', () => {
  const gh = parse(readFileSync(join(REPO, 'docs/ci/github-actions.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };

  it('GitHub Actions, pull request: annotations on the changed line, a SARIF file, and the diff', () => {
    const dir = workspace((d) => {
      const file = join(d, 'indicators/groups/chuyen-doi-so.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/owner: SKHCN/, 'owner: SKHCM'));
    });
    const env = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' };
    expect(gh.jobs.validate.steps.filter(isOurAction)).toHaveLength(1);
    const results = runJob(gh.jobs.validate.steps, dir, env);
    const [tool, annotate, sarif, diff] = results;
    expect(tool.code, tool.stderr).toBe(0);
    expect(annotate.code).toBe(1);
    expect(annotate.stdout).toMatch(/^::error file=indicators\/groups\/chuyen-doi-so\.yaml,line=\d+,col=\d+/m);
    expect(annotate.stdout).toContain('unknown-agency');
    expect(sarif.code).toBe(0);
    const log = JSON.parse(readFileSync(join(dir, 'indicators.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('unknown-agency');
    expect(diff.code, diff.stderr).toBe(1); // the changed set has an error: diff lists it instead
    expect(diff.stdout + diff.stderr).toContain('unknown-agency');
  });

  it('the action: strict fails on a warning, and the copy installed in the repository is the one used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-action-'));
    cpSync(join(REPO, 'templates/init'), join(dir, 'indicators'), { recursive: true });
    const units = join(dir, 'indicators/units.yaml');
    writeFileSync(units, readFileSync(units, 'utf8').replace(/^units:$/m, 'units:\n  - { code: K1, name: Cơ quan khác, kind: other }')); // unit-owes-nothing: a warning
    const installed = join(dir, 'node_modules/bo-chi-so/bin');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(installed, 'indicators.cjs'), `require(${JSON.stringify(BIN)});\n`);
    const run = (strict: string) => runJob([{ uses: 'OWNER/bo-chi-so@v0.1.0', with: { set: 'indicators', strict, sarif: 'out.sarif' } }], dir, { GITHUB_ACTIONS: 'true' });
    const lax = run('false');
    expect(readFileSync(join(dir, '.github-env'), 'utf8')).toContain(join('node_modules', 'bo-chi-so', 'bin', 'indicators.cjs'));
    expect(lax.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(lax[1].stdout).toMatch(/^::warning file=indicators\/units\.yaml,line=\d+,col=\d+,title=unit-owes-nothing/m);
    const strict = run('true');
    expect(strict.map((r) => r.code)).toEqual([0, 1, 0]);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['unit-owes-nothing']);
  });

  it('GitHub Actions, tag: this quarter\'s templates zipped and the annex', () => {
    const dir = workspace();
    const results = runnable(gh.jobs.release.steps).map((s) => runStep(s.run!, dir, { PERIOD: '2026-Q1' }));
    expect(results.map((r) => r.code), results.map((r) => r.stderr).join('\n')).toEqual([0]);
    expect(existsSync(join(dir, 'release/bieu-mau-2026-Q1.zip'))).toBe(true);
    expect(existsSync(join(dir, 'release/bieu-mau-2026-Q1/manifest.json'))).toBe(true);
    expect(existsSync(join(dir, 'release/phu-luc.xlsx'))).toBe(true);
  });

  it('GitLab CI: the merge-request job fails on the error and keeps the SARIF; the tag job builds the templates', () => {
    const gl = parse(readFileSync(join(REPO, 'docs/ci/gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[] }>;
    const bad = workspace((d) => writeFileSync(join(d, 'indicators/groups/x.yaml'), 'id: x\nname: X\nindicators: []\nfoo: 1\n'));
    const lines = gl['validate-indicators'].script.filter((l) => !/^npm /.test(l));
    const validate = runStep(lines.join('\n'), bad, { GITLAB_CI: 'true' });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('schema-unknown-property');
    expect(JSON.parse(readFileSync(join(bad, 'indicators.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    const good = workspace();
    const release = runStep(gl['release-templates'].script.filter((l) => !/^npm /.test(l)).join('\n'), good, { PERIOD: '2026-Q1' });
    expect(release.code, release.stderr).toBe(0);
    expect(existsSync(join(good, 'release/bieu-mau-2026-Q1/manifest.json'))).toBe(true);
  });
});
