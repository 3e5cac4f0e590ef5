/** The two languages every user-visible text exists in. */
export type Lang = 'vi' | 'en';

let current: Lang = 'vi';

/** Sets the language of messages built from now on. The CLI calls it once, from `--lang`. */
export function setLanguage(lang: Lang): void {
  current = lang;
}

export function getLanguage(): Lang {
  return current;
}

/** Picks the text of the current language from a `{ vi, en }` pair. */
export function pick<T>(texts: { vi: T; en: T }, lang: Lang = current): T {
  return texts[lang];
}
