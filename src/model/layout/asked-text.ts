import { formTexts, textsOf, type Lang } from '../../i18n/index.js';
import { unreachable } from '../exhaustive.js';
import { MONTHS, formatDateVi, type Period, type ReportingWindow, type WindowKind } from '../period.js';
import type { Indicator } from '../types.js';
import { periodText } from './period-text.js';

/**
 * Column F of a row: exactly which figure the period's form asks for. A flow (`period`) is the figure over the whole
 * period, so a quarterly indicator on the year's form asks for the year ("Cả năm 2026 (cộng các quý)"), never the
 * fourth quarter; a year-to-date figure runs to the end of the period; a stock is the figure on the window's last day.
 * `rowWindow` is given when the indicator's window differs from the form's (statistical and treasury figures on
 * calendar months) and is then said in the cell.
 */
export function askedText(
  ind: Pick<Indicator, 'frequency' | 'accumulation' | 'aggregation' | 'value_type'>,
  period: Period,
  window: ReportingWindow,
  rowWindow: WindowKind | undefined,
  lang: Lang,
): string {
  const t = textsOf(formTexts, lang);
  const text = periodText(period, lang);
  // "Quý I năm 2026" inside a sentence; English keeps its capitals ("Q1 2026", "March 2026") but "Year 2026" reads "year 2026".
  const p = lang === 'en' && !/^(Year|First)\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
  const periodLength = period.lastMonth - period.firstMonth + 1;
  let asked: string;
  switch (ind.accumulation) {
    case 'stock':
      asked = t.askedStock(formatDateVi(window.end));
      break;
    case 'year-to-date':
      asked = t.askedYearToDate(p, period.firstMonth === 1);
      break;
    case 'period': {
      const additive = ind.aggregation === 'sum' && (ind.value_type === 'integer' || ind.value_type === 'decimal');
      asked = MONTHS[ind.frequency] < periodLength ? t.askedWhole(p, ind.frequency, additive) : t.askedPeriod(p);
      break;
    }
    default:
      return unreachable(ind.accumulation);
  }
  return rowWindow ? `${asked} ${t.rowWindow(formatDateVi(window.start), formatDateVi(window.end), rowWindow)}` : asked;
}
