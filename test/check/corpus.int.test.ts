import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { encodeWindows1258 } from '../helpers/windows-1258.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSubmissions } from '../../src/submission/check-submissions.js';
import type { SubmissionResult } from '../../src/model/index.js';
import { bundledTemplates } from '../helpers/bundled-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { builtCheck } from '../helpers/built.js';
import { copyAs, FILE_MISTAKES, generateSubmissions, WORKBOOK_MISTAKES } from '../helpers/generator.js';

type Expected = { kind: string; code: string; sheet?: string; cell?: string };
let fixture: Awaited<ReturnType<typeof bundledTemplates>>;
let correctDir: string;
let corpusDir: string;
const cases: { file: string; expected: Expected[] }[] = [];
let results: SubmissionResult[];

beforeAll(async () => {
  fixture = await bundledTemplates();
  const { set, period, dir, templates } = fixture;
  correctDir = join(dir, 'correct');
  corpusDir = join(dir, 'corpus');
  await generateSubmissions({ set, period, templatesDir: templates, outDir: correctDir });
  const communes = set.units.filter((u) => u.kind === 'commune').map((u) => u.code);
  const kinds = [...Object.keys(WORKBOOK_MISTAKES), ...Object.keys(FILE_MISTAKES)].filter((k) => k !== 'breakdown-sum-mismatch' && k !== 'ambiguous-number');
  const mistakes = Object.fromEntries(kinds.map((k, i) => [communes[i], [k]]));
  // The breakdown-sum mistake needs a unit whose form has a breakdown, and an ambiguous number a decimal cell (a
  // commune's counts read "1.234" as 1234): Finance (STC) has both, new enterprises by sector and budget revenue.
  mistakes.STC = ['ambiguous-number', 'breakdown-sum-mismatch'];
  const generated = await generateSubmissions({ set, period, templatesDir: templates, outDir: corpusDir, units: Object.keys(mistakes), mistakes });
  for (const g of generated) cases.push({ file: g.file, expected: g.expected });
  // Identity mistakes: a duplicate, another unit's file name, another period's file name.
  const [a, b, c] = generated.filter((g: { expected: Expected[] }) => g.expected[0].kind === 'not-integer' || g.expected[0].kind === 'locked-cell-edited' || g.expected[0].kind === 'not-a-number');
  const correct = (unit: string) => join(correctDir, `${unit}_qng-bo-chi-so_2026-Q1.xlsx`);
  const dupSource = copyAs(correct(communes[40]), join(corpusDir, `${communes[40]}_qng-bo-chi-so_2026-Q1.xlsx`));
  mkdirSync(join(corpusDir, 'resent'));
  cases.push({ file: copyAs(dupSource, join(corpusDir, 'resent', `${communes[40]}_qng-bo-chi-so_2026-Q1.xlsx`)), expected: [{ kind: 'duplicate', code: 'duplicate-submission' }] });
  cases.push({ file: copyAs(correct(communes[41]), join(corpusDir, `${communes[42]}_qng-bo-chi-so_2026-Q1.xlsx`)), expected: [{ kind: 'unit-mismatch', code: 'unit-mismatch' }] });
  cases.push({ file: copyAs(correct(communes[43]), join(corpusDir, `${communes[43]}_qng-bo-chi-so_2026-Q2.xlsx`)), expected: [{ kind: 'period-mismatch', code: 'period-mismatch' }] });
  // CSV submissions: Windows-1258 with ';' (read correctly), and one with a value problem.
  const csvRows = (unit: string, bad: boolean) => {
    const g = JSON.parse(readFileSync(join(fixture.templates, 'manifest.json'), 'utf8')).files.find((f: { unit: string }) => f.unit === unit);
    const lines = ['Mã chỉ số;Phân tổ;Giá trị;Ghi chú'];
    const derived = new Set(fixture.set.indicators.filter((i) => i.formula).map((i) => i.code));
    for (const code of g.indicators as string[]) lines.push(`${code};;${derived.has(code) ? '' : code.endsWith('b') ? '20000' : code === 'XH.01' ? '30000' : '1000'};Đã rà soát`);
    if (bad) lines[1] = lines[1].replace(/;[\d.]+;/, ';12,5;');
    return lines.join('\r\n');
  };
  const cp = join(corpusDir, `${communes[50]}_qng-bo-chi-so_2026-Q1.csv`);
  writeFileSync(cp, encodeWindows1258(csvRows(communes[50], false)));
  cases.push({ file: cp, expected: [{ kind: 'csv-1258', code: 'csv-encoding' }] });
  const bad = join(corpusDir, `${communes[51]}_qng-bo-chi-so_2026-Q1.csv`);
  writeFileSync(bad, '\uFEFF' + csvRows(communes[51], true));
  cases.push({ file: bad, expected: [{ kind: 'csv-value', code: 'not-integer' }] });
  void a;
  void b;
  void c;
  results = (await checkSubmissions({ set, inputs: [corpusDir], period })).results;
}, 600_000);

describe('check: the mistake corpus', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it('finds every injected mistake with its code, sheet and cell', () => {
    const missed: string[] = [];
    for (const c of cases) {
      const r = results.find((x) => x.file === c.file);
      for (const e of c.expected) {
        const hit = r?.diagnostics.some((d) => d.code === e.code && (!e.sheet || d.location.sheet === e.sheet) && (!e.cell || d.location.cell === e.cell));
        if (!hit) missed.push(`${basename(c.file)} ${e.kind}: ${e.code} ${e.sheet ?? ''}!${e.cell ?? ''} — got ${r?.diagnostics.map((d) => `${d.code}@${d.location.cell ?? ''}`).join(', ')}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('rejects files with errors and accepts the ones with only information (meta lost, CSV in Windows-1258)', () => {
    const status = (kind: string) => results.find((r) => r.file === cases.find((c) => c.expected[0].kind === kind)!.file)!.status;
    expect(status('meta-deleted')).toBe('accepted');
    expect(status('csv-1258')).toBe('accepted');
    expect(status('ratio-mismatch')).toBe('rejected');
    expect(status('zero-bytes')).toBe('unreadable');
  });

  it('gives the same results with 1 and 4 worker threads and with the inputs listed in another order', async () => {
    const { set, period } = fixture;
    // Worker threads run the built files: use the built checkSubmissions (npm test builds first).
    const { checkSubmissions } = await builtCheck();
    const plain = (rs: SubmissionResult[]) => JSON.stringify(rs.map((r) => ({ ...r, values: [...r.values], notes: [...r.notes] })));
    const files = results.map((r) => r.file).reverse();
    const one: SubmissionResult[] = (await checkSubmissions({ set, inputs: [corpusDir], period, workers: 1 })).results;
    const four: SubmissionResult[] = (await checkSubmissions({ set, inputs: files, period, workers: 4 })).results;
    expect(plain(four)).toEqual(plain(one));
    expect(plain(one)).toEqual(plain(results));
  });

  it('check exits 0 on the correct submissions and 1 on the corpus, listing every file', () => {
    const ok = runCli(['check', correctDir, '--format', 'json']);
    expect(ok.code).toBe(0);
    const okJson = JSON.parse(ok.stdout);
    expect(okJson.summary).toMatchObject({ files: 112, accepted: 112, rejected: 0 }); // every unit owing a form
    const bad = runCli(['check', corpusDir, '--format', 'json', '--period', '2026-Q1']);
    expect(bad.code).toBe(1);
    const json = JSON.parse(bad.stdout);
    expect(json.files).toHaveLength(cases.length + 1);
    const d = json.files.flatMap((f: { diagnostics: { code: string; location: { cell?: string } }[] }) => f.diagnostics).find((x: { code: string }) => x.code === 'ratio-mismatch');
    expect(d.location).toMatchObject({ sheet: 'Nhập liệu' });
    expect(d.location.cell).toMatch(/^G\d+$/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
