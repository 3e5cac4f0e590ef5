import type { History, IndicatorSeries, UnitTrack } from '../history/types.js';
import type { Lang } from '../i18n/index.js';
import { siteTexts, targetTexts, words } from '../i18n/index.js';
import { changeOf, comparedWithLastYear } from '../model/change.js';
import { previousPeriod } from '../model/period.js';
import type { IndicatorSet } from '../model/types.js';
import { columnDecimals, esc, formatFixed } from '../report/html-escape.js';
import { targetWords } from '../report/target-words.js';
import { amount, changeWords, nameOf, partialWords, periodWords, slug, unitOf } from './format.js';
import { page, scrollTable } from './layout.js';
import { svgColumns } from '../report/svg-columns.js';

/** Rows of a ranking on one page: 3,300 units make 17 pages of a few tens of kilobytes each, no page over 500 KB. */
export const RANKING_PAGE = 200;

export interface SitePage {
  path: string;
  html: string;
}

type Group = 'communes' | 'departments' | 'others';
const GROUPS: Group[] = ['communes', 'departments', 'others'];
const groupOf = (u: UnitTrack | undefined): Group => (u?.kind === 'commune' || u?.kind === 'ward' || u?.kind === 'special-zone' ? 'communes' : u?.kind === 'department' ? 'departments' : 'others');

/** The indicator's page (`indicators/<CODE>.html`) and the further pages of its rankings. */
export function indicatorPages(history: History, s: IndicatorSeries, set: IndicatorSet, lang: Lang): SitePage[] {
  const T = siteTexts[lang];
  const name = nameOf(s, lang);
  const unit = unitOf(s, lang);
  const file = slug(s.code);
  const sections: string[] = [];
  if (!s.indicator) sections.push(`<section><p class="partial">${esc(T.notInSet)}</p></section>`);

  // The series: the chart and, beside it, the table with the same figures.
  const columns = s.points.map((p) => ({ label: p.period, value: p.value, target: p.target?.plan }));
  const said = (p: (typeof s.points)[number]) => (p.target && s.indicator ? targetWords(p.target, s.indicator, lang) : undefined);
  const seriesRows = s.points.map((p) => {
    const t = said(p);
    const incomplete = partialWords(s, p, lang);
    const partial = incomplete ? `<br><span class="partial">${esc(incomplete)}</span>` : '';
    return `<tr><th scope="row">${esc(periodWords(p.period, lang))}</th><td class="n">${esc(amount(p.value, unit, lang))}${partial}</td><td class="n">${esc(changeWords(s, p.change, lang))}</td><td class="n">${esc(amount(p.lastYear, unit, lang))}</td><td class="n">${esc(changeWords(s, p.changeLastYear, lang))}</td><td class="n">${p.reporting}/${p.owing}</td><td class="n">${esc(p.target?.plan === undefined ? '' : amount(p.target.plan, unit, lang))}</td><td class="${t?.status ?? ''}">${esc(t?.text ?? '')}</td></tr>`;
  });
  const H = T.head;
  const table = scrollTable(T.seriesTitle, [H.period, H.value, H.change, H.lastYear, H.changeLastYear, H.reporting, H.target, H.status], seriesRows, (i) => i > 0 && i < 7);
  const chart = svgColumns(columns, { lang, label: T.chartLabel(name) });
  const anyTarget = columns.some((c) => c.target !== undefined);
  sections.push(
    `<section><h2>${esc(T.seriesTitle)} (${esc(unit)})</h2><div class="pair"><div>${chart}${anyTarget ? `<p class="muted">${esc(T.targetMark)}</p>` : ''}</div><div>${table}</div></div></section>`,
  );

  // Target, milestones and baseline as the set states them; the status of each period is in the table above.
  const ind = s.indicator;
  if (ind) {
    const items: string[] = [];
    if (ind.target) items.push(T.targetLine(amount(ind.target.value, unit, lang), ind.target.by === undefined ? '' : String(ind.target.by), ind.target.direction === 'lower'));
    if (ind.milestones?.length) items.push(`${T.milestones}: ${ind.milestones.map((m) => `${m.year}: ${amount(m.value, unit, lang)}`).join('; ')}`);
    if (ind.baseline) items.push(T.baseline(amount(ind.baseline.value, unit, lang), ind.baseline.year));
    const last = [...s.points].reverse().find((p) => p.target);
    const rule = last?.target ? targetWords(last.target, ind, lang).rule : '';
    sections.push(
      `<section><h2>${esc(T.targetTitle)}</h2>${items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : `<p>${esc(T.noTarget)}</p>`}${rule ? `<p class="muted">${esc(targetTexts[lang].head.rule)}: ${esc(rule)}</p>` : ''}</section>`,
    );
  }

  // Breakdowns: each category's province figure in each period.
  if (s.categories.length) {
    const shown = history.periods.map((p, i) => ({ p, i })).filter(({ i }) => s.categories.some((c) => c.values[i] !== undefined));
    const catName = (b: string, c: string) => {
      const cat = set.breakdowns.find((x) => x.id === b)?.categories.find((x) => x.code === c);
      return cat ? (lang === 'en' ? (cat.name_en ?? cat.name) : cat.name) : `${b}:${c}`;
    };
    const rows = s.categories.map(
      (c) => `<tr><th scope="row">${esc(catName(c.breakdown, c.category))}</th>${shown.map(({ i }) => `<td class="n">${esc(amount(c.values[i], '', lang))}</td>`).join('')}</tr>`,
    );
    sections.push(`<section><h2>${esc(T.breakdownTitle)} (${esc(unit)})</h2>${scrollTable(T.breakdownTitle, [T.head.category, ...shown.map(({ p }) => p.id)], rows, (i) => i > 0)}</section>`);
  }

  // Rankings of the latest period with figures by unit, communes apart from departments.
  const extra: SitePage[] = [];
  const ranking = rankings(history, s, lang, file, extra);
  sections.push(ranking);

  if (ind) sections.push(metadata(s, set, lang));
  const D = T.downloads;
  sections.push(
    `<section><h2>${esc(T.downloadsTitle)}</h2><ul><li><a href="../api/series/${esc(file)}.json">${esc(D.series)}</a></li><li><a href="../data/dataset-all.csv">${esc(D.csv)}</a></li><li><a href="../data/dataset-all.parquet">${esc(D.parquet)}</a></li><li><a href="../data/sdmx/dataset-all.sdmx.csv">${esc(D.sdmx)}</a></li></ul></section>`,
  );
  const html = page({
    lang,
    title: `${s.code} · ${name}`,
    heading: `${s.code} · ${name}`,
    sub: ind ? `${words[lang].frequency[ind.frequency]} · ${words[lang].accumulation[ind.accumulation]} · ${unit}` : unit,
    root: '../',
    crumbs: true,
    body: sections.join('\n'),
    footer: T.generated(history.setVersion),
  });
  return [{ path: `indicators/${file}.html`, html }, ...extra];

  function rankings(history: History, s: IndicatorSeries, lang: Lang, file: string, extra: SitePage[]): string {
    const periods = history.periods;
    const latest = latestWithUnits(s, periods.length);
    if (latest < 0) return `<section><h2>${esc(T.rankingTitle(periods.length ? periodWords(periods[periods.length - 1].id, lang) : ''))}</h2><p>${esc(T.noRanking)}</p></section>`;
    // A year-to-date figure (lũy kế) compares with the same period last year, as the series does; any other with the period before.
    const ytd = s.indicator !== undefined && comparedWithLastYear(s.indicator.accumulation);
    const latestPeriod = periods[latest].period;
    const prevId = ytd ? `${latestPeriod.year - 1}${latestPeriod.id.slice(4)}` : previousPeriod(latestPeriod).id;
    const prev = periods.findIndex((p) => p.id === prevId);
    const byCode = new Map(history.units.map((u) => [u.code, u]));
    const lower = s.indicator?.target?.direction === 'lower';
    const parts: string[] = [`<section><h2>${esc(T.rankingTitle(periodWords(periods[latest].id, lang)))}</h2><p class="muted">${esc(T.rankingNote(lower))}</p>`];
    for (const g of GROUPS) {
      const entries = [...s.unitValues]
        .filter(([code, v]) => v[latest] !== undefined && groupOf(byCode.get(code)) === g && (byCode.get(code)?.inSet ?? false))
        .map(([code, v]) => ({ code, name: byCode.get(code)?.name ?? code, value: v[latest]!, before: prev >= 0 ? v[prev] : undefined }))
        .sort((a, b) => (lower ? a.value - b.value : b.value - a.value) || a.code.localeCompare(b.code));
      if (entries.length === 0) continue;
      const H = T.head;
      const head = [H.rank, H.unit, H.value, ytd ? H.lastYear : H.previous, ytd ? H.changeLastYear : H.change];
      // Equal figures share a rank (1, 1, 3): the rank of the first entry with the same figure.
      const ranks: number[] = [];
      entries.forEach((e, i) => ranks.push(i > 0 && e.value === entries[i - 1].value ? ranks[i - 1] : i + 1));
      // One number of decimals for the figures of a ranking, on every page (95,00 beside 96,79, not 95).
      const decimals = columnDecimals(entries.flatMap((e) => [e.value, e.before]));
      const row = (e: (typeof entries)[number], i: number) =>
        `<tr><td class="n">${ranks[i]}</td><td>${esc(e.name)} <span class="muted">(${esc(e.code)})</span></td><td class="n">${esc(formatFixed(e.value, decimals, lang))}</td><td class="n">${esc(formatFixed(e.before, decimals, lang))}</td><td class="n">${esc(e.before === undefined || !s.indicator ? '' : changeWords(s, changeOf(s.indicator, e.value, e.before), lang))}</td></tr>`;
      const pages = Math.ceil(entries.length / RANKING_PAGE);
      const pageName = (n: number) => `${file}-${g}-${n}.html`;
      const links =
        pages > 1
          ? `<p class="pages">${esc(T.rankingMore(Math.min(RANKING_PAGE, entries.length), entries.length))} ${Array.from({ length: pages }, (_, n) => `<a href="${pageName(n + 1)}">${n + 1}</a>`).join(' ')}</p>`
          : '';
      const title = `${T[g]} (${entries.length})`;
      parts.push(`<h3>${esc(title)}</h3>${scrollTable(title, head, entries.slice(0, RANKING_PAGE).map(row), (i) => i !== 1)}${links}`);
      for (let n = 1; n <= pages && pages > 1; n++) {
        const slice = entries.slice((n - 1) * RANKING_PAGE, n * RANKING_PAGE).map((e, i) => row(e, (n - 1) * RANKING_PAGE + i));
        const nav = `<p class="pages">${esc(T.pageOf)}: ${Array.from({ length: pages }, (_, k) => (k + 1 === n ? `<b>${k + 1}</b>` : `<a href="${pageName(k + 1)}">${k + 1}</a>`)).join(' ')} · <a href="${file}.html">${esc(s.code)}</a></p>`;
        const heading = `${s.code} · ${T[g]} · ${T.rankingPage(n, pages)}`;
        extra.push({
          path: `indicators/${pageName(n)}`,
          html: page({
            lang,
            title: heading,
            heading,
            sub: `${name} · ${periodWords(periods[latest].id, lang)}`,
            root: '../',
            crumbs: true,
            body: `<section>${nav}${scrollTable(heading, head, slice, (i) => i !== 1)}${nav}</section>`,
            footer: T.generated(history.setVersion),
          }),
        });
      }
    }
    parts.push('</section>');
    return parts.join('');
  }
}

/** Definition, method, owner, source, legal basis and national code, as the set states them. */
function metadata(s: IndicatorSeries, set: IndicatorSet, lang: Lang): string {
  const T = siteTexts[lang];
  const M = T.meta;
  const ind = s.indicator!;
  const agency = set.agencies.find((a) => a.code === ind.owner);
  const owner = agency ? (lang === 'en' ? (agency.name_en ?? agency.name) : agency.name) : ind.owner;
  const items: [string, string][] = [
    [M.definition, ind.definition],
    [M.method, ind.method],
    ...(ind.formula ? ([[M.formula, ind.formula]] as [string, string][]) : []),
    [M.unit, unitOf(s, lang)],
    [M.frequency, words[lang].frequency[ind.frequency]],
    [M.accumulation, words[lang].accumulation[ind.accumulation]],
    [M.aggregation, T.aggregation[ind.aggregation]],
    [M.type, words[lang].indicatorType[ind.type]],
    [M.owner, owner],
    [M.source, ind.source],
    [M.legalBasis, (ind.legal_basis ?? []).join('; ')],
    [M.higherCode, s.higherCode],
    ...(s.formerCodes.length ? ([[M.formerCodes, s.formerCodes.join(', ')]] as [string, string][]) : []),
  ];
  return `<section><h2>${esc(T.metadataTitle)}</h2><dl class="meta">${items
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('')}</dl></section>`;
}

/** The index of the latest period in which some unit has a figure for the indicator; -1 when none has. */
export function latestWithUnits(s: IndicatorSeries, periods: number): number {
  for (let i = periods - 1; i >= 0; i--) for (const v of s.unitValues.values()) if (v[i] !== undefined) return i;
  return -1;
}
