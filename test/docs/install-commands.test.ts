// Every install command in the docs names this package: on the npm registry `indicators` belongs to an unrelated
// package, so `npm install indicators` would run a stranger's code. `npx indicators …` runs the bin of the package
// already installed; a one-off `npx` must name the package (`npx --package bo-chi-so indicators …`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';

const NAME: string = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).name;
const BIN = 'indicators';

function docs(): string[] {
  const ci = readdirSync(join(REPO, 'docs/ci')).map((f) => `docs/ci/${f}`);
  const md = readdirSync(join(REPO, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', 'action.yml', ...md, ...ci];
}

/** The words of a command up to the end of the shell command (`&&`, `;`, `|`, a comment, a closing quote or backtick). */
function words(rest: string): string[] {
  const end = rest.search(/&&|\|\||[;|#`'")]/);
  return (end < 0 ? rest : rest.slice(0, end)).trim().split(/\s+/).filter(Boolean);
}

/** The problems with one line: install commands naming another package, one-off npx of another package. */
export function foreignInstalls(line: string): string[] {
  const problems: string[] = [];
  for (const m of line.matchAll(/\bnpm\s+(?:install|i|add|ci)\b(.*)/g)) {
    for (const w of words(m[1])) {
      if (w.startsWith('-')) continue;
      const tarball = new RegExp(`(^|[\\\\/])${NAME}-[^\\\\/]*\\.tgz$`);
      if (w !== NAME && !w.startsWith(`${NAME}@`) && !tarball.test(w)) problems.push(`npm install ${w}`);
    }
  }
  for (const m of line.matchAll(/\bnpx\s+(.*)/g)) {
    const ws = words(m[1]);
    const pkg = ws.findIndex((w) => w === '--package' || w === '-p' || w.startsWith('--package='));
    if (pkg >= 0) {
      const named = ws[pkg].startsWith('--package=') ? ws[pkg].slice('--package='.length) : ws[pkg + 1];
      if (named !== NAME && !named?.startsWith(`${NAME}@`)) problems.push(`npx --package ${named}`);
    } else if (ws[0] !== BIN) problems.push(`npx ${ws[0]}`);
  }
  return problems;
}

describe('install commands in the docs', () => {
  it('the package has a name of its own and keeps the indicators command', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.name).not.toBe('indicators');
    expect(pkg.bin).toEqual({ indicators: 'bin/indicators.cjs' });
  });

  it('the checker tells this package from another', () => {
    expect(foreignInstalls('npm install --save-dev indicators')).toEqual(['npm install indicators']);
    expect(foreignInstalls('npm i -D something-else')).toEqual(['npm install something-else']);
    expect(foreignInstalls('npx some-tool validate')).toEqual(['npx some-tool']);
    expect(foreignInstalls('npx --package indicators indicators validate')).toEqual(['npx --package indicators']);
    expect(foreignInstalls(`npm install --save-dev ${NAME}`)).toEqual([]);
    expect(foreignInstalls(`npm install --offline ./${NAME}-0.1.0.tgz`)).toEqual([]);
    expect(foreignInstalls(`npm install && npm run demo`)).toEqual([]);
    expect(foreignInstalls(`run: npx indicators validate --set indicators`)).toEqual([]);
    expect(foreignInstalls(`npx --package ${NAME} indicators validate`)).toEqual([]);
  });

  it('README, the guides, docs/ci and action.yml install only this package', () => {
    const found: string[] = [];
    for (const file of docs()) {
      readFileSync(join(REPO, file), 'utf8')
        .split('\n')
        .forEach((line, i) => found.push(...foreignInstalls(line).map((p) => `${file}:${i + 1}: ${p}`)));
    }
    expect(found).toEqual([]);
  });

  it('the README install section names the package and the offline tarball', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme).toContain(`npm install --save-dev ${NAME}`);
    expect(readme).toMatch(new RegExp(`npm install --offline \\./${NAME}-\\d+\\.\\d+\\.\\d+\\.tgz`));
  });
});
