// The bad-input corpus (issue 7): every case is generated here, run through the built CLI in its own process, and
// must give its diagnostic code, its exit code, no stack trace, and stay within 10 s and 500 MB.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledTemplates } from '../helpers/bundled-fixture.js';
import { REPO } from '../helpers/run-cli.js';
import { csvCases } from './csv-cases.js';
import type { HostileCase } from './hostile-case.js';
import { pathCases } from './path-cases.js';
import { workbookCases } from './workbook-cases.js';
import { yamlCases } from './yaml-cases.js';
import { generateSubmissions } from '../helpers/generator.js';

const BIN = join(REPO, 'bin', 'indicators.cjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const LIMIT_SECONDS = 10;
const LIMIT_MB = 500;

const cases: HostileCase[] = [];
let workbooksDir = '';
const seen: { name: string; seconds: number; mb: number }[] = [];

beforeAll(async () => {
  const fixture = await bundledTemplates();
  const { set, period, templates } = fixture;
  const unit = set.units.find((u) => u.kind === 'commune')!.code;
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const [good] = await generateSubmissions({ set, period, templatesDir: templates, outDir: join(dir, 'good'), units: [unit] });
  const [blank] = await generateSubmissions({ set, period, templatesDir: templates, outDir: join(dir, 'blank'), units: [unit], mistakes: { [unit]: ['required-blank'] } });
  const manifest = JSON.parse(readFileSync(join(templates, 'manifest.json'), 'utf8')) as { files: { unit: string; indicators: string[] }[] };
  const codes = manifest.files.find((f) => f.unit === unit)!.indicators;
  const derived = new Set(set.indicators.filter((i) => i.formula).map((i) => i.code));
  const fileName = good.file.split('/').pop()!;
  workbooksDir = join(dir, 'wb');
  cases.push(...workbookCases(workbooksDir, readFileSync(good.file), fileName));
  cases.push(...csvCases(join(dir, 'csv'), unit, codes, derived));
  cases.push(...yamlCases());
  cases.push(...pathCases(join(dir, 'paths'), blank.file, unit));
}, 300_000);

afterAll(() => {
  if (seen.length === 0) return;
  const slowest = seen.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  const largest = seen.reduce((a, b) => (b.mb > a.mb ? b : a));
  console.log(`hostile corpus: ${seen.length} cases; slowest ${slowest.name} ${slowest.seconds.toFixed(2)} s; largest ${largest.name} ${largest.mb.toFixed(0)} MB peak RSS`);
});

/** Every `code` field anywhere in the JSON output. */
function codesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => codesIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'code' && typeof v === 'string') out.push(v);
      else codesIn(v, out);
    }
  }
  return out;
}

function run(c: HostileCase): { code: number; stdout: string; stderr: string; seconds: number; mb: number } {
  const json = c.args[0] === 'check' || c.args[0] === 'validate' ? ['--format', 'json'] : [];
  const argv = [BIN, ...c.args, ...json];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.GITHUB_ACTIONS;
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%M', process.execPath, ...argv], { cwd: REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(process.execPath, argv, { cwd: REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let stderr = r.stderr;
  let mb = NaN;
  if (TIME) {
    const lines = stderr.trimEnd().split('\n');
    mb = Number(lines.pop()) / 1024;
    stderr = lines.join('\n');
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr, seconds, mb };
}

describe('hostile and broken input', () => {
  it('has at least 40 cases across workbooks, CSV, YAML and paths', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.group))).toEqual(new Set(['workbook', 'csv', 'yaml', 'path']));
  });

  it('gives each case its code and exit code, no stack trace, within 10 s and 500 MB', () => {
    const failures: string[] = [];
    for (const c of cases) {
      const before = c.keep ? createHash('sha256').update(readFileSync(c.keep)).digest('hex') : undefined;
      const r = run(c);
      seen.push({ name: c.name, seconds: r.seconds, mb: r.mb });
      const problems: string[] = [];
      const exit = c.exit ?? 1;
      if (r.code !== exit) problems.push(`exit ${r.code}, expected ${exit}`);
      if (/\n\s+at .+:\d+:\d+\)?\n/.test(r.stderr) || /please report|hãy báo/i.test(r.stderr)) problems.push(`stack trace: ${r.stderr.slice(0, 300)}`);
      if (r.seconds > LIMIT_SECONDS) problems.push(`${r.seconds.toFixed(1)} s`);
      if (r.mb > LIMIT_MB) problems.push(`${r.mb.toFixed(0)} MB`);
      for (const f of c.forbid ?? []) if (r.stdout.includes(f) || r.stderr.includes(f)) problems.push(`printed ${JSON.stringify(f)}`);
      if (c.stdoutMax && r.stdout.length > c.stdoutMax) problems.push(`stdout ${r.stdout.length} characters`);
      if (c.keep && createHash('sha256').update(readFileSync(c.keep)).digest('hex') !== before) problems.push(`${c.keep} was modified`);
      if (exit === 2 && !/\S/.test(r.stderr)) problems.push('no message on stderr');
      if (c.code) {
        let json: Parameters<NonNullable<HostileCase['verify']>>[0] | undefined;
        try {
          json = JSON.parse(r.stdout);
        } catch {
          problems.push(`stdout is not JSON: ${r.stdout.slice(0, 200)} ${r.stderr.slice(0, 200)}`);
        }
        if (json) {
          const codes = codesIn(json);
          if (!codes.includes(c.code)) problems.push(`codes ${JSON.stringify([...new Set(codes)])}, expected ${c.code}`);
          try {
            c.verify?.(json);
          } catch (error) {
            problems.push((error as Error).message);
          }
        }
      }
      if (problems.length) failures.push(`${c.name}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('check --annotate over every workbook case writes a marked copy or a list of problems, never a stack trace', () => {
    const out = join(workbooksDir, '..', 'annotated');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.GITHUB_ACTIONS;
    const r = spawnSync(process.execPath, [BIN, 'check', workbooksDir, '--annotate', out], { cwd: REPO, env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.stderr).toContain('Danh sách lỗi (không tô được ô trên tệp gốc: ');
    // Every list-only line says why (check could not read it, or what the patcher refused), never an empty reason.
    expect(r.stderr).not.toContain('trên tệp gốc: )');
    expect(readdirSync(out).length).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
