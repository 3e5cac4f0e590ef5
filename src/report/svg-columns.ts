import { esc, formatNumber } from './html-escape.js';

export interface Column {
  label: string;
  value?: number;
  /** The target level the value is compared with (a red mark on the column). */
  target?: number;
}

/**
 * A column chart of a series (one column per period, a dozen at most on a page), with a red mark at each period's
 * target level. Plain SVG with a viewBox in the style of src/report/svg-bars.ts: scales to the page, prints; the
 * figures are in the table beside it, so the chart is one image with a text alternative.
 */
export function svgColumns(columns: Column[], options: { lang: 'vi' | 'en'; label: string; small?: boolean }): string {
  const colW = options.small ? 14 : 46;
  const gap = options.small ? 3 : 10;
  const plotH = options.small ? 36 : 160;
  const top = options.small ? 2 : 16;
  const bottom = options.small ? 2 : 30;
  const width = Math.max(1, columns.length) * (colW + gap) + gap;
  const height = top + plotH + bottom;
  const values = columns.flatMap((c) => [c.value ?? 0, c.target ?? 0]);
  const max = Math.max(1e-9, ...values);
  const min = Math.min(0, ...values);
  const y = (v: number) => top + plotH - ((v - min) / (max - min)) * plotH;
  const parts = [`<svg class="cols${options.small ? ' spark' : ''}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(options.label)}"><title>${esc(options.label)}</title>`];
  parts.push(`<line x1="0" y1="${y(0).toFixed(1)}" x2="${width}" y2="${y(0).toFixed(1)}" class="axis"/>`);
  columns.forEach((c, i) => {
    const x = gap + i * (colW + gap);
    if (c.value !== undefined) {
      const [y0, y1] = [y(Math.max(0, c.value)), y(Math.min(0, c.value))];
      parts.push(`<rect x="${x}" y="${y0.toFixed(1)}" width="${colW}" height="${Math.max(0.5, y1 - y0).toFixed(1)}" class="col"/>`);
      if (!options.small) parts.push(`<text x="${x + colW / 2}" y="${(y0 - 3).toFixed(1)}" text-anchor="middle" class="v">${esc(formatNumber(c.value, 1, options.lang))}</text>`);
    } else if (!options.small) {
      parts.push(`<text x="${x + colW / 2}" y="${(y(0) - 3).toFixed(1)}" text-anchor="middle" class="v na">—</text>`);
    }
    if (c.target !== undefined) parts.push(`<line x1="${x - 2}" y1="${y(c.target).toFixed(1)}" x2="${x + colW + 2}" y2="${y(c.target).toFixed(1)}" class="target"/>`);
    if (!options.small) parts.push(`<text x="${x + colW / 2}" y="${height - 12}" text-anchor="middle" class="l">${esc(c.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
