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

/** A figure with its unit, "1.245.649 tỷ đồng"; a plain dash without the unit when there is no figure. */
export function formatAmount(value: number | undefined, unit: string | undefined, decimals: number, lang: 'vi' | 'en'): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return unit ? `${formatNumber(value, decimals, lang)} ${unit}` : formatNumber(value, decimals, lang);
}

const FIXED = new Map<string, Intl.NumberFormat>();

/** Like `formatNumber`, always with `decimals` decimals (95,00 beside 96,79): for a column of figures. */
export function formatFixed(value: number | undefined, decimals: number, lang: 'vi' | 'en'): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const key = `${lang}${decimals}`;
  let format = FIXED.get(key);
  if (!format) FIXED.set(key, (format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: decimals, minimumFractionDigits: decimals })));
  return format.format(value);
}

/** The decimals a column of figures needs (at most `max`): 0 for 95 and 120, 2 when one is 96,79. */
export function columnDecimals(values: readonly (number | undefined)[], max = 2): number {
  let decimals = 0;
  for (const v of values) {
    if (v === undefined || !Number.isFinite(v)) continue;
    const off = (d: number) => Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) > 1e-9 * Math.max(1, Math.abs(v * 10 ** d));
    while (decimals < max && off(decimals)) decimals++;
  }
  return decimals;
}
