#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`; the published package carries it, built by `prepack`).

// `indicators … | head` closes the pipe early: stop quietly instead of failing on the next write.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error;
  // Only in a clone of the repository that was never built (the package carries dist/).
  process.stderr.write('indicators: chưa có dist/ — chạy `npm run build` trong thư mục mã nguồn trước / dist/ is missing: run `npm run build` in the source folder first.\n');
  process.exit(2);
}
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
