export * from './layout.js';
export * from './plan-types.js';
export * from './plan-template.js';
export * from './period-text.js';
export * from './excel-formula.js';
export * from './number-format.js';
