#!/usr/bin/env node
import { existsSync } from 'node:fs';

// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`; the published package carries it, built by `prepack`).

// `indicators … | head` closes the pipe early: stop quietly instead of failing on the next write.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// Only in a clone of the repository that was never built (the package carries dist/): say so instead of a stack.
if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  process.stderr.write('indicators: chưa có dist/ — chạy `npm run build` trong thư mục mã nguồn trước / dist/ is missing: run `npm run build` in the source folder first.\n');
  process.exit(2);
}
const cli = await import('../dist/cli/main.js');
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
