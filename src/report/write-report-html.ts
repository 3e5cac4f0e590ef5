import type { Lang } from '../diagnostics/index.js';
import { esc, formatNumber } from './html-escape.js';
import { reportLabels } from './report-labels.js';
import type { MergedReport } from './report-types.js';
import { svgBars } from './svg-bars.js';
import { REPORT_CSS } from './report-css.js';

/** report.html: one self-contained page (inline CSS and SVG, no script, no network), for phones and print. */
export function formatReportHtml(report: MergedReport, lang: Lang): string {
  const L = reportLabels(lang);
  const { set, period, counts } = report;
  const en = lang === 'en';
  const setName = en ? set.info.name_en ?? set.info.name : set.info.name;
  const key = report.province.filter((p) => p.indicator.key && !p.category);
  const cards = [
    [L.unitsOwed, counts.unitsOwed, ''], [L.accepted, counts.accepted, 'ok'], [L.rejected, counts.rejected, 'bad'],
    [L.missing, counts.missing, 'warn'], [L.late, counts.late, 'warn'], [L.files, counts.files, ''],
  ];
  const headline = key.map((p) => {
    const t = p.indicator.target;
    return `<div class="kpi ${p.achieved === undefined ? '' : p.achieved ? 'ok' : 'bad'}"><div class="k">${esc(en ? p.indicator.name_en ?? p.indicator.name : p.indicator.name)}</div><div class="n">${esc(formatNumber(p.value, 2, lang))} ${esc(p.indicator.unit)}</div>${t ? `<div class="s">${esc(L.target)}: ${esc(formatNumber(t.value, 2, lang))} ${esc(p.indicator.unit)}</div>` : ''}</div>`;
  });
  const completeness = report.units.map((u) => `<li class="${u.status}${u.late ? ' late' : ''}" title="${esc(L.status[u.status])}"><span>${esc(u.unit.name)}</span><b>${esc(L.status[u.status])}${u.late ? ` · ${esc(L.late)}` : ''}</b></li>`);
  const charts = key.map((p) => {
    const owing = new Set(report.units.filter((u) => u.owes.includes(p.indicator.code)).map((u) => u.unit.code));
    const bars = report.units.filter((u) => owing.has(u.unit.code)).map((u) => {
      const v = report.unitValues.get(u.unit.code)?.get(p.key);
      return { label: u.unit.name, value: typeof v === 'number' ? v : undefined };
    });
    return `<section class="chart"><h3>${esc(p.indicator.code)} · ${esc(en ? p.indicator.name_en ?? p.indicator.name : p.indicator.name)}</h3><p class="muted">${esc(L.province)}: <b>${esc(formatNumber(p.value, 2, lang))} ${esc(p.indicator.unit)}</b> · ${p.reporting}/${p.owing}</p>${svgBars(bars, { target: p.indicator.target?.value, unit: p.indicator.unit, lang, targetLabel: L.target })}</section>`;
  });
  const problems = report.diagnostics.filter((d) => d.severity !== 'info');
  const problemRows = problems.map((d) => `<tr class="${d.severity}"><td>${esc(d.location.file.split(/[\\/]/).pop())}</td><td>${esc(d.location.cell ? `${d.location.sheet}!${d.location.cell}` : d.location.line ?? '')}</td><td>${esc(L.severity[d.severity])}</td><td><code>${esc(d.code)}</code></td><td>${esc(d.message)}</td></tr>`);
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
<section><h2>${esc(L.completenessTitle)}</h2><ul class="units">${completeness.join('')}</ul></section>
<section><h2>${esc(L.keyTitle)}</h2>${charts.join('')}</section>
<section><h2>${esc(L.problemsTitle)} (${problems.length})</h2>${problems.length ? `<div class="scroll"><table><thead><tr>${L.checksHead.filter((_, i) => i !== 1).map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${problemRows.join('')}</tbody></table></div>` : `<p>${esc(L.noProblems)}</p>`}</section>
</main>
</body>
</html>
`;
}
