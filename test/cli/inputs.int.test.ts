// The inputs of check and merge read right (issue 11): CSV lines that do not split as the header, an empty inbox,
// --previous and --received files that are missing, unreadable or of another set or period, returns without read
// permission. Runs the built CLI on the tiny set with CSV returns (no workbook needed).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSet } from '../helpers/make-set.js';
import { REPO, runCli } from '../helpers/run-cli.js';

let dir = '';
let set = '';
const STACK = /\n\s+at .+:\d+:\d+/;

/** A CSV return of unit 1001 for 2026-Q1 with `;` separators; `lines` replace the value lines. */
function csvReturn(folder: string, lines = ['A.01a;;60;', 'A.01b;;90;', 'A.01;;;'], name = '1001_tiny_2026-Q1.csv'): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, name);
  writeFileSync(file, ['Mã chỉ số;Phân tổ;Giá trị;Ghi chú', ...lines].join('\r\n') + '\r\n');
  return file;
}

type Json = { files?: { file: string; status: string; diagnostics: { code: string; location: { line?: number } }[] }[]; diagnostics?: { code: string; location: { file: string; line?: number } }[] };
const json = (stdout: string) => JSON.parse(stdout) as Json;
const codes = (j: Json) => [...(j.diagnostics ?? []), ...(j.files ?? []).flatMap((f) => f.diagnostics)].map((d) => d.code);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inputs-'));
  set = makeSet();
  csvReturn(join(dir, 'inbox-ok'));
});

describe('CSV returns: a line with more or fewer fields than the header', () => {
  it('rejects an unquoted decimal comma in a comma-separated return at its line, and merges no 3640', () => {
    const inbox = join(dir, 'csv-comma');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(join(inbox, '1001_tiny_2026-Q1.csv'), 'code,category,value,note\nA.01a,,3640,6,\nA.01b,,"9000,5",\nA.01,,,\n');
    const r = runCli(['check', inbox, '--set', set, '--format', 'json']);
    expect(r.code).toBe(1);
    const [file] = json(r.stdout).files!;
    expect(file.status).toBe('rejected');
    const bad = file.diagnostics.filter((d) => d.location.line === 2);
    // Reported once at line 2, not again as a blank or a number read from half the line.
    expect(bad.map((d) => d.code)).toEqual(['csv-field-count']);
    const merged = runCli(['merge', inbox, '--set', set, '--period', '2026-Q1', '--out', join(dir, 'csv-comma-report')]);
    expect(merged.code).toBe(1);
    expect(readFileSync(join(dir, 'csv-comma-report', 'dataset.csv'), 'utf8')).not.toContain('3640');
  });
});

describe('a unit whose only file is for another period', () => {
  it('is "wrong period" in merge and on the report\'s submission sheet, not "missing — remind the unit"', async () => {
    const inbox = join(dir, 'inbox-wrong-period');
    csvReturn(inbox);
    csvReturn(inbox, undefined, '1002_tiny_2025-Q4.csv');
    const out = join(dir, 'wrong-period-report');
    const r = runCli(['merge', inbox, '--set', set, '--period', '2026-Q1', '--out', out, '--format', 'json']);
    const about = (unit: string) => (JSON.parse(r.stdout).diagnostics as { code: string; location: { file: string } }[]).filter((d) => d.location.file === unit).map((d) => d.code);
    expect(about('1002')).toEqual(['wrong-period-submission']);
    expect(about('1003')).toEqual(['missing-submission']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const sheet = wb.getWorksheet('Tình hình nộp báo cáo')!;
    const rowOf = (code: string) => sheet.getSheetValues().find((v) => Array.isArray(v) && v[1] === code) as unknown[];
    expect(rowOf('1002')).toContain('Gửi nhầm kỳ');
    expect(rowOf('1003')).toContain('Chưa nộp');
    // The HTML tiles still add up to the units owing data: wrong period has a tile of its own.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<div class="n">1</div><div class="k">Gửi nhầm kỳ</div>');
  });
});

describe('nothing to check', () => {
  it('check on an empty folder exits 1 saying no return was found there', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'ghi-chu.txt'), 'not a return');
    const r = runCli(['check', empty, '--set', set, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).diagnostics).toEqual([expect.objectContaining({ code: 'no-submissions', location: { file: empty } })]);
    const stylish = runCli(['check', empty, '--set', set]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain(empty);
    expect(stylish.stdout).not.toMatch(/^✔/m);
  });

  it('merge on an empty folder exits 1 and writes no report', () => {
    const empty = join(dir, 'empty-merge');
    mkdirSync(empty, { recursive: true });
    const out = join(dir, 'empty-report');
    const r = runCli(['merge', empty, '--set', set, '--period', '2026-Q1', '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(codes(json(r.stdout))).toEqual(['no-submissions']);
    expect(existsSync(join(out, 'dataset.csv'))).toBe(false);
  });
});

describe('--previous and --received files', () => {
  it('a missing --previous or --received file is a usage error naming it (exit 2), never an internal error', () => {
    const inbox = join(dir, 'inbox-ok');
    const missing = join(dir, 'khong-co', 'dataset.csv');
    for (const args of [
      ['check', inbox, '--set', set, '--previous', missing],
      ['merge', inbox, '--set', set, '--period', '2026-Q1', '--out', join(dir, 'r1'), '--previous', missing],
      ['merge', inbox, '--set', set, '--period', '2026-Q1', '--out', join(dir, 'r2'), '--received', missing],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(missing);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toMatch(/internal error|lỗi nội bộ/i);
    }
  });

  it('a --previous that is a folder, or a CSV that is not a dataset, is a usage error naming it', () => {
    const inbox = join(dir, 'inbox-ok');
    const notDataset = join(dir, 'ngay-nhan.csv');
    writeFileSync(notDataset, 'file,received\na.xlsx,18/03/2026\n');
    for (const previous of [dir, notDataset]) {
      const r = runCli(['check', inbox, '--set', set, '--previous', previous]);
      expect(r.code, previous).toBe(2);
      expect(r.stderr).toContain(previous);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('warns when the --previous dataset is of another set, or holds neither the period before nor the same period last year', () => {
    const inbox = join(dir, 'inbox-ok');
    const header = 'set_id,set_version,period,unit_code,unit_name,indicator_code,breakdown,category,value,unit_of_measure,status,source_file,source_sha256';
    const dataset = (setId: string, period: string) => {
      const file = join(dir, `dataset-${setId}-${period}.csv`);
      writeFileSync(file, `${header}\n${setId},1.0.0,${period},1001,Xã Một,A.01a,,,50,hồ sơ,accepted,x.xlsx,abc\n`);
      return file;
    };
    const check = (file: string) => {
      const r = runCli(['check', inbox, '--set', set, '--previous', file, '--format', 'json']);
      expect(r.code).toBe(0);
      return (json(r.stdout).diagnostics ?? []).map((d) => d.code);
    };
    expect(check(dataset('other-set', '2025-Q4'))).toEqual(['previous-other-set']);
    expect(check(dataset('tiny', '2025-Q2'))).toEqual(['previous-other-period']);
    expect(check(dataset('tiny', '2025-Q4'))).toEqual([]);
    expect(check(dataset('tiny', '2025-Q1'))).toEqual([]); // same period of the previous year (year-to-date)
    const merged = runCli(['merge', inbox, '--set', set, '--period', '2026-Q1', '--out', join(dir, 'r3'), '--previous', dataset('tiny', '2025-Q2'), '--format', 'json']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('previous-other-period');
  });

  it('reads --received with ";", a BOM and d/m/yyyy; an impossible date is an error at its line; an unknown file a warning', () => {
    const inbox = join(dir, 'inbox-received');
    csvReturn(inbox);
    const list = join(dir, 'ngay-nhan-loi.csv');
    writeFileSync(list, '\uFEFFTệp;Ngày nhận\r\n1001_tiny_2026-Q1.csv;31/02/2026\r\nkhong-co.xlsx;18/3/2026\r\n');
    const r = runCli(['merge', inbox, '--set', set, '--period', '2026-Q1', '--out', join(dir, 'r4'), '--received', list, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout).diagnostics as { code: string; severity: string; location: { file: string; line?: number } }[]).filter((d) => d.location.file === list);
    expect(found.map((d) => [d.code, d.severity, d.location.line])).toEqual([
      ['received-date-invalid', 'error', 2],
      ['received-unknown-file', 'warning', 3],
    ]);
    // Its date unread, the file is not judged late by its file time (today) instead.
    expect(codes(JSON.parse(r.stdout))).not.toContain('late-submission');
  });
});

describe('a return the tool may not read', () => {
  /** Root reads any file: without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (setpriv, util-linux) it cannot. */
  function runWithoutRoot(args: string[]): { code: number; stdout: string; stderr: string } | undefined {
    const bin = join(REPO, 'bin', 'indicators.cjs');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.GITHUB_ACTIONS;
    if (process.getuid?.() !== 0) {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: REPO, env, encoding: 'utf8' });
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    }
    const r = spawnSync('setpriv', ['--bounding-set=-dac_override,-dac_read_search', process.execPath, bin, ...args], { cwd: REPO, env, encoding: 'utf8' });
    if (r.error || /setpriv:/.test(r.stderr ?? '')) return undefined;
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  it('is "cannot read (permission)", not a corrupt file; a folder it may not list likewise, not a crash', (ctx) => {
    const inbox = join(dir, 'inbox-denied');
    const file = csvReturn(inbox);
    const folder = join(inbox, 'gui-lai');
    csvReturn(folder, undefined, '1002_tiny_2026-Q1.csv');
    chmodSync(file, 0o000);
    chmodSync(folder, 0o000);
    const r = runWithoutRoot(['check', inbox, '--set', set, '--format', 'json']);
    chmodSync(file, 0o644);
    chmodSync(folder, 0o755);
    if (!r) {
      // Covered without a real EACCES by test/submission/read-error.test.ts.
      console.warn('skipped: running as root without setpriv (util-linux), so no file is unreadable');
      ctx.skip();
      return;
    }
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    expect(json(r.stdout).files!.map((f) => [f.file, f.status, f.diagnostics.map((d) => d.code)])).toEqual([
      [file, 'rejected', ['permission-denied']],
      [folder, 'rejected', ['permission-denied']],
    ]);
  });
});
