import iconv from 'iconv-lite';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Encodes text the way Vietnamese Windows (code page 1258) stores it: letters with circumflex, breve or horn are
 * precomposed, tone marks follow as combining characters (iconv-lite maps code points one by one).
 */
export function encodeWindows1258(text: string): Buffer {
  const out = [...text.normalize('NFC')]
    .map((ch) => {
      const d = ch.normalize('NFD');
      const tones = d.match(TONES)?.join('') ?? '';
      return d.replace(TONES, '').normalize('NFC') + tones;
    })
    .join('');
  return iconv.encode(out, 'windows-1258');
}
