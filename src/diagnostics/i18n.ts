// The language helpers live in src/i18n/ (the one home of user-visible words); re-exported for existing imports.
export * from '../i18n/lang.js';
