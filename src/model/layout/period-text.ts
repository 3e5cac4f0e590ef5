import { periodTexts, textsOf, type Lang } from '../../i18n/index.js';
import type { Period } from '../period.js';

/** "Quý I năm 2026", "6 tháng đầu năm 2026", "Tháng 03/2026" / "Q1 2026", "H1 2026", "March 2026". */
export function periodText(period: Period, lang?: Lang): string {
  const y = period.year;
  const n = Math.ceil(period.lastMonth / (period.lastMonth - period.firstMonth + 1));
  const t = textsOf(periodTexts, lang);
  const texts: Record<Period['frequency'], () => string> = {
    year: () => t.year(y),
    'nine-months': () => t.nineMonths(y),
    'half-year': () => t.halfYear(n, y),
    quarter: () => t.quarter(n, y),
    month: () => t.month(period.lastMonth, y),
  };
  return texts[period.frequency]();
}

/** Roman numeral for group headings (1 → I). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
