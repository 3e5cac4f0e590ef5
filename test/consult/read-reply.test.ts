// Replies that are not forms: a CSV typed by hand, a letter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReply, unitFromPath } from '../../src/consult/read-reply.js';
import { loadAndValidateSet } from '../../src/model/index.js';
import { makeSet } from '../helpers/make-set.js';

const dir = mkdtempSync(join(tmpdir(), 'consult-reply-'));
const set = async () => (await loadAndValidateSet(makeSet())).set!;

describe('a reply by CSV', () => {
  it('reads comments, the general opinion and a proposal; an unknown code goes with the general comments', async () => {
    const file = join(dir, 'SA_tiny_gop-y.csv');
    writeFileSync(file, 'ma chi so,y kien,noi dung\nA.01,Có ý kiến,"Hai dòng:\nmột, hai"\nchung,Thống nhất toàn bộ,\nđề xuất,,Chỉ số mới\nZ.99,,Mã sai\n');
    const reply = readReply(file, await set());
    expect(reply).toMatchObject({ kind: 'csv', status: 'read', unit: 'SA', general: 'agree' });
    expect(reply.comments.map((c) => [c.indicator, c.text])).toEqual([
      ['A.01', 'Hai dòng:\nmột, hai'],
      ['chung', 'Z.99: Mã sai'],
    ]);
    expect(reply.proposals.map((p) => p.name)).toEqual(['Chỉ số mới']);
    // The quoted comment spans lines 2–3: the unknown code is on line 6.
    expect(reply.diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['consult-agree-with-comments', undefined],
      ['consult-unknown-indicator', 6],
    ]);
  });

  it('takes the unit from a unit column when the file name does not say it, and refuses a CSV without the columns', async () => {
    const file = join(dir, 'reply.csv');
    writeFileSync(file, 'Mã đơn vị;Mã chỉ số;Nội dung góp ý\n1001;A.01b;Góp ý của xã\n');
    expect(readReply(file, await set())).toMatchObject({ unit: '1001', status: 'read', comments: [{ indicator: 'A.01b', text: 'Góp ý của xã' }] });
    const bad = join(dir, 'SB_bad.csv');
    writeFileSync(bad, 'a;b\n1;2\n');
    const r = readReply(bad, await set());
    expect(r.status).toBe('rejected');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['consult-not-a-form']);
  });
});

describe('a reply by letter', () => {
  it('counts a PDF or a Word letter as a reply read by hand, the unit from its name or folder', async () => {
    const s = await set();
    expect(unitFromPath('hop-thu/SB/cong-van.pdf', s)).toBe('SB');
    expect(unitFromPath('hop-thu/1002.docx', s)).toBe('1002');
    expect(unitFromPath('hop-thu/51_tiny.pdf', s)).toBeUndefined();
    const file = join(dir, 'SB_cong-van.pdf');
    writeFileSync(file, '%PDF-1.4\n');
    const reply = readReply(file, s);
    expect(reply).toMatchObject({ kind: 'letter', status: 'by-hand', unit: 'SB' });
    expect(reply.diagnostics.map((d) => d.code)).toEqual(['consult-read-by-hand']);
  });
});
