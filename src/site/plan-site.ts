import type { History } from '../history/types.js';
import type { Lang } from '../i18n/index.js';
import type { IndicatorSet } from '../model/types.js';
import { indicatorsJson, seriesJson } from './api.js';
import { slug } from './format.js';
import { indexPages } from './page-index.js';
import { indicatorPages } from './page-indicator.js';
import { sdmxStructure } from './sdmx.js';

/** A text file of the site, relative to its folder. */
export interface SiteFile {
  path: string;
  text: string;
}

/**
 * Every text file of the site but the data exports (pure, produced one by one): the dashboard, a page per indicator and the further pages
 * of its rankings, api/indicators.json, api/series/<CODE>.json and the SDMX data structure.
 */
export function* planSite(history: History, set: IndicatorSet, lang: Lang): Generator<SiteFile> {
  // One indicator at a time: the pages and series of 60 indicators × 3,300 units are hundreds of megabytes together.
  for (const p of indexPages(history, set, lang)) yield { path: p.path, text: p.html };
  for (const s of history.indicators) {
    for (const p of indicatorPages(history, s, set, lang)) yield { path: p.path, text: p.html };
    yield { path: `api/series/${slug(s.code)}.json`, text: seriesText(seriesJson(history, s, lang)) };
  }
  yield { path: 'api/indicators.json', text: `${JSON.stringify(indicatorsJson(history, set, lang), null, 2)}\n` };
  yield { path: 'data/sdmx/structure.xml', text: sdmxStructure(set, history) };
}

/** The series JSON with one observation a line: readable, and a few megabytes for 3,300 units × 12 periods. */
function seriesText(series: ReturnType<typeof seriesJson>): string {
  const { observations, ...head } = series;
  const body = observations.map((o) => `    ${JSON.stringify(o)}`).join(',\n');
  return `${JSON.stringify(head, null, 2).replace(/\n}$/, '')},\n  "observations": [${body ? `\n${body}\n  ` : ''}]\n}\n`;
}
