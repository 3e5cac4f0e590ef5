import type { Lang } from '../lang.js';
import { severityWord } from '../words.js';
import type { DiagnosticEntry } from './define.js';
import { DIAGNOSTIC_GROUPS, DIAGNOSTICS } from './index.js';
import { codePages } from './pages.js';

// The generated documentation of the codes: the code pages and the README tables. `npm run docs` writes them
// (scripts/build-code-pages.mjs, scripts/update-readme-codes.mjs); test/docs/readme-codes.test.ts fails when stale.

/** Where each language's code page lives. */
export const CODE_PAGE_FILES: Record<Lang, string> = { vi: 'docs/ma-loi.md', en: 'docs/codes.md' };

/** A code page: one section per group, each code with its severity, cause, an example message and its fix. */
export function codePage(lang: Lang): string {
  const t = codePages[lang];
  const placeholders = new Proxy({}, { get: () => '‹…›' });
  const out = [`# ${t.title}`, '', t.intro, ''];
  for (const group of DIAGNOSTIC_GROUPS) {
    out.push(`## ${group.title[lang]}`, '');
    for (const [code, entry] of Object.entries<DiagnosticEntry>(group.codes)) {
      const text = entry[lang];
      out.push(`### \`${code}\` (${severityWord(entry.severity, lang, true)})`, '');
      out.push(`- **${t.cause}:** ${text.summary}.`);
      out.push(`- **${t.example}:** ${text.message(placeholders)}`);
      out.push(`- **${t.fix}:** ${text.hint?.(placeholders) ?? t.none}`, '');
    }
  }
  return out.join('\n');
}

/** The README's table of codes in one language. */
export function codeTable(lang: Lang): string {
  const head = `| ${codePages[lang].readmeHead.join(' | ')} |\n|---|---|---|`;
  return [head, ...Object.entries(DIAGNOSTICS).map(([code, c]) => `| \`${code}\` | ${c.severity} | ${c[lang].summary} |`)].join('\n');
}

/** The README with both tables (between `<!-- codes:LANG -->` markers) regenerated. */
export function withCodeTables(readme: string): string {
  for (const lang of ['vi', 'en'] as const) {
    const re = new RegExp(`(<!-- codes:${lang} -->)[\\s\\S]*?(<!-- /codes:${lang} -->)`);
    readme = readme.replace(re, `$1\n${codeTable(lang)}\n$2`);
  }
  return readme;
}
