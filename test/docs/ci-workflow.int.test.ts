// The CI files in docs/ci are run here, step by step, as a runner would: `npx indicators` becomes the built CLI,
// `npm ci` and `uses:` actions (checkout, setup-node, SARIF upload, release upload) are the runner's part and skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';

const BIN = join(REPO, 'bin', 'indicators.js');
const hasGit = spawnSync('git', ['--version']).status === 0;
const hasZip = spawnSync('zip', ['-v']).status === 0;
if (!hasGit || !hasZip) {
  const msg = `CI-workflow test needs git and zip (Debian packages: git, zip)`;
  if (process.env.CI === 'true') throw new Error(msg);
  console.warn(`SKIPPED: ${msg}`);
}

type Step = { name?: string; run?: string; uses?: string; if?: string };

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

describe.skipIf(!hasGit || !hasZip)('docs/ci workflows, run locally', () => {
  const gh = parse(readFileSync(join(REPO, 'docs/ci/github-actions.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };

  it('GitHub Actions, pull request: annotations on the changed line, a SARIF file, and the diff', () => {
    const dir = workspace((d) => {
      const file = join(d, 'indicators/groups/chuyen-doi-so.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/owner: SKHCN/, 'owner: SKHCM'));
    });
    const env = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' };
    const results = runnable(gh.jobs.validate.steps).map((s) => ({ step: s, ...runStep(s.run!, dir, env) }));
    const [annotate, sarif, diff] = results;
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
