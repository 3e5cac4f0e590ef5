#!/usr/bin/env node
// `npm run demo`: the whole pipeline on the bundled Quảng Ngãi set, into ./demo-output.
// Each step runs the real CLI (bin/indicators.js) the way a data officer would type it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'indicators.js');
const out = join(root, 'demo-output');
const period = '2026-Q1';

function step(title, args, { allowFail = false } = {}) {
  process.stderr.write(`\n\x1b[1m▶ ${title}\x1b[0m\n  $ indicators ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status === 2 || (!allowFail && r.status !== 0)) {
    process.stderr.write(`\nDemo dừng ở bước "${title}" (mã thoát ${r.status}).\n`);
    process.exit(1);
  }
  return r.status;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
step('1. Kiểm tra bộ chỉ số / validate the set', ['validate', '--set', 'indicators']);
if (existsSync(join(root, 'dist', 'cli', 'commands', 'compile.js'))) {
  step('2. Tạo biểu mẫu / compile templates', ['compile', '--period', period, '--out', join(out, 'templates'), '--force']);
}
process.stderr.write(`\nXong. Kết quả trong ${out}\n`);
