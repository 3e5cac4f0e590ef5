import type { Lang } from '../diagnostics/index.js';
import { reportHistoryTexts, targetTexts } from '../i18n/index.js';
import { changeOf, changesInPoints, comparedWithLastYear } from '../model/change.js';
import { comparableForUnits, type TargetStatus } from '../model/targets.js';
import { unitsOwing } from '../model/owes.js';
import { esc, formatAmount, formatNumber } from './html-escape.js';
import { deadlineText, reportLabels } from './report-labels.js';
import type { MergedReport, ProvinceValue } from './report-types.js';
import { svgBars } from './svg-bars.js';
import { historySectionHtml } from './history-html.js';
import { targetWords } from './target-words.js';
import { REPORT_CSS } from './report-css.js';

/** The colour of a headline card: green met, red not met, amber warning. */
const KPI_CLASS: Partial<Record<TargetStatus, string>> = { met: 'ok', 'not-met': 'bad', warning: 'warn' };

/** report.html: one self-contained page (inline CSS and SVG, no script, no network), for phones and print. */
export function formatReportHtml(report: MergedReport, lang: Lang): string {
  const L = reportLabels(lang);
  const { set, period, counts } = report;
  const en = lang === 'en';
  // The unit of measure in the report's language ("billion VND" with --lang en, not "tỷ đồng").
  const unitOf = (p: ProvinceValue) => (en ? (p.indicator.unit_en ?? p.indicator.unit) : p.indicator.unit);
  // A province sum over units that did not all report says so in words, not only as "87/96".
  const partial = (p: ProvinceValue) =>
    p.value !== undefined && p.indicator.aggregation === 'sum' && p.reporting < p.owing ? `<div class="partial">${esc(reportHistoryTexts[lang].partial(p.reporting, p.owing))}</div>` : '';
  const setName = en ? (set.info.name_en ?? set.info.name) : set.info.name;
  const key = report.province.filter((p) => p.indicator.key && !p.category);
  const cards = [
    [L.unitsOwed, counts.unitsOwed, ''],
    [L.accepted, counts.accepted, 'ok'],
    [L.rejected, counts.rejected, 'bad'],
    [L.missing, counts.missing, 'warn'],
    [L.late, counts.late, 'warn'],
    [L.files, counts.files, ''],
  ];
  // Only when it happens: the tiles then still add up to the units owing data.
  if (counts.wrongPeriod > 0) cards.splice(4, 0, [L.status['wrong-period'], counts.wrongPeriod, 'warn']);
  const change = (p: ProvinceValue): string => {
    const c = p.previous !== undefined && p.value !== undefined ? changeOf(p.indicator, p.value, p.previous) : undefined;
    if (c === undefined) return '';
    return `${c > 0 ? '+' : ''}${formatNumber(Math.round(c * 10) / 10, 1, lang)}${changesInPoints(p.indicator) ? L.changeUnit.points : L.changeUnit.percent}`;
  };
  const compared = (p: ProvinceValue) =>
    p.previous === undefined ? '' : `${comparedWithLastYear(p.indicator.accumulation) ? L.sameLastYear : L.previous}: ${formatAmount(p.previous, unitOf(p), 2, lang)}`;
  // The target status and the rule it was judged by (issue 13 §4): like with like, never a quarter against a year.
  const said = (p: ProvinceValue) => (p.target ? targetWords(p.target, p.indicator, lang) : undefined);
  const headline = key.map((p) => {
    const t = said(p);
    const target = p.target?.annual ?? p.target?.final?.value;
    const was = p.previous === undefined ? '' : `<div class="s">${esc(compared(p))} (${esc(change(p))})</div>`;
    const status = t
      ? `<div class="s">${target === undefined ? '' : `${esc(L.target)}: ${esc(formatAmount(target, unitOf(p), 2, lang))} · `}<b>${esc(t.text)}</b></div><div class="r">${esc(t.rule)}</div>`
      : '';
    return `<div class="kpi ${t ? (KPI_CLASS[t.status] ?? '') : ''}"><div class="k">${esc(en ? (p.indicator.name_en ?? p.indicator.name) : p.indicator.name)}</div><div class="n">${esc(formatAmount(p.value, unitOf(p), 2, lang))}</div>${partial(p)}${status}${was}</div>`;
  });
  const totals = report.province.filter((p) => !p.category);
  const T = targetTexts[lang];
  const summaryHead = [...L.summaryHtmlHead.slice(0, 3), T.head.annual, T.head.status, T.head.rule, ...L.summaryHtmlHead.slice(3), L.higherCode];
  const targetCells = (p: ProvinceValue) => {
    const t = said(p);
    const annual = p.target?.annual === undefined ? '' : formatAmount(p.target.annual, unitOf(p), 2, lang);
    return `<td>${esc(annual)}</td><td class="${t?.status ?? ''}">${esc(t?.text ?? '')}</td><td class="rule">${esc(t?.rule ?? '')}</td>`;
  };
  const summaryRows = totals.map(
    (p) =>
      `<tr><td><code>${esc(p.indicator.code)}</code></td><td>${esc(en ? (p.indicator.name_en ?? p.indicator.name) : p.indicator.name)}</td><td>${esc(formatAmount(p.value, unitOf(p), 2, lang))}</td>${targetCells(p)}<td>${esc(compared(p))}</td><td>${esc(change(p))}</td><td>${p.reporting}/${p.owing}${partial(p)}</td><td>${esc(p.indicator.higher_code ?? '')}</td></tr>`,
  );
  const completeness = report.units.map(
    (u) =>
      `<li class="${u.status}${u.late ? ' late' : ''}" title="${esc(L.status[u.status])}"><span>${esc(u.unit.name)}</span><b>${esc(L.status[u.status])}${u.late ? ` · ${esc(L.late)}` : ''}</b></li>`,
  );
  const charts = key.map((p) => {
    // The units that owe it, on a form or from a system (an indicator collected from a system is on no unit's form).
    const owing = new Set(unitsOwing(report.set, p.indicator));
    const bars = report.set.units
      .filter((u) => owing.has(u.code))
      .map((u) => {
        const v = report.unitValues.get(u.code)?.get(p.key);
        return { label: u.name, value: typeof v === 'number' ? v : undefined };
      });
    // The target line only where a unit's own value can meet it (a rate, an average), not a share of a total or a plan.
    const line = p.target?.plan !== undefined && comparableForUnits(p.indicator, p.target) ? { value: p.target.plan, direction: p.target.direction ?? 'higher' } : undefined;
    return `<section class="chart"><h3>${esc(p.indicator.code)} · ${esc(en ? (p.indicator.name_en ?? p.indicator.name) : p.indicator.name)}</h3><p class="muted">${esc(L.province)}: <b>${esc(formatAmount(p.value, unitOf(p), 2, lang))}</b> · ${p.reporting}/${p.owing}</p>${partial(p)}${svgBars(bars, { target: line, unit: unitOf(p), lang, targetLabel: L.target })}</section>`;
  });
  const problems = report.diagnostics.filter((d) => d.severity !== 'info');
  const problemRows = problems.map(
    (d) =>
      `<tr class="${d.severity}"><td>${esc(d.location.file.split(/[\\/]/).pop())}</td><td>${esc(d.location.cell ? `${d.location.sheet}!${d.location.cell}` : (d.location.line ?? ''))}</td><td>${esc(L.severity[d.severity])}</td><td><code>${esc(d.code)}</code></td><td>${esc(d.message)}</td></tr>`,
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L.title)} — ${esc(period.id)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${esc(L.title)}</h1><p>${esc(setName)} (v${esc(set.info.version)}${set.info.status ? `, ${esc(set.info.status)}` : ''})</p><p>${esc(L.period)}: <b>${esc(period.id)}</b> · ${esc(L.deadline)}: ${esc(deadlineText(report, lang))}</p></header>
<main>
<section><div class="cards">${cards.map(([k, n, c]) => `<div class="card ${c}"><div class="n">${n}</div><div class="k">${esc(k)}</div></div>`).join('')}</div>
<div class="kpis">${headline.join('')}</div></section>
<section><h2>${esc(L.summaryTitle)}</h2><div class="scroll"><table><thead><tr>${summaryHead.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${summaryRows.join('')}</tbody></table></div></section>
<section><h2>${esc(L.completenessTitle)}</h2><ul class="units">${completeness.join('')}</ul></section>
<section><h2>${esc(L.keyTitle)}</h2>${charts.join('')}</section>
${historySectionHtml(report, lang, L.changeUnit.points.trim())}
<section><h2>${esc(L.problemsTitle)} (${problems.length})</h2>${
    problems.length
      ? `<div class="scroll"><table><thead><tr>${L.checksHead
          .filter((_, i) => i !== 1)
          .map((h) => `<th>${esc(h)}</th>`)
          .join('')}</tr></thead><tbody>${problemRows.join('')}</tbody></table></div>`
      : `<p>${esc(L.noProblems)}</p>`
  }</section>
</main>
</body>
</html>
`;
}
