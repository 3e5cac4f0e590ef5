#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`; the published package carries it, built by `prepack`).
import { main } from '../dist/cli/main.js';

// `indicators … | head` closes the pipe early: stop quietly instead of failing on the next write.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
