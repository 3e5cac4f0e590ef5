#!/usr/bin/env node
// Rewrites the diagnostic-code tables in README.md between the <!-- codes:LANG --> markers (run after a build).
import { readFileSync, writeFileSync } from 'node:fs';
import { CODES } from '../dist/diagnostics/codes.js';

const table = (lang) => {
  const head = lang === 'vi' ? '| mã | mức | ý nghĩa |\n|---|---|---|' : '| code | severity | meaning |\n|---|---|---|';
  return [head, ...Object.entries(CODES).map(([code, c]) => `| \`${code}\` | ${c.severity} | ${c[lang]} |`)].join('\n');
};
let readme = readFileSync('README.md', 'utf8');
for (const lang of ['vi', 'en']) {
  const re = new RegExp(`(<!-- codes:${lang} -->)[\\s\\S]*?(<!-- /codes:${lang} -->)`);
  readme = readme.replace(re, `$1\n${table(lang)}\n$2`);
}
writeFileSync('README.md', readme);
