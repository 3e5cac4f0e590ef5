// src/i18n: every user-visible word (messages, workbook and report labels, help text), vi + en. A leaf: imports nothing
// from the rest of src/.
export * from './lang.js';
export * from './catalog.js';
