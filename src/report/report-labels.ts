import { reportTexts, type Lang } from '../i18n/index.js';

/** Report texts in one language (src/i18n/report.ts). */
export function reportLabels(lang: Lang) {
  return reportTexts[lang];
}
