import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { LIMITS } from './limits.js';

export type ZipProblem = { code: 'zip-bomb' | 'corrupt-file' | 'file-too-large'; detail: string };

/**
 * Opens a zip after checking its central directory: entry count, declared sizes and compression ratios, before
 * anything is inflated. Only the entries `wanted` accepts are inflated.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): { entries: Unzipped } | ZipProblem {
  const directory = scanDirectory(bytes);
  if ('code' in directory) return directory;
  let total = 0;
  for (const e of directory) {
    if (!wanted(e.name)) continue;
    total += e.size;
    if (e.size > LIMITS.entryBytes) return { code: 'zip-bomb', detail: `${e.name}: ${e.size} bytes` };
    if (e.compressed > 0 && e.size / e.compressed > LIMITS.ratio && e.size > 1024 * 1024) {
      return { code: 'zip-bomb', detail: `${e.name}: ${Math.round(e.size / e.compressed)}:1` };
    }
  }
  if (total > LIMITS.totalBytes) return { code: 'zip-bomb', detail: `${total} bytes` };
  try {
    return { entries: unzipSync(bytes, { filter: (f) => wanted(f.name) }) };
  } catch (error) {
    return { code: 'corrupt-file', detail: (error as Error).message };
  }
}

export function entryText(entries: Unzipped, name: string): string | undefined {
  const data = entries[name];
  return data ? strFromU8(data) : undefined;
}

interface DirectoryEntry {
  name: string;
  size: number;
  compressed: number;
}

/** Reads the zip central directory (APPNOTE 4.3.16/4.3.12) without inflating anything. */
function scanDirectory(bytes: Uint8Array): DirectoryEntry[] | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { code: 'corrupt-file', detail: 'zip end record not found (truncated?)' };
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count > LIMITS.zipEntries) return { code: 'zip-bomb', detail: `${count} entries` };
  const out: DirectoryEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return { code: 'corrupt-file', detail: 'broken zip directory (truncated?)' };
    const compressed = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extra = view.getUint16(offset + 30, true);
    const comment = view.getUint16(offset + 32, true);
    out.push({ name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)), size, compressed });
    offset += 46 + nameLength + extra + comment;
  }
  return out;
}
