import { formTexts, templateLabels, words, type Lang } from '../i18n/index.js';

/** The template's words in one language: its own labels (src/i18n/workbook.ts) and the shared words it prints. */
export type Labels = (typeof templateLabels)['vi'] & Pick<(typeof words)['vi'], 'frequency' | 'accumulation' | 'yes' | 'no' | 'total'> & { form: (typeof formTexts)['vi'] };

const cache = new Map<Lang, Labels>();

export function labelsFor(lang: Lang): Labels {
  let labels = cache.get(lang);
  if (!labels) {
    const w = words[lang];
    labels = { ...templateLabels[lang], frequency: w.frequency, accumulation: w.accumulation, yes: w.yes, no: w.no, total: w.total, form: formTexts[lang] };
    cache.set(lang, labels);
  }
  return labels;
}
