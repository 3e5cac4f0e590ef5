// The bundle's entry (scripts/bundle.mjs → dist/run/indicators.cjs): the CLI, and the worker threads' code, which
// dist/run/check-worker.js and dist/run/template-worker.js start from the same file.
export { main } from './main.js';
export { serveCheckWorker } from '../submission/check-worker-main.js';
export { serveTemplateWorker } from '../template/template-worker-main.js';
