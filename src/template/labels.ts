import { readFileSync } from 'node:fs';
import type { Lang } from '../diagnostics/index.js';

/** Workbook headings and instruction texts, from templates/labels.<lang>.json (editable without touching code). */
export interface Labels {
  [key: string]: unknown;
  headings: string[];
  frequency: Record<string, string>;
  accumulation: Record<string, string>;
  instructions: string[];
}

const cache = new Map<Lang, Labels>();

export function labelsFor(lang: Lang): Labels {
  let labels = cache.get(lang);
  if (!labels) {
    labels = JSON.parse(readFileSync(new URL(`../../templates/labels.${lang}.json`, import.meta.url), 'utf8')) as Labels;
    cache.set(lang, labels);
  }
  return labels;
}

/** A string label with `{name}` placeholders filled. */
export function label(labels: Labels, key: string, params: Record<string, string | number> = {}): string {
  const text = String(labels[key] ?? key);
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
