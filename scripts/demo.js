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
await printSummary();
if (existsSync(join(root, 'dist', 'cli', 'commands', 'compile.js'))) {
  step('2. Tạo biểu mẫu / compile templates', ['compile', '--period', period, '--out', join(out, 'templates'), '--force']);
}
process.stderr.write(`\nXong. Kết quả trong ${out}\n`);

/** Indicators by group, units by kind and indicators by owner: what the set holds. */
async function printSummary() {
  const { loadAndValidateSet } = await import('../dist/model/validate-set.js');
  const { set } = await loadAndValidateSet(join(root, 'indicators'));
  const count = (items, key) => [...items.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map())];
  const lines = ['', `Bộ chỉ số: ${set.info.name} (v${set.info.version}, ${set.info.status ?? ''})`, '', 'Chỉ số theo nhóm / indicators by group:'];
  for (const g of set.groups) lines.push(`  ${g.name.padEnd(28)} ${String(g.indicators.length).padStart(3)}  (${g.indicators.filter((i) => i.formula).length} tính bằng công thức)`);
  lines.push('', 'Đơn vị báo cáo / units:');
  for (const [kind, n] of count(set.units, (u) => u.kind)) lines.push(`  ${kind.padEnd(28)} ${String(n).padStart(3)}`);
  lines.push('', 'Chỉ số theo cơ quan chủ trì / indicators by owner:');
  const agencyName = new Map(set.agencies.map((a) => [a.code, a.name]));
  for (const [owner, n] of count(set.indicators, (i) => i.owner).sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${(agencyName.get(owner) ?? owner).padEnd(40)} ${String(n).padStart(3)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}
