import type { Lang } from '../i18n/index.js';
import { siteTexts } from '../i18n/index.js';
import { esc } from '../report/html-escape.js';
import { REPORT_CSS } from '../report/report-css.js';

/** The site's stylesheet: the report's (phone width, print), plus the series charts, rankings and print on A4. */
export const SITE_CSS = `${REPORT_CSS}
a{color:#1d4ed8}header a{color:#fff}.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;color:#1d4ed8;padding:4px}
nav.crumbs{font-size:.85rem;margin:4px 0 0}.pair{display:grid;grid-template-columns:minmax(0,1fr);gap:8px}.pair .cols{max-width:640px}th[scope=row],td.nw,th.nw{white-space:nowrap;overflow-wrap:normal}th{overflow-wrap:normal}
.kpi a{text-decoration:none;color:inherit}.kpi a:hover .k,.kpi a:focus .k{text-decoration:underline}.notes li{margin:2px 0;font-size:.9rem}
.muted{color:#4b5563}.partial{color:#92400e;font-weight:700}dl.meta{display:grid;grid-template-columns:minmax(120px,1fr) 3fr;gap:4px 12px;margin:0}dl.meta dt{font-weight:700}dl.meta dd{margin:0}
.scroll td,.scroll th{overflow-wrap:break-word}td.n,th.n{text-align:right}td.n{white-space:nowrap}td.n .partial{white-space:normal}.pages a{margin-right:8px}
@page{size:A4;margin:12mm}@media print{a{color:#000}nav.crumbs,.skip{display:none}}
`;

/** A scrolling table region: focusable and named, so that a keyboard user can scroll it (axe scrollable-region-focusable). */
export function scrollTable(label: string, head: string[], rows: string[], numeric: (i: number) => boolean = () => false): string {
  const th = head.map((h, i) => `<th scope="col"${numeric(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  return `<div class="scroll" role="region" tabindex="0" aria-label="${esc(label)}"><table><caption class="skip">${esc(label)}</caption><thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** One page: self-contained (inline CSS and SVG, no script, no network), `root` the relative path to the site's top. */
export function page(options: { lang: Lang; title: string; heading: string; sub?: string; root: string; crumbs?: boolean; body: string; footer: string }): string {
  const T = siteTexts[options.lang];
  const crumbs = options.crumbs ? `<nav class="crumbs" aria-label="breadcrumb"><a href="${options.root}index.html">${esc(T.home)}</a></nav>` : '';
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(options.title)}</title>
<style>${SITE_CSS}</style>
</head>
<body>
<a class="skip" href="#main">${esc(T.skip)}</a>
<header>${crumbs}<h1>${esc(options.heading)}</h1>${options.sub ? `<p>${esc(options.sub)}</p>` : ''}</header>
<main id="main">
${options.body}
</main>
<footer><p class="muted" style="text-align:center;font-size:.8rem">${esc(options.footer)}</p></footer>
</body>
</html>
`;
}
