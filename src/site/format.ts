import type { Lang } from '../i18n/index.js';
import { siteTexts } from '../i18n/index.js';
import type { IndicatorSeries, SeriesPoint } from '../history/types.js';
import { changesInPoints } from '../model/change.js';
import { periodText } from '../model/layout/period-text.js';
import { parsePeriod } from '../model/period.js';
import { formatAmount, formatNumber } from '../report/html-escape.js';

/** A file name for a code (`CDS.01` stays, anything but letters, digits, `.`, `_` and `-` becomes `_`). */
export function slug(code: string): string {
  return code.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** "Quý I năm 2026" / "Q1 2026"; the id itself when it is not a period. */
export function periodWords(id: string, lang: Lang): string {
  const p = parsePeriod(id);
  return p ? periodText(p, lang) : id;
}

/** The indicator's name and unit in the page's language (the Vietnamese when it has no English). */
export function nameOf(s: IndicatorSeries, lang: Lang): string {
  const i = s.indicator;
  return i ? (lang === 'en' ? (i.name_en ?? i.name) : i.name) : s.code;
}

export function unitOf(s: IndicatorSeries, lang: Lang): string {
  const i = s.indicator;
  return lang === 'en' ? (i?.unit_en ?? i?.unit ?? s.unitOfMeasure) : (i?.unit ?? s.unitOfMeasure);
}

/** 1.245.649 tỷ đồng, 62,61 %; a dash when there is no figure. */
export function amount(value: number | undefined, unit: string, lang: Lang): string {
  return formatAmount(value, unit, 2, lang);
}

/** +12,4 điểm % for a rate, −3,1 % otherwise; blank without a change. */
export function changeWords(s: IndicatorSeries, change: number | undefined, lang: Lang): string {
  if (change === undefined || !Number.isFinite(change)) return '';
  const points = s.indicator ? changesInPoints(s.indicator) : false;
  const n = formatNumber(Math.round(change * 10) / 10, 1, lang);
  return `${change > 0 ? '+' : ''}${n}${points ? ` ${siteTexts[lang].pointsUnit}` : ' %'}`;
}

/** "chỉ 90 trên 96 đơn vị báo cáo: giá trị toàn tỉnh chưa đủ" for a province sum over units that did not all report; blank otherwise. */
export function partialWords(s: IndicatorSeries, p: SeriesPoint | undefined, lang: Lang): string {
  return p && p.value !== undefined && p.reporting < p.owing && s.indicator?.aggregation === 'sum' ? siteTexts[lang].partial(p.reporting, p.owing) : '';
}
