import { serveTemplateWorker } from './template-worker-main.js';

// The worker thread's script (run from dist/; the bundle has its own, dist/run/template-worker.js, scripts/bundle.mjs).
serveTemplateWorker();
