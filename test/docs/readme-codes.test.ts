import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CODES } from '../../src/diagnostics/codes.js';
import { CODE_PAGE_FILES, codePage, withCodeTables } from '../../src/i18n/diagnostics/docs.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the two set-up commands', () => {
    const head = readme.split('\n').slice(0, 6).join('\n');
    expect(head).toContain('npm install && npm run demo');
    expect(head).toContain('npm test');
  });

  it.each(['vi', 'en'])('lists every diagnostic code in the %s table', (lang) => {
    const block = new RegExp(`<!-- codes:${lang} -->([\\s\\S]*?)<!-- /codes:${lang} -->`).exec(readme)?.[1] ?? '';
    const listed = [...block.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(ALL_CODES);
  });
});

describe('code pages (docs/ma-loi.md, docs/codes.md)', () => {
  it.each(['docs/ma-loi.md', 'docs/codes.md'])('%s has a section with cause and fix for every code', (file) => {
    const page = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const listed = [...page.matchAll(/^### `([a-z-]+)`/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...ALL_CODES].sort());
  });
});

describe('generated documentation is current (regenerate with `npm run docs`)', () => {
  it('README code tables', () => {
    expect(withCodeTables(readme)).toBe(readme);
  });

  it.each(['vi', 'en'] as const)('the %s code page', (lang) => {
    const page = readFileSync(new URL(`../../${CODE_PAGE_FILES[lang]}`, import.meta.url), 'utf8');
    expect(page).toBe(codePage(lang));
  });
});
