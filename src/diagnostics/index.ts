export * from './codes.js';
export * from './types.js';
export * from './severity.js';
export * from './i18n.js';
export * from './make-diagnostic.js';
export * from './summarize.js';
export * from './sort.js';
