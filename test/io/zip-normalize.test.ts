import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normalizeZip } from '../../src/io/zip-normalize.js';

/** A zip as a streaming writer makes it: data descriptors after each entry, content types last. */
function streamedZip(files: Record<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** Per entry in central-directory order: name, general-purpose flags, DOS time and date, extra length. */
function centralEntries(bytes: Uint8Array): { name: string; flags: number; time: number; day: number; extra: number }[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const out = [];
  let p = v.getUint32(eocd + 16, true);
  for (let i = 0; i < v.getUint16(eocd + 10, true); i++) {
    const nameLen = v.getUint16(p + 28, true);
    const local = v.getUint32(p + 42, true);
    expect(v.getUint16(local + 6, true), 'local header flags').toBe(v.getUint16(p + 8, true));
    out.push({
      name: strFromU8(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: v.getUint16(p + 8, true),
      time: v.getUint16(p + 12, true),
      day: v.getUint16(p + 14, true),
      extra: v.getUint16(p + 30, true),
    });
    p += 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return out;
}

describe('normalizeZip', () => {
  const files = { 'xl/workbook.xml': '<workbook/>'.repeat(50), '_rels/.rels': '<Relationships/>', '[Content_Types].xml': '<Types/>' };
  const date = new Date('2026-04-20T00:00:00Z');

  it('puts [Content_Types].xml first, drops data descriptors, stamps the date, keeps every entry', () => {
    const streamed = streamedZip(files);
    expect(centralEntries(streamed).every((e) => e.flags & 0x8)).toBe(true);
    const out = normalizeZip(streamed, date, '[Content_Types].xml')!;
    const entries = centralEntries(out);
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/workbook.xml', '_rels/.rels']);
    expect(entries.map((e) => [e.flags & 0x8, e.extra, e.day, e.time])).toEqual(entries.map(() => [0, 0, (46 << 9) | (4 << 5) | 20, 0]));
    const back = unzipSync(out);
    expect(Object.fromEntries(Object.entries(back).map(([n, d]) => [n, strFromU8(d)]))).toEqual(files);
    expect(normalizeZip(out, date, '[Content_Types].xml')!.equals(out)).toBe(true);
  });

  it('refuses what is not a zip', () => {
    expect(normalizeZip(strToU8('not a zip at all, not even close'), date, '[Content_Types].xml')).toBeUndefined();
  });
});
