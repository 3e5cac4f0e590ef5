import { pick, type Lang } from '../../diagnostics/index.js';
import type { Period } from '../period.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý I năm 2026", "6 tháng đầu năm 2026", "Tháng 03/2026" / "Q1 2026", "H1 2026", "March 2026". */
export function periodText(period: Period, lang?: Lang): string {
  const y = period.year;
  const n = Math.ceil(period.lastMonth / (period.lastMonth - period.firstMonth + 1));
  const monthName = () => new Date(Date.UTC(y, period.lastMonth - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  const texts: Record<Period['frequency'], { vi: string; en: string }> = {
    year: { vi: `Năm ${y}`, en: `Year ${y}` },
    'nine-months': { vi: `9 tháng năm ${y}`, en: `First nine months of ${y}` },
    'half-year': { vi: n === 1 ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`, en: `H${n} ${y}` },
    quarter: { vi: `Quý ${ROMAN[n - 1]} năm ${y}`, en: `Q${n} ${y}` },
    month: {
      vi: `Tháng ${String(period.lastMonth).padStart(2, '0')}/${y}`,
      get en() {
        return `${monthName()} ${y}`;
      },
    },
  };
  return pick(texts[period.frequency], lang);
}

/** Roman numeral for group headings (1 → I). */
export function roman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
