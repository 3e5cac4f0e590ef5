import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import { findZipEnd } from '../io/zip-end.js';
import { LIMITS } from './limits.js';

const requireHere = createRequire(import.meta.url);

export type ZipProblem = { code: 'zip-bomb' | 'corrupt-file' | 'file-too-large'; detail: string };

/** A zip whose entries are inflated one at a time, when asked for. */
export interface LazyZip {
  has(name: string): boolean;
  /** The names of the entries `wanted` accepted, in the directory's order. */
  names(): string[];
  /** The entry's bytes, or undefined when absent; a ZipProblem when it cannot be inflated. */
  bytes(name: string): Uint8Array | undefined;
  /** The entry as UTF-8 text. */
  text(name: string): string | undefined;
  /**
   * The entry as stored (compression method, declared size and the compressed bytes), without inflating it: equal
   * stored entries inflate to equal bytes, so a reader may reuse what it parsed from an equal one.
   */
  stored(name: string): StoredEntry | undefined;
}

export interface StoredEntry {
  method: number;
  size: number;
  data: Uint8Array;
}

interface DirectoryEntry {
  name: string;
  method: number;
  size: number;
  compressed: number;
  /** Offset of the local file header. */
  offset: number;
}

/**
 * Opens a zip by its central directory (APPNOTE 4.3.12/4.3.16): entry count, declared sizes and compression ratios of
 * the entries `wanted` accepts are checked before anything is inflated, and then only the entries asked for are
 * inflated (a workbook's instructions sheet, images and printer settings never are).
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): LazyZip | ZipProblem {
  const directory = scanDirectory(bytes);
  if ('code' in directory) return directory;
  let total = 0;
  const entries = new Map<string, DirectoryEntry>();
  for (const e of directory) {
    if (!wanted(e.name)) continue;
    total += e.size;
    if (e.size > LIMITS.entryBytes) return { code: 'zip-bomb', detail: `${e.name}: ${e.size} bytes` };
    if (e.compressed > 0 && e.size / e.compressed > LIMITS.ratio && e.size > 1024 * 1024) {
      return { code: 'zip-bomb', detail: `${e.name}: ${Math.round(e.size / e.compressed)}:1` };
    }
    if (e.method !== 0 && e.method !== 8) return { code: 'corrupt-file', detail: `${e.name}: compression method ${e.method}` };
    entries.set(e.name, e);
  }
  if (total > LIMITS.totalBytes) return { code: 'zip-bomb', detail: `${total} bytes` };
  return new ZipReader(bytes, entries);
}

/**
 * The LazyZip of `readZip`: a class, not closures over the file's bytes. With an object of closures per file (here
 * and in read-workbook.ts), V8's minor collections kept the last files' bytes and parsed sheets alive: a third of
 * each file's objects were copied at every scavenge, measured with --trace-gc-nvp (issue 17); with classes, almost none.
 */
class ZipReader implements LazyZip {
  readonly #data: Uint8Array;
  readonly #view: DataView;
  readonly #entries: Map<string, DirectoryEntry>;

  constructor(data: Uint8Array, entries: Map<string, DirectoryEntry>) {
    this.#data = data;
    this.#view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.#entries = entries;
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  names(): string[] {
    return [...this.#entries.keys()];
  }

  stored(name: string): StoredEntry | undefined {
    const e = this.#entries.get(name);
    if (!e) return undefined;
    const data = this.#data;
    const view = this.#view;
    if (e.offset + 30 > data.length || view.getUint32(e.offset, true) !== 0x04034b50) throw new ZipError(`${name}: broken local header`);
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    if (start + e.compressed > data.length) throw new ZipError(`${name}: truncated`);
    return { method: e.method, size: e.size, data: data.subarray(start, start + e.compressed) };
  }

  bytes(name: string): Uint8Array | undefined {
    const e = this.stored(name);
    if (!e) return undefined;
    // The declared size sizes the output buffer, so a lying entry cannot grow past what was checked above.
    const out = e.method === 0 ? e.data : inflateEntry(e.data, e.size);
    if (out.length !== e.size) throw new ZipError(`${name}: size differs from the directory`);
    return out;
  }

  text(name: string): string | undefined {
    const data = this.bytes(name);
    return data ? utf8(data) : undefined;
  }
}

/** One decoder for every part (what fflate's strFromU8 used): a leading BOM dropped, a malformed sequence U+FFFD. */
const decoder = new TextDecoder();

function utf8(data: Uint8Array): string {
  return decoder.decode(data);
}

/** An entry's name as UTF-8; a short ASCII name (every part of a workbook) without the decoder's per-call cost. */
function entryName(bytes: Uint8Array): string {
  if (bytes.length > 1024) return decoder.decode(bytes);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return decoder.decode(bytes);
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/**
 * Inflates one entry with zlib (native, about twice as fast as fflate on a workbook's parts), its output capped at the
 * declared size. A stream zlib refuses, or whose size differs, goes through fflate as before, so that the problem
 * reported (and its wording) stays the same.
 */
function inflateEntry(data: Uint8Array, size: number): Uint8Array {
  try {
    // One output buffer of the declared size and a byte (zlib stops when it is full before the stream ends), instead
    // of 16 KB chunks joined: no buffer larger than the entry, nothing copied.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
    if (out.length === size) return out;
  } catch {
    // Reported below, as fflate words it.
  }
  // fflate is loaded for this rare case only (its module costs every run start-up time).
  const { inflateSync } = requireHere('fflate') as typeof import('fflate');
  return inflateSync(data, { out: new Uint8Array(size) });
}

/** Thrown by a LazyZip read: the caller turns it into a `corrupt-file` diagnostic. */
export class ZipError extends Error {}

function scanDirectory(bytes: Uint8Array): DirectoryEntry[] | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findZipEnd(bytes);
  if (eocd < 0) return { code: 'corrupt-file', detail: 'zip end record not found (truncated?)' };
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count > LIMITS.zipEntries) return { code: 'zip-bomb', detail: `${count} entries` };
  const out: DirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return { code: 'corrupt-file', detail: 'broken zip directory (truncated?)' };
    const nameLength = view.getUint16(offset + 28, true);
    out.push({
      name: entryName(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressed: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      offset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return out;
}
