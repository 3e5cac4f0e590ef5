import { pick, type Lang } from './lang.js';

/**
 * A catalog of texts in both languages. The English half must have exactly the Vietnamese half's keys and types, so
 * a text missing in one language fails to compile (and `test/i18n` checks no entry is empty).
 */
export interface Catalog<T> {
  vi: T;
  en: T;
}

/** Declares a catalog; the type parameter is inferred from the Vietnamese half. */
export function defineCatalog<T>(vi: T, en: NoInfer<T>): Catalog<T> {
  return { vi, en };
}

/** The half of a catalog in the given language (the current one by default). */
export function textsOf<T>(catalog: Catalog<T>, lang?: Lang): T {
  return pick(catalog, lang);
}
