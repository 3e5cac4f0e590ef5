import type { History, IndicatorSeries, SeriesPoint, UnitTrack } from '../history/types.js';
import type { Lang } from '../i18n/index.js';
import { siteTexts } from '../i18n/index.js';
import type { IndicatorSet } from '../model/types.js';
import { isComponent } from '../model/collection.js';
import { esc } from '../report/html-escape.js';
import { targetWords } from '../report/target-words.js';
import { amount, changeWords, nameOf, partialWords, periodWords, slug, unitOf } from './format.js';
import { page, scrollTable } from './layout.js';
import { noteText } from './notes.js';
import type { SitePage } from './page-indicator.js';
import { svgColumns } from '../report/svg-columns.js';

/** Units listed on the dashboard as chronically missing or late; the rest on further pages of this many. */
export const LAGGING_PAGE = 200;

const KPI_CLASS: Record<string, string> = { met: 'ok', 'not-met': 'bad', warning: 'warn' };

/** The latest point with a figure (the last point when none has one). */
export function latestPoint(s: IndicatorSeries): SeriesPoint | undefined {
  return [...s.points].reverse().find((p) => p.value !== undefined) ?? s.points[s.points.length - 1];
}

/** The dashboard (index.html) and the further pages of the lagging units. */
export function indexPages(history: History, set: IndicatorSet, lang: Lang): SitePage[] {
  const T = siteTexts[lang];
  const H = T.head;
  const setName = lang === 'en' ? (set.info.name_en ?? set.info.name) : set.info.name;
  const periods = history.periods;
  const link = (s: IndicatorSeries) => `indicators/${esc(slug(s.code))}.html`;
  const statusOf = (s: IndicatorSeries, p: SeriesPoint | undefined) => (p?.target && s.indicator ? targetWords(p.target, s.indicator, lang) : undefined);
  const sections: string[] = [];

  if (history.notes.length) sections.push(`<section><h2>${esc(T.notesTitle)}</h2><ul class="notes">${history.notes.map((n) => `<li>${esc(noteText(n, lang))}</li>`).join('')}</ul></section>`);

  // Key indicators: the series at a glance, the latest figure, its changes and its status against the year's plan.
  const withData = history.indicators.filter((s) => s.points.some((p) => p.value !== undefined));
  const keys = withData.filter((s) => s.indicator?.key);
  const cards = (keys.length ? keys : withData.filter((s) => !(s.indicator && isComponent(s.indicator))).slice(0, 8)).map((s) => {
    const p = latestPoint(s);
    const unit = unitOf(s, lang);
    const t = statusOf(s, p);
    const spark = svgColumns(
      s.points.map((q) => ({ label: q.period, value: q.value })),
      { lang, label: T.chartLabel(nameOf(s, lang)), small: true },
    );
    const incomplete = partialWords(s, p, lang);
    const lines = [
      p?.change !== undefined ? `${H.previous}: ${changeWords(s, p.change, lang)}` : '',
      p?.changeLastYear !== undefined ? `${H.lastYear}: ${changeWords(s, p.changeLastYear, lang)}` : '',
    ].filter(Boolean);
    return `<div class="kpi ${t ? (KPI_CLASS[t.status] ?? '') : ''}"><a href="${link(s)}"><div class="k">${esc(s.code)} · ${esc(nameOf(s, lang))}</div></a><div class="n">${esc(amount(p?.value, unit, lang))}</div>${incomplete ? `<div class="s partial">${esc(incomplete)}</div>` : ''}<div class="s">${esc(p ? periodWords(p.period, lang) : '')}</div>${spark}${lines.map((l) => `<div class="s">${esc(l)}</div>`).join('')}${t ? `<div class="s"><b>${esc(t.text)}</b></div>` : ''}</div>`;
  });
  sections.push(`<section><h2>${esc(T.keyTitle)}</h2><div class="kpis">${cards.join('')}</div></section>`);

  // Every indicator, latest figure first; the components (numerators, denominators) in their own list after them, as the
  // set counts them (`countIndicators`).
  const tableRow = (s: IndicatorSeries) => {
    const p = latestPoint(s);
    const t = statusOf(s, p);
    const incomplete = partialWords(s, p, lang);
    return `<tr><td class="nw"><a href="${link(s)}">${esc(s.code)}</a></td><td>${esc(nameOf(s, lang))}</td><td class="nw">${esc(p ? periodWords(p.period, lang) : '')}</td><td class="n">${esc(amount(p?.value, unitOf(s, lang), lang))}${incomplete ? `<br><span class="partial">${esc(incomplete)}</span>` : ''}</td><td class="n">${esc(changeWords(s, p?.change, lang))}</td><td class="n">${esc(changeWords(s, p?.changeLastYear, lang))}</td><td class="n">${p ? `${p.reporting}/${p.owing}` : ''}</td><td class="${t?.status ?? ''}">${esc(t?.text ?? '')}</td></tr>`;
  };
  const heads = [H.code, H.indicator, H.period, H.value, H.change, H.changeLastYear, H.reporting, H.status];
  const indicators = history.indicators.filter((s) => !(s.indicator && isComponent(s.indicator)));
  const components = history.indicators.filter((s) => s.indicator && isComponent(s.indicator));
  sections.push(`<section><h2>${esc(T.allTitle)} (${indicators.length})</h2>${scrollTable(T.allTitle, heads, indicators.map(tableRow), (i) => i >= 3 && i <= 6)}</section>`);
  if (components.length)
    sections.push(
      `<section><h2>${esc(T.componentsTitle)} (${components.length})</h2><p class="muted">${esc(T.componentsNote)}</p>${scrollTable(T.componentsTitle, heads, components.map(tableRow), (i) => i >= 3 && i <= 6)}</section>`,
    );

  // What changed most against the period before (relative, or in points for a rate): indicators only, not components.
  const changed = withData
    .filter((s) => !(s.indicator && isComponent(s.indicator)))
    .map((s) => ({ s, p: latestPoint(s)! }))
    .filter(({ p }) => p.change !== undefined && Number.isFinite(p.change))
    .sort((a, b) => Math.abs(b.p.change!) - Math.abs(a.p.change!) || a.s.code.localeCompare(b.s.code))
    .slice(0, 10);
  if (changed.length)
    sections.push(
      `<section><h2>${esc(T.changedTitle)}</h2><ol>${changed.map(({ s, p }) => `<li><a href="${link(s)}">${esc(s.code)}</a> ${esc(nameOf(s, lang))}: <b>${esc(changeWords(s, p.change, lang))}</b> (${esc(amount(p.previous, unitOf(s, lang), lang))} → ${esc(amount(p.value, unitOf(s, lang), lang))}, ${esc(periodWords(p.period, lang))})</li>`).join('')}</ol></section>`,
    );

  // Completeness over the periods, then the units missing or late more than once.
  const count = (i: number, what: UnitTrack['statuses'][number][]) => history.units.filter((u) => what.includes(u.statuses[i])).length;
  const compRows = periods.map(
    (p, i) =>
      `<tr><th scope="row">${esc(periodWords(p.id, lang))}</th><td class="n">${count(i, ['accepted', 'late', 'missing'])}</td><td class="n">${count(i, ['accepted', 'late'])}</td><td class="n">${count(i, ['late'])}</td><td class="n">${p.empty ? esc(T.status['no-data']) : count(i, ['missing'])}</td></tr>`,
  );
  const lagging = history.units.filter((u) => u.missed + u.late >= 2).sort((a, b) => b.missedRunning - a.missedRunning || b.missed - a.missed || b.late - a.late || a.code.localeCompare(b.code));
  const shownPeriods = periods.slice(-8);
  const lagHead = [H.unit, H.missedRunning, H.missedTotal, H.lateTotal, ...shownPeriods.map((p) => p.id)];
  const lagRow = (u: UnitTrack) =>
    `<tr><td>${esc(u.name)} <span class="muted">(${esc(u.code)})</span></td><td class="n">${u.missedRunning}</td><td class="n">${u.missed}</td><td class="n">${u.late}</td>${shownPeriods
      .map((_, k) => {
        const st = u.statuses[periods.length - shownPeriods.length + k];
        return `<td class="${st === 'missing' ? 'not-met' : st === 'late' ? 'warning' : ''}">${esc(T.status[st])}</td>`;
      })
      .join('')}</tr>`;
  const lagPages = Math.ceil(lagging.length / LAGGING_PAGE);
  const lagName = (n: number) => `completeness-${n}.html`;
  const lagLinks =
    lagPages > 1 ? `<p class="pages">${esc(T.more(lagging.length - LAGGING_PAGE))} ${Array.from({ length: lagPages }, (_, n) => `<a href="${lagName(n + 1)}">${n + 1}</a>`).join(' ')}</p>` : '';
  sections.push(
    `<section><h2>${esc(T.completenessTitle)}</h2>${scrollTable(T.completenessTitle, [H.period, H.owed, H.accepted, H.late, H.missing], compRows, (i) => i > 0)}<h3>${esc(T.laggingTitle)} (${lagging.length})</h3>${
      lagging.length ? scrollTable(T.laggingTitle, lagHead, lagging.slice(0, LAGGING_PAGE).map(lagRow), (i) => i >= 1 && i <= 3) + lagLinks : `<p>${esc(T.laggingNone)}</p>`
    }</section>`,
  );

  const D = T.downloads;
  sections.push(
    `<section><h2>${esc(T.downloadsTitle)}</h2><ul><li><a href="data/dataset-all.csv">${esc(D.csv)}</a></li><li><a href="data/dataset-all.parquet">${esc(D.parquet)}</a></li><li><a href="data/sdmx/dataset-all.sdmx.csv">${esc(D.sdmx)}</a></li><li><a href="data/sdmx/structure.xml">${esc(D.sdmxStructure)}</a></li><li><a href="api/indicators.json">${esc(D.indicators)}</a></li></ul></section>`,
  );
  const first = periods[0]?.id ?? '';
  const last = periods[periods.length - 1]?.id ?? '';
  const sub = periods.length ? T.subtitle(periods.length, periodWords(first, lang), periodWords(last, lang)) : '';
  const footer = T.generated(history.setVersion);
  const out: SitePage[] = [{ path: 'index.html', html: page({ lang, title: `${T.title} · ${setName}`, heading: `${T.title}: ${setName}`, sub, root: '', body: sections.join('\n'), footer }) }];
  for (let n = 1; n <= lagPages && lagPages > 1; n++) {
    const heading = `${T.laggingTitle} · ${T.rankingPage(n, lagPages)}`;
    const nav = `<p class="pages">${esc(T.pageOf)}: ${Array.from({ length: lagPages }, (_, k) => (k + 1 === n ? `<b>${k + 1}</b>` : `<a href="${lagName(k + 1)}">${k + 1}</a>`)).join(' ')}</p>`;
    const rows = lagging.slice((n - 1) * LAGGING_PAGE, n * LAGGING_PAGE).map(lagRow);
    out.push({
      path: lagName(n),
      html: page({ lang, title: heading, heading, sub, root: '', crumbs: true, body: `<section>${nav}${scrollTable(heading, lagHead, rows, (i) => i >= 1 && i <= 3)}${nav}</section>`, footer }),
    });
  }
  return out;
}
