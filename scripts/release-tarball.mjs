#!/usr/bin/env node
// `npm run release:tarball [-- --out DIR] [--no-build]`: one file for offline provincial networks. Packs the package (built by
// prepack), installs its runtime dependencies from package-lock.json into a staging copy, and packs that again with
// `bundleDependencies`, so `npm install --offline ./bo-chi-so-<version>.tgz` needs nothing else.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? process.argv[outArg + 1] : '.');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args, cwd) => execFileSync(npm, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], shell: process.platform === 'win32', encoding: 'utf8' });

const stage = mkdtempSync(join(tmpdir(), 'bo-chi-so-release-'));
try {
  // 1. The package as published (prepack builds dist/), unpacked into the staging folder.
  // --no-build (the test, while other tests run the built CLI): dist/ as it is, prepack not run.
  const noBuild = process.argv.includes('--no-build') ? ['--ignore-scripts'] : [];
  const [packed] = JSON.parse(run(['pack', '--json', ...noBuild, '--pack-destination', stage], root));
  execFileSync('tar', ['-xzf', join(stage, packed.filename), '-C', stage]);
  const dir = join(stage, 'package');
  // 2. Its runtime dependencies, the versions of the lockfile, bundled.
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.bundleDependencies = Object.keys(pkg.dependencies ?? {});
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  copyFileSync(join(root, 'package-lock.json'), join(dir, 'package-lock.json'));
  run(['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], dir);
  // 3. One file.
  const [bundled] = JSON.parse(run(['pack', '--json', '--ignore-scripts', '--pack-destination', stage], dir));
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, bundled.filename);
  rmSync(target, { force: true });
  renameSync(join(stage, bundled.filename), target);
  process.stderr.write(`${target} (${(bundled.size / 1024 / 1024).toFixed(1)} MB, ${pkg.bundleDependencies.length} dependencies bundled)\n`);
  process.stdout.write(`${target}\n`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
