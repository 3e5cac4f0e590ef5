import { findZipEnd } from './zip-end.js';

/** DOS date and time fields (APPNOTE 4.4.6) for a UTC date. */
function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

interface Entry {
  name: Uint8Array;
  nameText: string;
  central: DataView;
  data: Uint8Array;
}

/**
 * Rewrites a zip written by a streaming writer (exceljs's stream writer, through archiver) as Office writes one,
 * without recompressing: `first` (e.g. `[Content_Types].xml`) as the first entry, the others in their order; sizes
 * and CRC in each local header instead of trailing data descriptors; no extra fields; every entry stamped `date`, so
 * the same content gives the same bytes. Returns undefined when the bytes are not a zip this can rewrite (zip64,
 * multi-disk, encrypted).
 */
export function normalizeZip(bytes: Uint8Array, date: Date, first: string): Buffer | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findZipEnd(bytes);
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return undefined;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const flags = view.getUint16(offset + 8, true);
    const csize = view.getUint32(offset + 20, true);
    const usize = view.getUint32(offset + 24, true);
    const nameLen = view.getUint16(offset + 28, true);
    const centralLen = 46 + nameLen + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    if (flags & 0x1 || csize === 0xffffffff || usize === 0xffffffff || local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + csize > bytes.length) return undefined;
    const name = bytes.subarray(offset + 46, offset + 46 + nameLen);
    entries.push({ name, nameText: Buffer.from(name).toString('utf8'), central: new DataView(bytes.buffer, bytes.byteOffset + offset, 46), data: bytes.subarray(start, start + csize) });
    offset += centralLen;
  }
  const ordered = [...entries.filter((e) => e.nameText === first), ...entries.filter((e) => e.nameText !== first)];
  const { time, day } = dosDateTime(date);
  const size = ordered.reduce((n, e) => n + 30 + e.name.length + e.data.length + 46 + e.name.length, 22);
  if (size > 0xffffffff) return undefined;
  const out = Buffer.alloc(size);
  const w = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const locals: number[] = [];
  let p = 0;
  for (const e of ordered) {
    locals.push(p);
    const c = e.central;
    w.setUint32(p, 0x04034b50, true);
    w.setUint16(p + 4, c.getUint16(6, true), true); // version needed
    w.setUint16(p + 6, c.getUint16(8, true) & ~0x8, true); // no data descriptor
    w.setUint16(p + 8, c.getUint16(10, true), true); // method
    w.setUint16(p + 10, time, true);
    w.setUint16(p + 12, day, true);
    w.setUint32(p + 14, c.getUint32(16, true), true); // crc
    w.setUint32(p + 18, c.getUint32(20, true), true); // compressed size
    w.setUint32(p + 22, c.getUint32(24, true), true); // size
    w.setUint16(p + 26, e.name.length, true);
    w.setUint16(p + 28, 0, true);
    out.set(e.name, p + 30);
    out.set(e.data, p + 30 + e.name.length);
    p += 30 + e.name.length + e.data.length;
  }
  const cdStart = p;
  ordered.forEach((e, i) => {
    const c = e.central;
    w.setUint32(p, 0x02014b50, true);
    w.setUint16(p + 4, c.getUint16(4, true), true); // version made by
    w.setUint16(p + 6, c.getUint16(6, true), true);
    w.setUint16(p + 8, c.getUint16(8, true) & ~0x8, true);
    w.setUint16(p + 10, c.getUint16(10, true), true);
    w.setUint16(p + 12, time, true);
    w.setUint16(p + 14, day, true);
    w.setUint32(p + 16, c.getUint32(16, true), true);
    w.setUint32(p + 20, c.getUint32(20, true), true);
    w.setUint32(p + 24, c.getUint32(24, true), true);
    w.setUint16(p + 28, e.name.length, true);
    // extra, comment, disk number start: 0
    w.setUint16(p + 36, c.getUint16(36, true), true); // internal attributes
    w.setUint32(p + 38, c.getUint32(38, true), true); // external attributes
    w.setUint32(p + 42, locals[i], true);
    out.set(e.name, p + 46);
    p += 46 + e.name.length;
  });
  w.setUint32(p, 0x06054b50, true);
  w.setUint16(p + 8, ordered.length, true);
  w.setUint16(p + 10, ordered.length, true);
  w.setUint32(p + 12, p - cdStart, true);
  w.setUint32(p + 16, cdStart, true);
  return out;
}
