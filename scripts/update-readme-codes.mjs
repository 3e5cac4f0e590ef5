#!/usr/bin/env node
// Rewrites the diagnostic-code tables in README.md between the <!-- codes:LANG --> markers, from the entries in
// src/i18n/diagnostics/ as built in dist/ (`npm run docs` builds first).
import { readFileSync, writeFileSync } from 'node:fs';
import { withCodeTables } from '../dist/i18n/diagnostics/docs.js';

writeFileSync('README.md', withCodeTables(readFileSync('README.md', 'utf8')));
