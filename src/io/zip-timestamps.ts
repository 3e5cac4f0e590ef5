import { findZipEnd } from './zip-end.js';

/** DOS date and time fields (APPNOTE 4.4.6) for a UTC date. */
function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/**
 * Sets every entry's modification time to `date`, in the central directory and in each local header, in place. For
 * zips written by a streaming writer that stamps entries with the current time (exceljs's stream writer, through
 * archiver): same content, same bytes. Returns false when the bytes are not a zip this can patch.
 */
export function setZipTimestamps(bytes: Uint8Array, date: Date): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findZipEnd(bytes);
  if (eocd < 0) return false;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const { time, day } = dosDateTime(date);
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return false;
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return false;
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, day, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return true;
}
