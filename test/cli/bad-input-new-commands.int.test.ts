// Bad input to the commands added this session (collect, consult, merge --history): a usage error (exit 2) naming the
// option and the file, never "Lỗi nội bộ" with a stack trace.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileConsultForms } from '../../src/consult/compile.js';
import { loadAndValidateSet } from '../../src/model/index.js';
import { sniff } from '../../src/submission/read-workbook.js';
import { REPO, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
const set = join(REPO, 'indicators');
const inbox = join(dir, 'inbox');
mkdirSync(inbox);
writeFileSync(join(inbox, 'note.txt'), 'hi\n');

describe('bad input to the new commands', () => {
  it('a file of 1 to 7 bytes is "not a zip package", not a buffer overrun', () => {
    for (const n of [1, 2, 3, 7]) expect(sniff(new Uint8Array(n).fill(0x41))).toEqual({ code: 'corrupt-file', detail: 'not a zip package' });
  });

  it('consult merge --responses onto a tiny non-xlsx file is a usage error naming the file', () => {
    const r = runCli(['consult', 'merge', inbox, '--set', set, '--out', join(dir, 'syn'), '--responses', join(inbox, 'note.txt')]);
    expect(r.stderr).not.toMatch(/Lỗi nội bộ|RangeError|\n\s+at /);
    expect(r.stderr).toContain('--responses');
    expect(r.stderr).toContain('note.txt');
    expect(r.code).toBe(2);
  });

  it('consult merge --responses onto a missing file says it does not exist, not ENOENT', () => {
    const r = runCli(['consult', 'merge', inbox, '--set', set, '--out', join(dir, 'syn2'), '--responses', join(dir, 'nothere.xlsx')]);
    expect(r.stderr).toContain('không tồn tại');
    expect(r.stderr).not.toContain('ENOENT');
    expect(r.code).toBe(2);
  });

  it('merge --history onto a missing folder names the option', () => {
    const r = runCli(['merge', inbox, '--set', set, '--period', '2026-Q1', '--out', join(dir, 'rep'), '--history', join(dir, 'no-history')]);
    expect(r.stderr).toContain('--history');
    expect(r.code).toBe(2);
  });

  it('collect --out onto a file is a usage error, as for the other commands', () => {
    const aFile = join(dir, 'a-file');
    writeFileSync(aFile, 'x');
    const r = runCli(['collect', '--set', set, '--period', '2026-Q1', '--out', aFile]);
    expect(r.stderr).toContain('không phải thư mục');
    expect(r.code).toBe(2);
  });

  it('consult compile reports progress once per form', async () => {
    const loaded = await loadAndValidateSet(set);
    const seen: [number, number][] = [];
    const result = await compileConsultForms({ set: loaded.set!, outDir: join(dir, 'forms'), lang: 'vi', toolVersion: 'test', units: ['SYT', 'STC'], onProgress: (d, t) => seen.push([d, t]) });
    expect(result.written).toHaveLength(2);
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
