import { serveCheckWorker } from './check-worker-main.js';

// The worker thread's script (run from dist/; the bundle has its own, dist/run/check-worker.js, scripts/bundle.mjs).
serveCheckWorker();
