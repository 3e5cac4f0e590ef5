export * from './types.js';
export * from './period.js';
export * from './reporters.js';
export * from './owes.js';
export * from './read-set.js';
export * from './validate-set.js';
export * from './formula/index.js';
