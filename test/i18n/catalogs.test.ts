import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_GROUPS, DIAGNOSTICS, codePages } from '../../src/i18n/diagnostics/index.js';
import type { Catalog } from '../../src/i18n/catalog.js';
import * as i18n from '../../src/i18n/index.js';

/** Every catalog made with `defineCatalog`, by name (a new one is picked up without listing it here). */
const isCatalog = (value: unknown): value is Catalog<unknown> => typeof value === 'object' && value !== null && 'vi' in value && 'en' in value && Object.keys(value).length === 2;
const CATALOGS: [string, Catalog<unknown>][] = Object.entries<unknown>({ ...i18n, codePages }).flatMap(([name, value]) => (isCatalog(value) ? [[name, value] as [string, Catalog<unknown>]] : []));

/** Sample arguments for a text built by a function: every parameter a number works (template literals and padStart). */
const call = (f: (...args: never[]) => unknown): unknown => {
  try {
    return (f as (...args: unknown[]) => unknown)(...Array.from({ length: Math.max(f.length, 1) }, () => 1));
  } catch {
    // A text built from a structured argument (e.g. the CLI's counts): its presence in both languages is what is checked.
    return `(function of ${f.length})`;
  }
};

/** Each leaf of a catalog half, by path; functions are called, so a function returning '' counts as empty. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') return [[path, call(value as () => unknown)]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe('catalogs: both languages say everything', () => {
  it('finds the catalogs', () => {
    expect(CATALOGS.map(([name]) => name)).toEqual(expect.arrayContaining(['words', 'templateLabels', 'reportTexts', 'periodTexts', 'importerTexts', 'CLI_TEXT']));
  });

  it.each(CATALOGS)('%s: the same keys in vi and en, none empty', (_name, catalog) => {
    const vi = leaves(catalog.vi);
    const en = leaves(catalog.en);
    expect(en.map(([path]) => path)).toEqual(vi.map(([path]) => path));
    for (const [path, text] of [...vi, ...en]) expect(String(text).trim(), path).not.toBe('');
  });

  it('every diagnostic entry has a summary, a message and the same hints in vi and en', () => {
    const params = new Proxy({}, { get: () => 'x' });
    for (const [code, entry] of Object.entries(DIAGNOSTICS)) {
      for (const lang of ['vi', 'en'] as const) {
        expect(entry[lang].summary.trim(), `${lang} ${code}`).not.toBe('');
        expect(entry[lang].message(params).trim(), `${lang} ${code}`).not.toBe('');
      }
      expect(entry.en.hint === undefined, `hint of ${code}`).toBe(entry.vi.hint === undefined);
    }
  });

  it('every group has a title in both languages and codes of its own', () => {
    const seen = new Set<string>();
    for (const group of DIAGNOSTIC_GROUPS) {
      expect(group.title.vi && group.title.en, group.id).toBeTruthy();
      for (const code of Object.keys(group.codes)) {
        expect(seen.has(code), code).toBe(false);
        seen.add(code);
      }
    }
    expect([...seen]).toEqual(Object.keys(DIAGNOSTICS));
  });
});
