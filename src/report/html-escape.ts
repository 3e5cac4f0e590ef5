/** Escapes text for HTML and SVG (element content and attribute values). */
export function esc(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One formatter per language and number of decimals: `toLocaleString` builds a new one on every call (slow at 100,000s of figures). */
const FORMATS = new Map<string, Intl.NumberFormat>();

/** Vietnamese number formatting for display: 1.245.649 and 71,54. */
export function formatNumber(value: number | undefined, decimals: number, lang: 'vi' | 'en'): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const key = `${lang}${decimals}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 })));
  return format.format(value);
}
