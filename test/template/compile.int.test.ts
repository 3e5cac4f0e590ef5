import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpWorkbook } from '../helpers/dump-workbook.js';
import { makeSet } from '../helpers/make-set.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'compile-'));
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('compile', () => {
  it('writes one workbook per unit that owes data, a manifest, and identical bytes on a second run', () => {
    const out = tmp();
    const r = runCli(['compile', '--period', '2026-Q1', '--out', out]);
    expect(r.code).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    // 14 departments + 96 communes + the police and social insurance (province-level indicators of their own); the
    // Dung Quất economic zone board owes only dossier indicators, taken from the TTHC system: no form.
    expect(files).toHaveLength(112);
    expect(files).toContain('21211_qng-bo-chi-so_2026-Q1.xlsx');
    expect(files).not.toContain('BQLKKT_qng-bo-chi-so_2026-Q1.xlsx');
    // … and is told so plainly, not warned that it owes nothing.
    expect(r.stderr).toContain('1 đơn vị không cần biểu mẫu kỳ này, số liệu lấy từ hệ thống TTHC (indicators collect): BQLKKT.');
    expect(r.stderr).not.toContain('không phải nộp chỉ số nào');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files).toHaveLength(112);
    expect(manifest.files[0]).toMatchObject({ file: files.sort()[0], sha256: sha(join(out, files[0])) });
    const again = tmp();
    expect(runCli(['compile', '--period', '2026-Q1', '--out', again, '--quiet']).code).toBe(0);
    for (const f of files) expect(sha(join(again, f)), f).toBe(sha(join(out, f)));
  });

  it('writes the expected workbook for a commune (dump)', async () => {
    const out = tmp();
    expect(runCli(['compile', '--set', makeSet(), '--period', '2026-Q1', '--out', out, '--unit', '1001']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['1001_tiny_2026-Q1.xlsx', 'manifest.json']);
    const dump = await dumpWorkbook(join(out, '1001_tiny_2026-Q1.xlsx'));
    await expect(JSON.stringify(dump, null, 1)).toMatchFileSnapshot('snapshots/1001_tiny_2026-Q1.json');
    const entry = dump.sheets.find((s) => s.name === 'Nhập liệu')!;
    expect(dump.sheets.map((s) => `${s.name}:${s.state}`)).toEqual(['Hướng dẫn:visible', 'Nhập liệu:visible', '_meta:veryHidden']);
    expect(entry.protection).toBe(true);
    expect(entry.hasPassword).toBe(false);
    // Rows from 11: the headings (8), the column letters (9), the group heading (10).
    expect(dump.names).toEqual({ v_A_01: "'Nhập liệu'!G13", v_A_01a: "'Nhập liệu'!G11", v_A_01b: "'Nhập liệu'!G12" });
    expect(entry.cells.G11).toMatchObject({ unlocked: true, numFmt: '#,##0' });
    expect(entry.cells.G13).toMatchObject({ formula: 'IF(COUNT(G11,G12)<2,"",IFERROR(G11/G12*100,""))' });
    expect(entry.cells.G13).not.toHaveProperty('unlocked');
    expect(entry.validations).toContainEqual({ sqref: 'G12', type: 'whole', operator: 'greaterThanOrEqual', formula1: '1', formula2: undefined });
  });

  it('--lang en writes English sheet names and headings', async () => {
    const out = tmp();
    expect(runCli(['compile', '--set', makeSet(), '--period', '2026-Q1', '--out', out, '--unit', '1001', '--lang', 'en']).code).toBe(0);
    const dump = await dumpWorkbook(join(out, '1001_tiny_2026-Q1.xlsx'));
    expect(dump.sheets.map((s) => s.name)).toEqual(['Instructions', 'Data entry', '_meta']);
    expect(dump.sheets[1].cells.G8).toEqual({ value: 'Value' });
  });

  it('refuses an invalid period (exit 2) and a set with errors (exit 1, nothing written)', () => {
    const out = join(tmp(), 'x');
    const bad = runCli(['compile', '--period', '2026-Q5', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-Qn');
    const broken = makeSet({ 'groups/b.yaml': 'id: b\nname: B\nindicators: []\n' });
    const r = runCli(['compile', '--set', broken, '--period', '2026-Q1', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('schema-length');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to overwrite a different file unless --force, and names units owing nothing', () => {
    const out = tmp();
    const set = makeSet();
    const first = runCli(['compile', '--set', set, '--period', '2026-Q1', '--out', out]);
    expect(first.stderr).toContain('SA, SB');
    writeFileSync(join(out, '1002_tiny_2026-Q1.xlsx'), 'edited by hand');
    const r = runCli(['compile', '--set', set, '--period', '2026-Q1', '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['output-exists']);
    expect(readFileSync(join(out, '1002_tiny_2026-Q1.xlsx'), 'utf8')).toBe('edited by hand');
    expect(runCli(['compile', '--set', set, '--period', '2026-Q1', '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(join(out, '1002_tiny_2026-Q1.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses unknown --unit codes', () => {
    const r = runCli(['compile', '--set', makeSet(), '--period', '2026-Q1', '--out', tmp(), '--unit', 'NOPE']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('NOPE');
  });
});
