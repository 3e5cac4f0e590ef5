import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PartMemo } from '../../src/submission/part-memo.js';
import { readZip, type LazyZip } from '../../src/submission/read-zip.js';

const zipOf = (files: Record<string, string>) => readZip(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))), () => true) as LazyZip;

describe('PartMemo', () => {
  it('parses a part once per distinct stored bytes, and again for other bytes', () => {
    const seen: (string | undefined)[] = [];
    const memo = new PartMemo((text) => {
      seen.push(text);
      return { length: text?.length };
    });
    const a = memo.get(zipOf({ 'x.xml': '<a/>' }), 'x.xml');
    const again = memo.get(zipOf({ 'x.xml': '<a/>', 'other.xml': '<b/>' }), 'x.xml');
    const b = memo.get(zipOf({ 'x.xml': '<b/>' }), 'x.xml');
    expect(again).toBe(a);
    expect(b).not.toBe(a);
    expect(seen).toEqual(['<a/>', '<b/>']);
  });

  it('gives parse(undefined) for a missing part, every time', () => {
    let calls = 0;
    const memo = new PartMemo((text) => {
      calls++;
      return text ?? 'none';
    });
    const zip = zipOf({ 'x.xml': '<a/>' });
    expect(memo.get(zip, 'missing.xml')).toBe('none');
    expect(memo.get(zip, 'missing.xml')).toBe('none');
    expect(calls).toBe(2);
  });

  it('keeps at most `limit` values, and forgets them all on clear()', () => {
    let calls = 0;
    const memo = new PartMemo((text) => {
      calls++;
      return text;
    }, 2);
    const parts = ['<a/>', '<b/>', '<c/>'].map((t) => zipOf({ 'x.xml': t }));
    for (const zip of parts) memo.get(zip, 'x.xml');
    expect(calls).toBe(3);
    memo.get(parts[2], 'x.xml');
    expect(calls).toBe(3);
    // The oldest was dropped.
    memo.get(parts[0], 'x.xml');
    expect(calls).toBe(4);
    memo.clear();
    memo.get(parts[0], 'x.xml');
    expect(calls).toBe(5);
  });
});
