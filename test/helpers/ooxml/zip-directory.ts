/** One entry of a zip's central directory: what Python's zipfile.ZipInfo tells check-ooxml.py. */
export interface ZipEntryInfo {
  name: string;
  flags: number;
  method: number;
  size: number;
  extra: Uint8Array;
}

const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(bytes);
  let s = '';
  for (const b of bytes) s += b < 128 ? String.fromCharCode(b) : CP437_HIGH[b - 128];
  return s;
}

/** Reads the central directory, in its order; throws when there is none (not a zip). */
export function readCentralDirectory(buf: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0 && i >= buf.length - 22 - 65535; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('File is not a zip file');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z64 = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (view.getUint32(z64, true) !== 0x06064b50) throw new Error('Corrupt zip64 end of central directory');
    count = Number(view.getBigUint64(z64 + 32, true));
    offset = Number(view.getBigUint64(z64 + 48, true));
  }
  const entries: ZipEntryInfo[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) throw new Error('Bad magic number for central directory');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = decodeName(buf.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    const extra = buf.slice(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    if (size === 0xffffffff) {
      // zip64 extended information: the real uncompressed size comes first
      const ev = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
      for (let q = 0; q + 4 <= extra.length;) {
        const id = ev.getUint16(q, true);
        const len = ev.getUint16(q + 2, true);
        if (id === 0x0001 && len >= 8) size = Number(ev.getBigUint64(q + 4, true));
        q += 4 + len;
      }
    }
    entries.push({ name, flags, method, size, extra });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
