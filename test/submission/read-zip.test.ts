import { inflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, ZipError, type LazyZip } from '../../src/submission/read-zip.js';

// Issue 17: entries are inflated with node's zlib; anything zlib refuses goes through fflate as before, so a broken
// entry is reported in the same words.
const text = '<sheetData>' + '<row r="1"><c r="A1"><v>42</v></c></row>'.repeat(200) + '</sheetData>';
const zip = zipSync({ 'xl/worksheets/sheet1.xml': strToU8(text), mimetype: [strToU8('x'), { level: 0 }] }, { level: 6 });
const open = (bytes: Uint8Array) => readZip(bytes, () => true) as LazyZip;

/** The deflated data of the first entry (its local header is at 0). */
function firstEntryData(bytes: Uint8Array): { start: number; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  return { start, end: start + view.getUint32(18, true) };
}

describe('readZip inflating', () => {
  it('reads deflated and stored entries', () => {
    const z = open(zip);
    expect(z.text('xl/worksheets/sheet1.xml')).toBe(text);
    expect(z.text('mimetype')).toBe('x');
  });

  it('reports a broken deflate stream as fflate words it', () => {
    const broken = zip.slice();
    const { start, end } = firstEntryData(broken);
    broken.fill(0xff, start, Math.min(end, start + 8));
    let expected = '';
    try {
      inflateSync(broken.subarray(start, end), { out: new Uint8Array(text.length) });
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).not.toBe('');
    expect(() => open(broken).bytes('xl/worksheets/sheet1.xml')).toThrow(expected);
  });

  it('treats an entry whose size differs from the directory as before', () => {
    for (const delta of [-10, 10]) {
      const lying = zip.slice();
      const view = new DataView(lying.buffer);
      // The size field of the first entry in the central directory (which starts where the end record says).
      const dir = view.getUint32(lying.length - 22 + 16, true);
      view.setUint32(dir + 24, text.length + delta, true);
      const read = () => open(lying).bytes('xl/worksheets/sheet1.xml');
      const { start, end } = firstEntryData(lying);
      // Larger than declared: fflate fills the declared size and stops, as it always did; smaller: refused.
      if (delta < 0) expect(read()).toEqual(inflateSync(lying.subarray(start, end), { out: new Uint8Array(text.length + delta) }));
      else expect(read).toThrow(ZipError);
    }
  });
});

describe('readZip entry names', () => {
  it('reads ASCII, UTF-8 and very long names as UTF-8', () => {
    const names = ['xl/workbook.xml', 'xl/báo cáo/Sổ 1.xml', `${'a'.repeat(3000)}.xml`, '\u{1F600}.xml'];
    const bytes = zipSync(Object.fromEntries(names.map((n) => [n, strToU8('x')])));
    expect(open(bytes).names()).toEqual(names);
  });
});
