import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSet, TINY_SET } from '../helpers/make-set.js';
import { runCli } from '../helpers/run-cli.js';

const A = TINY_SET['groups/a.yaml'];
const changedA = A.replace('unit: hồ sơ\n', 'unit: bộ hồ sơ\n').replace(
  'frequency: quarter\n    accumulation: period\n    owner: SA\n    reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Tổng',
  'frequency: quarter\n    accumulation: period\n    owner: SB\n    reported_by: communes\n    source: Hệ thống giải quyết TTHC\n    definition: Tổng',
);
const B = TINY_SET['groups/b.yaml'];
const newB = B.replace('code: B.01', 'code: B.01x') + B.split('indicators:\n')[1].replace('code: B.01', 'code: B.02').replace('name: Số hệ thống kết nối', 'name: Số hệ thống mới');

describe('indicators diff', () => {
  it('lists added, re-coded and changed indicators between two folders, as text and JSON', () => {
    const older = makeSet();
    const newer = makeSet({ 'set.yaml': TINY_SET['set.yaml'].replace('version: 1.0.0', 'version: 1.1.0'), 'groups/a.yaml': changedA, 'groups/b.yaml': newB });
    const text = runCli(['diff', older, newer]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Bộ chỉ số tiny: 1.0.0 → 1.1.0');
    expect(text.stdout).toContain('+ B.02  (thêm)');
    expect(text.stdout).toContain('→ B.01 đổi mã thành B.01x');
    expect(text.stdout).toContain('~ A.01a  đơn vị tính: "hồ sơ" → "bộ hồ sơ"');
    expect(text.stdout).toContain('~ A.01b  cơ quan chủ trì: "SA" → "SB"');
    const json = JSON.parse(runCli(['diff', older, newer, '--format', 'json']).stdout);
    expect(json).toMatchObject({ from: { version: '1.0.0' }, to: { version: '1.1.0' }, added: ['B.02'], removed: [], recoded: [{ from: 'B.01', to: 'B.01x' }] });
    expect(runCli(['diff', older, older]).stdout).toContain('Không có thay đổi.');
  });

  it('--since compares with the set at a git tag', () => {
    const dir = makeSet();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'v1');
    git('tag', 'v1');
    writeFileSync(join(dir, 'groups/a.yaml'), changedA);
    const r = runCli(['diff', '--since', 'v1', '--set', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('~ A.01a  đơn vị tính: "hồ sơ" → "bộ hồ sơ"');
    const out = join(dir, '..', `${dir.split('/').pop()}-templates`);
    const compiled = runCli(['compile', '--set', dir, '--period', '2026-Q1', '--out', out, '--since', 'v1']);
    expect(compiled.code, compiled.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.changes.changed).toContainEqual({ code: 'A.01a', field: 'unit', from: 'hồ sơ', to: 'bộ hồ sơ' });
    const bad = runCli(['diff', '--since', 'khong-co', '--set', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Không đọc được "khong-co"');
  });
});
