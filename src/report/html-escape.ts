/** Escapes text for HTML and SVG (element content and attribute values). */
export function esc(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Vietnamese number formatting for display: 1.245.649 and 71,54. */
export function formatNumber(value: number | undefined, decimals: number, lang: 'vi' | 'en'): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}
