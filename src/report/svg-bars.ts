import { esc, formatNumber } from './html-escape.js';

export interface Bar {
  label: string;
  value?: number;
}

/**
 * A horizontal bar chart (one bar per unit, so ~100 communes stay readable on a phone) with an optional target
 * line. Plain SVG with a viewBox: it scales to the page width and prints.
 */
export function svgBars(bars: Bar[], options: { target?: { value: number; direction: 'higher' | 'lower' }; unit: string; lang: 'vi' | 'en'; targetLabel: string }): string {
  const rowH = 16;
  const labelW = 150;
  const valueW = 70;
  const plotW = 360;
  const width = labelW + plotW + valueW;
  const height = bars.length * rowH + 28;
  const target = options.target?.value;
  const max = Math.max(1e-9, target ?? 0, ...bars.map((b) => b.value ?? 0));
  const x = (v: number) => labelW + (Math.max(0, v) / max) * plotW;
  const parts: string[] = [`<svg class="bars" viewBox="0 0 ${width} ${height}" role="img">`];
  bars.forEach((b, i) => {
    const y = 8 + i * rowH;
    const label = b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label;
    parts.push(`<text x="${labelW - 6}" y="${y + 11}" text-anchor="end" class="l">${esc(label)}</text>`);
    if (b.value !== undefined) {
      // Short of the target: below it when higher is better, above it when lower is better.
      const behind = target !== undefined && (options.target!.direction === 'lower' ? b.value > target : b.value < target);
      parts.push(`<rect x="${labelW}" y="${y + 2}" width="${(x(b.value) - labelW).toFixed(1)}" height="${rowH - 5}" class="${behind ? 'below' : 'bar'}"/>`);
      parts.push(`<text x="${x(b.value) + 4}" y="${y + 11}" class="v">${esc(formatNumber(b.value, 2, options.lang))}</text>`);
    } else {
      parts.push(`<text x="${labelW + 4}" y="${y + 11}" class="v na">—</text>`);
    }
  });
  if (target !== undefined) {
    const tx = x(target).toFixed(1);
    parts.push(`<line x1="${tx}" y1="4" x2="${tx}" y2="${height - 18}" class="target"/>`);
    parts.push(`<text x="${tx}" y="${height - 6}" text-anchor="middle" class="t">${esc(options.targetLabel)} ${esc(formatNumber(target, 2, options.lang))} ${esc(options.unit)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
