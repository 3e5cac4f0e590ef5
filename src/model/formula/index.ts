export * from './ast.js';
export * from './parse.js';
export * from './evaluate.js';
export * from './references.js';
export * from './describe-error.js';
