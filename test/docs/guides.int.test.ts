// The data officer's guides are run: every ```bash block of docs/huong-dan.md and docs/guide.md is executed in order
// from the repository root (`npx indicators` is the built CLI), must exit as marked (`# exit N`, else 0), and every
// line of the ```text block that follows it must appear in what it printed (a line ending in "…" by its start).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';

const BIN = join(REPO, 'bin', 'indicators.cjs');

interface Block {
  lang: string;
  body: string;
  line: number;
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) out.push({ lang: m[1], body: m[2], line: markdown.slice(0, m.index).split('\n').length });
  return out;
}

function runGuide(file: string): string[] {
  const failures: string[] = [];
  const list = blocks(readFileSync(join(REPO, file), 'utf8'));
  list.forEach((b, i) => {
    if (b.lang !== 'bash') return;
    const expected = Number(/# exit (\d+)\s*$/m.exec(b.body)?.[1] ?? 0);
    // `npm run demo` is `npm run build && node scripts/demo.js`: dist/ is built before the suite (npm test), and
    // rebuilding it here would rewrite dist/ under the other test files running in parallel.
    const script = b.body.replace(/\bnpx indicators\b/g, `node ${JSON.stringify(BIN)}`).replace(/\bnpm run demo\b/g, 'node scripts/demo.js');
    const r = spawnSync('bash', ['-e', '-c', script], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const printed = `${r.stdout}\n${r.stderr}`;
    if (r.status !== expected) failures.push(`${file}:${b.line}: exit ${r.status}, expected ${expected}\n${r.stderr.slice(-800)}`);
    const shown = list[i + 1]?.lang === 'text' ? list[i + 1] : undefined;
    for (const line of shown?.body.split('\n') ?? []) {
      const want = line.trimEnd().replace(/…$/, '').trimEnd();
      if (!want || want === '…') continue;
      if (!printed.includes(want)) failures.push(`${file}:${shown!.line}: not printed: ${want}`);
    }
  });
  return failures;
}

describe('the guides run as written', () => {
  it('docs/huong-dan.md', () => {
    rmSync(join(REPO, 'demo-output', 'huong-dan'), { recursive: true, force: true });
    expect(runGuide('docs/huong-dan.md')).toEqual([]);
  }, 600_000);

  it('docs/guide.md', () => {
    rmSync(join(REPO, 'demo-output', 'guide'), { recursive: true, force: true });
    expect(runGuide('docs/guide.md')).toEqual([]);
  }, 600_000);
});
