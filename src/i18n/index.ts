// src/i18n: every user-visible word (messages, workbook and report labels, help text), vi + en. A leaf: imports nothing
// from the rest of src/.
export * from './lang.js';
export * from './catalog.js';
export * from './words.js';
export * from './workbook.js';
export * from './report.js';
export * from './model.js';
export * from './importer.js';
export * from './file-details.js';
export * from './cli.js';
export * from './consult.js';
export * from './forms.js';
export * from './documents.js';
export * from './collect.js';
export * from './site.js';
export * from './report-history.js';
