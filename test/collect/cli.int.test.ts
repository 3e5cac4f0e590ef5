import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('indicators collect (the bundled set, its CSV exports)', () => {
  it('refuses a --system the set does not declare (exit 2), naming the declared ones', () => {
    const r = runCli(['collect', '--period', '2026-Q1', '--out', mkdtempSync(join(tmpdir(), 'c-')), '--system', 'KHONGCO']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('KHONGCO');
    expect(r.stderr).toContain('TTHC');
  });

  it('writes one return per unit and system, which merge reads with the exit code of a clean run', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'c-')), 'inbox');
    const r = runCli(['collect', '--period', '2026-Q1', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Đã lấy 10 chỉ số từ 2 hệ thống; ghi \d+ tệp/);
    expect(readdirSync(out).sort()).toEqual(['CSDLQGDC', 'TTHC']);
    const report = join(out, '..', 'report');
    const merged = runCli(['merge', out, '--period', '2026-Q1', '--out', report, '--format', 'json']);
    const { summary } = JSON.parse(merged.stdout);
    expect(summary.byState).toMatchObject({ rejected: 0, unreadable: 0, duplicate: 0 });
    expect(existsSync(join(report, 'dataset.csv'))).toBe(true);
  });

  it('--dry-run in English writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'c-')), 'inbox');
    const r = runCli(['collect', '--period', '2026-Q1', '--out', out, '--system', 'CSDLQGDC', '--dry-run', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('System CSDLQGDC (csv, indicators)');
    expect(r.stdout).toContain('Would write');
    expect(existsSync(out)).toBe(false);
  });
});
