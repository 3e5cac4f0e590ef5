import type { LazyZip } from './read-zip.js';

/** Stored entries larger than this are parsed every time, never kept (a form's styles or workbook part is 1–2 KB). */
const MAX_KEPT_BYTES = 64 * 1024;

/**
 * What was parsed from one workbook part (styles, workbook, relationships, content types), kept by the part's stored
 * bytes: the returns of one template carry byte-identical copies of those parts, so the second one onwards is neither
 * inflated nor parsed again (issue 17). The key is the whole stored entry (method, declared size, compressed bytes)
 * compared byte for byte, so a kept value is exactly what parsing the part would give. At most `limit` values are
 * kept, oldest dropped first (at most 1 MB of stored bytes per memo); values are shared between workbooks and must
 * not be modified.
 */
export class PartMemo<T> {
  readonly #kept: { method: number; size: number; data: Buffer; value: T }[] = [];

  constructor(
    private readonly parse: (text: string | undefined) => T,
    private readonly limit = 16,
  ) {}

  /** `parse` of the part's text (undefined when the zip has no such part), or the value kept for an equal part. */
  get(zip: LazyZip, name: string): T {
    const stored = zip.stored(name);
    if (!stored) return this.parse(undefined);
    const data = Buffer.from(stored.data.buffer, stored.data.byteOffset, stored.data.byteLength);
    for (const k of this.#kept) if (k.method === stored.method && k.size === stored.size && k.data.equals(data)) return k.value;
    const value = this.parse(zip.text(name));
    if (data.length <= MAX_KEPT_BYTES) {
      // A copy: a view would keep the whole submitted file in memory.
      this.#kept.push({ method: stored.method, size: stored.size, data: Buffer.from(data), value });
      if (this.#kept.length > this.limit) this.#kept.shift();
    }
    return value;
  }

  /** Drops every kept value (the next part of each kind is parsed again). */
  clear(): void {
    this.#kept.length = 0;
  }
}
