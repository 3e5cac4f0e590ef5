// Nothing lost (issue 7): merge killed at random points, 24 times, always leaves the output folder holding either the
// previous complete report or the new complete one; a failure midway leaves the previous one and the user's files.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledTemplates } from '../helpers/bundled-fixture.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { generateSubmissions } from '../helpers/generator.js';

const FILES = ['dataset.csv', 'dataset.json', 'report.html', 'report.xlsx'];
const BIN = join(REPO, 'bin', 'indicators.cjs');
let dir: string;
const inbox = { a: '', b: '' };
const expected: Record<'a' | 'b', string> = { a: '', b: '' };
/** How long a whole merge takes on this machine: kills are spread from early in a run to after its end. */
let fullRunMs = 2000;

/** The four outputs' hashes, or a description of what is there instead. */
function state(out: string): string {
  if (!existsSync(out)) return 'missing';
  const present = readdirSync(out)
    .filter((f) => FILES.includes(f))
    .sort();
  if (present.length !== FILES.length) return `partial: ${present.join(',')}`;
  return FILES.map((f) =>
    createHash('sha256')
      .update(readFileSync(join(out, f)))
      .digest('hex')
      .slice(0, 16),
  ).join(' ');
}

function merge(which: 'a' | 'b', out: string): string[] {
  return ['merge', inbox[which], '--period', '2026-Q1', '--out', out, '--received', join(dir, `received-${which}.csv`), '--quiet'];
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

beforeAll(async () => {
  const fixture = await bundledTemplates();
  const { set, period, templates } = fixture;
  dir = fixture.dir;
  const units = set.units
    .filter((u) => u.kind !== 'province')
    .map((u) => u.code)
    .slice(0, 40);
  inbox.a = join(dir, 'inbox-a');
  inbox.b = join(dir, 'inbox-b');
  await generateSubmissions({ set, period, templatesDir: templates, outDir: inbox.a, units });
  // The second round differs: ten units more, and other values (a different seed through `adjust`).
  await generateSubmissions({
    set,
    period,
    templatesDir: templates,
    outDir: inbox.b,
    units: set.units
      .filter((u) => u.kind !== 'province')
      .map((u) => u.code)
      .slice(0, 50),
    adjust: (values: Map<string, unknown>) => {
      for (const [k, v] of values) if (typeof v === 'number' && Number.isInteger(v)) values.set(k, v + 1);
    },
  });
  for (const w of ['a', 'b'] as const) writeFileSync(join(dir, `received-${w}.csv`), ['file,received', ...readdirSync(inbox[w]).map((f) => `${f},18/03/2026`)].join('\n'));
  for (const w of ['a', 'b'] as const) {
    const out = join(dir, `clean-${w}`);
    const t0 = Date.now();
    expect(runCli(merge(w, out)).code).toBe(0);
    fullRunMs = Date.now() - t0;
    expected[w] = state(out);
  }
  expect(expected.a).not.toBe(expected.b);
}, 600_000);

describe('an interrupted merge', () => {
  it('leaves the previous complete report or the new one, never a mix, over 24 kills at random points', async () => {
    const out = join(dir, 'report');
    cpSync(join(dir, 'clean-a'), out, { recursive: true });
    writeFileSync(join(out, 'ghi-chu-cua-toi.txt'), 'tệp của người dùng');
    const next = random(20261125);
    let current: 'a' | 'b' = 'a';
    const outcomes: string[] = [];
    for (let run = 0; run < 24; run++) {
      const target: 'a' | 'b' = current === 'a' ? 'b' : 'a';
      const signal = run % 2 === 0 ? 'SIGINT' : 'SIGTERM';
      const delay = Math.floor(fullRunMs * (0.05 + 1.75 * next()));
      const child = spawn(process.execPath, [BIN, ...merge(target, out)], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      const timer = setTimeout(() => child.kill(signal), delay);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      clearTimeout(timer);
      const now = state(out);
      const which: 'a' | 'b' | undefined = now === expected[current] ? current : now === expected[target] ? target : undefined;
      expect(which, `run ${run} (${signal} after ${delay} ms, exit ${code}): ${now}\n${stderr}`).toBeDefined();
      expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(readFileSync(join(out, 'ghi-chu-cua-toi.txt'), 'utf8')).toBe('tệp của người dùng');
      outcomes.push(`${signal}@${delay}ms→${which === target ? 'new' : 'old'}`);
      current = which!;
    }
    // No temporary folders left beside the report after SIGINT/SIGTERM.
    expect(readdirSync(dir).filter((f) => f.startsWith('.report.'))).toEqual([]);
    // Both outcomes happened: some runs were stopped before the swap, some finished.
    expect(
      outcomes.some((o) => o.endsWith('old')),
      outcomes.join(' '),
    ).toBe(true);
    expect(
      outcomes.some((o) => o.endsWith('new')),
      outcomes.join(' '),
    ).toBe(true);
  }, 600_000);

  it("keeps the previous report and the user's files when writing fails midway", async () => {
    const out = join(dir, 'report-fail');
    cpSync(join(dir, 'clean-a'), out, { recursive: true });
    writeFileSync(join(out, 'ghi-chu.txt'), 'giữ nguyên');
    const { writeReport } = await import('../../src/report/write-report.js');
    const { mergeSubmissions } = await import('../../src/report/merge-submissions.js');
    const { checkSubmissions } = await import('../../src/submission/check-submissions.js');
    const fixture = await bundledTemplates();
    const { results } = await checkSubmissions({ set: fixture.set, inputs: [inbox.b], period: fixture.period, workers: 1 });
    const report = mergeSubmissions({ set: fixture.set, period: fixture.period, results, previous: new Map() });
    // Every output lists the problems: reading them fails, midway through writing the workbook.
    Object.defineProperty(report, 'diagnostics', {
      get: () => {
        throw new Error('disk full (simulated)');
      },
    });
    await expect(writeReport(report, out, 'vi')).rejects.toThrow('disk full');
    expect(state(out)).toBe(expected.a);
    expect(readFileSync(join(out, 'ghi-chu.txt'), 'utf8')).toBe('giữ nguyên');
    expect(readdirSync(dir).filter((f) => f.startsWith('.report-fail.'))).toEqual([]);
  }, 300_000);

  it('puts back a previous report a kill left between the renames, and removes one whose removal was cut short', async () => {
    const out = join(dir, 'report-left');
    // Killed between the two renames: only the previous report, under its temporary name.
    cpSync(join(dir, 'clean-a'), join(dir, '.report-left.0a0a0a0a.tmp.old'), { recursive: true });
    expect(runCli(merge('b', out)).code).toBe(0);
    expect(state(out)).toBe(expected.b);
    expect(readdirSync(dir).filter((f) => f.startsWith('.report-left.'))).toEqual([]);
    // Killed while the previous report was being removed: the new one is there, a part of the old one beside it.
    cpSync(join(dir, 'clean-a'), join(dir, '.report-left.0b0b0b0b.tmp.old'), { recursive: true });
    expect(runCli(merge('a', out)).code).toBe(0);
    expect(state(out)).toBe(expected.a);
    expect(readdirSync(dir).filter((f) => f.startsWith('.report-left.'))).toEqual([]);
  }, 300_000);
});
