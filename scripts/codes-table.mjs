#!/usr/bin/env node
// Prints the diagnostic-code table for README from the single list in src/diagnostics/codes.ts (via dist/).
// Usage: node scripts/codes-table.mjs [vi|en]
import { CODES } from '../dist/diagnostics/codes.js';

const lang = process.argv[2] === 'en' ? 'en' : 'vi';
const head = lang === 'vi' ? '| mã | mức | ý nghĩa |\n|---|---|---|' : '| code | severity | meaning |\n|---|---|---|';
const rows = Object.entries(CODES).map(([code, c]) => `| \`${code}\` | ${c.severity} | ${c[lang]} |`);
process.stdout.write([head, ...rows].join('\n') + '\n');
