#!/usr/bin/env node
// Writes docs/ma-loi.md (vi) and docs/codes.md (en) from the entries in src/i18n/diagnostics/ as built in dist/
// (`npm run docs` builds first; test/docs/readme-codes.test.ts fails when the pages are stale).
import { writeFileSync } from 'node:fs';
import { CODE_PAGE_FILES, codePage } from '../dist/i18n/diagnostics/docs.js';

for (const [lang, file] of Object.entries(CODE_PAGE_FILES)) writeFileSync(file, codePage(lang));
