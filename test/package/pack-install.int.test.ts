// The package as users get it: `npm pack`, then `npm install <tarball>` into an empty folder outside the repository,
// and the installed `indicators` runs init, validate, compile, check and merge there. Dependencies come from the npm
// cache when they are there (--prefer-offline). The offline release tarball (`npm run release:tarball`, every runtime
// dependency bundled) installs with --offline and an empty cache.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { generateSubmissions } from '../helpers/generator.js';
import { REPO } from '../helpers/run-cli.js';

const PKG = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };
/** Size budget of the packed tarball (measured 336 kB packed, 1.5 MB unpacked at 0.1.0; 407 kB / 1.6 MB with collect, consult and the Word writer, source maps left out). */
const BUDGET = { packed: 450 * 1024, unpacked: 2 * 1024 * 1024 };
const NPM_TIMEOUT = 180_000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npmRun(args: string[], cwd: string): string {
  return execFileSync(npm, args, { cwd, encoding: 'utf8', timeout: NPM_TIMEOUT, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
}

/** An empty project folder in the system temp folder (outside the repository), the tarball installed into it. */
function installInto(tarball: string, extra: string[]): string {
  const app = mkdtempSync(join(tmpdir(), 'pack-install-app-'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'tinh-thu', private: true }));
  npmRun(['install', '--save-dev', '--no-audit', '--no-fund', ...extra, tarball], app);
  return app;
}

/** The installed bin, as `npx indicators` runs it. */
function indicators(app: string, args: string[]) {
  const bin = join(app, 'node_modules', PKG.name, 'bin', 'indicators.cjs');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.GITHUB_ACTIONS;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: app, env, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}\n${r.stderr}` };
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('the packed package, installed into an empty folder', () => {
  let packDir: string;
  let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
  let app: string;

  beforeAll(() => {
    packDir = mkdtempSync(join(tmpdir(), 'pack-'));
    temps.push(packDir);
    // dist/ is built by the test script (npm test builds first); --ignore-scripts keeps prepack from rebuilding.
    [packed] = JSON.parse(npmRun(['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], REPO));
    app = installInto(join(packDir, packed.filename), ['--prefer-offline']);
    temps.push(app);
  }, 2 * NPM_TIMEOUT);

  it('is named and sized as budgeted, carries dist/ and nothing from scripts/, test/ or bench/, and has no install script', () => {
    expect(packed.filename).toBe(`${PKG.name}-${PKG.version}.tgz`);
    expect(packed.size, `packed ${packed.size} bytes`).toBeLessThan(BUDGET.packed);
    expect(packed.unpackedSize, `unpacked ${packed.unpackedSize} bytes`).toBeLessThan(BUDGET.unpacked);
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('dist/run/indicators.cjs');
    expect(paths).toContain('bin/indicators.cjs');
    expect(paths.filter((p) => /^(scripts|test|bench|src)\//.test(p) || /\.test\.js$/.test(p))).toEqual([]);
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', PKG.name, 'package.json'), 'utf8'));
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(installed.scripts?.[hook]).toBeUndefined();
    expect(existsSync(join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'indicators.cmd' : 'indicators'))).toBe(true);
  });

  it('--version prints the tool version and, with a set, its id and version', () => {
    expect(indicators(app, ['--version']).out.trim()).toBe(PKG.version);
    expect(indicators(app, ['init', 'qn', '--example', 'quang-ngai']).code).toBe(0);
    const v = indicators(app, ['--version', '--set', 'qn', '--lang', 'en']);
    expect(v.out).toContain(`${PKG.version}\nindicator set qng-bo-chi-so v1.0.0 (${join('qn', 'set.yaml')})`);
  });

  it('init --example quang-ngai copies the bundled set, with editor schemas beside it, and it validates', () => {
    const set = join(app, 'qn');
    if (!existsSync(set)) expect(indicators(app, ['init', 'qn', '--example', 'quang-ngai']).code).toBe(0);
    expect(readdirSync(join(set, 'groups')).length).toBeGreaterThan(1);
    expect(readFileSync(join(set, 'set.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/schemas\/set\.schema\.json$/m);
    expect(readFileSync(join(set, 'groups', readdirSync(join(set, 'groups'))[0]), 'utf8')).toMatch(/\$schema=\.\.\/schemas\/group\.schema\.json$/m);
    expect(existsSync(join(set, 'schemas', 'group.schema.json'))).toBe(true);
    const r = indicators(app, ['validate', '--set', 'qn']);
    expect(r.code, r.out).toBe(0);
    expect(indicators(app, ['init', 'x', '--example', 'nowhere']).code).toBe(2);
  });

  it('init, validate, compile, check and merge run from the installed package', async () => {
    expect(indicators(app, ['init', 'bo-chi-so']).code).toBe(0);
    expect(indicators(app, ['validate', '--set', 'bo-chi-so']).code).toBe(0);
    const compiled = indicators(app, ['compile', '--set', 'bo-chi-so', '--period', '2026-Q1', '--out', 'bieu-mau']);
    expect(compiled.code, compiled.out).toBe(0);
    expect(readdirSync(join(app, 'bieu-mau')).filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThan(0);
    // the returns the units send back, filled by the synthetic generator from the installed tool's templates
    const set = (await loadAndValidateSet(join(app, 'bo-chi-so'))).set!;
    await generateSubmissions({ set, period: parsePeriod('2026-Q1')!, templatesDir: join(app, 'bieu-mau'), outDir: join(app, 'hop-thu') });
    const checked = indicators(app, ['check', 'hop-thu', '--set', 'bo-chi-so', '--period', '2026-Q1', '--annotate', 'tra-lai']);
    expect(checked.code, checked.out).toBe(0);
    const merged = indicators(app, ['merge', 'hop-thu', '--set', 'bo-chi-so', '--period', '2026-Q1', '--out', 'bao-cao']);
    expect(merged.code, merged.out).toBe(0);
    for (const f of ['report.xlsx', 'report.html', 'dataset.csv', 'dataset.json']) expect(existsSync(join(app, 'bao-cao', f)), f).toBe(true);
    expect(relative(REPO, app).startsWith('..')).toBe(true); // outside the repository
  });
});

describe('the offline release tarball (npm run release:tarball)', () => {
  it(
    'bundles every runtime dependency and installs with --offline and an empty cache',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'release-'));
      temps.push(out);
      const tarball = execFileSync(process.execPath, [join(REPO, 'scripts', 'release-tarball.mjs'), '--out', out, '--no-build'], {
        cwd: REPO,
        encoding: 'utf8',
        timeout: NPM_TIMEOUT,
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
      expect(tarball).toBe(join(out, `${PKG.name}-${PKG.version}.tgz`));
      const cache = join(out, 'empty-cache');
      mkdirSync(cache);
      const app = installInto(tarball, ['--offline', '--cache', cache]);
      temps.push(app);
      const installed = JSON.parse(readFileSync(join(app, 'node_modules', PKG.name, 'package.json'), 'utf8'));
      expect(installed.bundleDependencies).toEqual(Object.keys(PKG.dependencies));
      expect(indicators(app, ['init', 'bo-chi-so']).code).toBe(0);
      const r = indicators(app, ['validate', '--set', 'bo-chi-so']);
      expect(r.code, r.out).toBe(0);
    },
    3 * NPM_TIMEOUT,
  );
});
