import type { Lang } from '../diagnostics/index.js';
import { changeOf, changesInPoints, comparedWithLastYear } from '../model/change.js';
import { esc, formatNumber } from './html-escape.js';
import { reportLabels } from './report-labels.js';
import type { MergedReport, ProvinceValue } from './report-types.js';
import { svgBars } from './svg-bars.js';
import { REPORT_CSS } from './report-css.js';

/** report.html: one self-contained page (inline CSS and SVG, no script, no network), for phones and print. */
export function formatReportHtml(report: MergedReport, lang: Lang): string {
  const L = reportLabels(lang);
  const { set, period, counts } = report;
  const en = lang === 'en';
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
    p.previous === undefined ? '' : `${comparedWithLastYear(p.indicator.accumulation) ? L.sameLastYear : L.previous}: ${formatNumber(p.previous, 2, lang)} ${p.indicator.unit}`;
  const headline = key.map((p) => {
    const t = p.indicator.target;
    const was = p.previous === undefined ? '' : `<div class="s">${esc(compared(p))} (${esc(change(p))})</div>`;
    return `<div class="kpi ${p.achieved === undefined ? '' : p.achieved ? 'ok' : 'bad'}"><div class="k">${esc(en ? (p.indicator.name_en ?? p.indicator.name) : p.indicator.name)}</div><div class="n">${esc(formatNumber(p.value, 2, lang))} ${esc(p.indicator.unit)}</div>${t ? `<div class="s">${esc(L.target)}: ${esc(formatNumber(t.value, 2, lang))} ${esc(p.indicator.unit)}</div>` : ''}${was}</div>`;
  });
  const totals = report.province.filter((p) => !p.category);
  const summaryRows = totals.map(
    (p) =>
      `<tr><td><code>${esc(p.indicator.code)}</code></td><td>${esc(en ? (p.indicator.name_en ?? p.indicator.name) : p.indicator.name)}</td><td>${esc(formatNumber(p.value, 2, lang))} ${esc(p.indicator.unit)}</td><td>${esc(compared(p))}</td><td>${esc(change(p))}</td><td>${p.reporting}/${p.owing}</td></tr>`,
  );
  const completeness = report.units.map(
    (u) =>
      `<li class="${u.status}${u.late ? ' late' : ''}" title="${esc(L.status[u.status])}"><span>${esc(u.unit.name)}</span><b>${esc(L.status[u.status])}${u.late ? ` · ${esc(L.late)}` : ''}</b></li>`,
  );
  const charts = key.map((p) => {
    const owing = new Set(report.units.filter((u) => u.owes.includes(p.indicator.code)).map((u) => u.unit.code));
    const bars = report.units
      .filter((u) => owing.has(u.unit.code))
      .map((u) => {
        const v = report.unitValues.get(u.unit.code)?.get(p.key);
        return { label: u.unit.name, value: typeof v === 'number' ? v : undefined };
      });
    return `<section class="chart"><h3>${esc(p.indicator.code)} · ${esc(en ? (p.indicator.name_en ?? p.indicator.name) : p.indicator.name)}</h3><p class="muted">${esc(L.province)}: <b>${esc(formatNumber(p.value, 2, lang))} ${esc(p.indicator.unit)}</b> · ${p.reporting}/${p.owing}</p>${svgBars(bars, { target: p.indicator.target?.value, unit: p.indicator.unit, lang, targetLabel: L.target })}</section>`;
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
<header><h1>${esc(L.title)}</h1><p>${esc(setName)} (v${esc(set.info.version)}${set.info.status ? `, ${esc(set.info.status)}` : ''})</p><p>${esc(L.period)}: <b>${esc(period.id)}</b> · ${esc(L.deadline)}: ${esc(report.deadline.split('-').reverse().join('/'))}</p></header>
<main>
<section><div class="cards">${cards.map(([k, n, c]) => `<div class="card ${c}"><div class="n">${n}</div><div class="k">${esc(k)}</div></div>`).join('')}</div>
<div class="kpis">${headline.join('')}</div></section>
<section><h2>${esc(L.summaryTitle)}</h2><div class="scroll"><table><thead><tr>${L.summaryHtmlHead.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${summaryRows.join('')}</tbody></table></div></section>
<section><h2>${esc(L.completenessTitle)}</h2><ul class="units">${completeness.join('')}</ul></section>
<section><h2>${esc(L.keyTitle)}</h2>${charts.join('')}</section>
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
