import type { Lang } from '../diagnostics/index.js';
import { reportHistoryTexts } from '../i18n/index.js';
import { changeOf, changesInPoints } from '../model/change.js';
import { esc, formatAmount, formatNumber } from './html-escape.js';
import type { MergedReport, ProvinceValue } from './report-types.js';
import { svgColumns } from './svg-columns.js';

/** A change in words: +12,4 điểm % for a rate, −3,1 % otherwise; blank without one. */
export function changeText(p: ProvinceValue, before: number | undefined, lang: Lang, points: string): string {
  if (before === undefined || p.value === undefined) return '';
  const c = changeOf(p.indicator, p.value, before);
  if (c === undefined) return '';
  return `${c > 0 ? '+' : ''}${formatNumber(Math.round(c * 10) / 10, 1, lang)}${changesInPoints(p.indicator) ? ` ${points}` : ' %'}`;
}

/** report.html's section for `merge --history`: each figure against the previous period and the same period last year, with its series. */
export function historySectionHtml(report: MergedReport, lang: Lang, points: string): string {
  const h = report.history;
  if (!h) return '';
  const T = reportHistoryTexts[lang];
  const [code, indicator, , , now, prev, change, lastYear, changeLastYear] = T.head;
  const head = [code, indicator, now, T.withPeriod(prev, h.previousPeriod), change, h.lastYearPeriod ? T.withPeriod(lastYear, h.lastYearPeriod) : lastYear, changeLastYear, ''];
  const unit = (p: ProvinceValue) => (lang === 'en' ? (p.indicator.unit_en ?? p.indicator.unit) : p.indicator.unit);
  const name = (p: ProvinceValue) => (lang === 'en' ? (p.indicator.name_en ?? p.indicator.name) : p.indicator.name);
  const amount = (v: number | undefined, p: ProvinceValue) => formatAmount(v, unit(p), 2, lang);
  const rows = report.province
    .filter((p) => !p.category && h.rows.has(p.key))
    .map((p) => {
      const r = h.rows.get(p.key)!;
      const chart = svgColumns([...h.periods.map((id, i) => ({ label: id, value: r.series[i] })), { label: report.period.id, value: p.value }], { lang, label: T.chartLabel(name(p)), small: true });
      return `<tr><td><code>${esc(p.indicator.code)}</code></td><td>${esc(name(p))}</td><td>${esc(amount(p.value, p))}</td><td>${esc(amount(r.previous, p))}</td><td>${esc(changeText(p, r.previous, lang, points))}</td><td>${esc(amount(r.lastYear, p))}</td><td>${esc(changeText(p, r.lastYear, lang, points))}</td><td>${chart}</td></tr>`;
    });
  const empty = [...h.rows.values()].every((r) => r.previous === undefined && r.lastYear === undefined);
  const periods = h.periods.length ? `<p class="muted">${esc(T.periods(h.periods.length, h.periods[0], h.periods[h.periods.length - 1]))}</p>` : '';
  return `<section><h2>${esc(T.title)}</h2>${periods}${empty ? `<p>${esc(T.noEarlier)}</p>` : ''}<div class="scroll" role="region" tabindex="0" aria-label="${esc(T.title)}"><table><thead><tr>${head.map((x) => `<th>${esc(x)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}
