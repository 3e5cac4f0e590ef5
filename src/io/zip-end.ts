/**
 * Offset of a zip's end-of-central-directory record (APPNOTE 4.3.16), searched backwards over the longest possible
 * comment; -1 when there is none (not a zip, or truncated).
 */
export function findZipEnd(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}
