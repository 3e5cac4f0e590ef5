#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled into dist/run/ (built by `npm run build`: tsc, then scripts/bundle.mjs; the
// published package carries it, built by `prepack`) and loaded by dist/run/launch.cjs with its code cache.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// `indicators … | head` closes the pipe early: stop quietly instead of failing on the next write.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const run = join(__dirname, '..', 'dist', 'run');
// Only in a clone of the repository that was never built (the package carries dist/): say so instead of a stack.
if (!existsSync(join(run, 'indicators.cjs'))) {
  process.stderr.write('indicators: chưa có dist/ — chạy `npm run build` trong thư mục mã nguồn trước / dist/ is missing: run `npm run build` in the source folder first.\n');
  process.exit(2);
}
const { commandWord, loadCli } = require(join(run, 'launch.cjs'));
const { cli, remember } = loadCli(join(run, 'indicators.cjs'), commandWord(process.argv));
cli.main(process.argv).then((code) => {
  remember();
  process.exitCode = code;
  // Everything the run does is awaited (files written, workers ended, caches stored): once stdout and stderr have
  // handed all their output to the system, exit now instead of tearing the heap down (~10 ms of a `check`). Output
  // still queued (a pipe on macOS is asynchronous) is left to drain as usual.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
});
