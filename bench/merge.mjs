#!/usr/bin/env node
// bench/merge: time and peak memory of `indicators merge` (whole process: check every file, consolidate, write
// report.xlsx, report.html, dataset.csv and dataset.json) for 110 generated submissions of the bundled set and 3,300
// of a generated set (3,300 units × 60 indicators), and the ratio to `indicators check` on the same files in the same
// run. Target (issue 6): 3,300 in under 60 s with peak RSS under 700 MB. Needs `npm run build` first.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSet } from './generate-set.mjs';
import { BENCH_PERIOD, prepareSubmissions } from './generate/prepare.mjs';
import { measure } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/indicators.cjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bench-merge-'));

function run(label, args) {
  const r = measure([bin, ...args, '--period', BENCH_PERIOD, '--quiet'], { cwd: root });
  if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stdout.slice(0, 500)}`);
  return r;
}

async function bench(label, setDir, count) {
  const t0 = Date.now();
  const inbox = await prepareSubmissions(work, setDir, count);
  const n = readdirSync(inbox).length;
  console.log(`${label}: ${n} submissions generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const out = join(work, `report-${count}`);
  const merge = run('merge', ['merge', inbox, '--set', setDir, '--out', out]);
  const check = run('check', ['check', inbox, '--set', setDir]);
  const outputs = readdirSync(out).sort().join(', ');
  console.log(`  merge  ${merge.seconds.toFixed(2).padStart(7)} s  peak RSS ${merge.rssMb.toFixed(0)} MB  (${outputs})`);
  console.log(`  check  ${check.seconds.toFixed(2).padStart(7)} s  peak RSS ${check.rssMb.toFixed(0)} MB`);
  console.log(`  merge takes ${(merge.seconds / check.seconds).toFixed(2)}× the time of check on the same files`);
}

try {
  await bench('bundled set, 2026-Q1, 110 submissions', join(root, 'indicators'), 110);
  const setDir = join(work, 'set');
  generateSet(setDir, { indicators: 60, units: 3300, groups: 4, everyUnit: true });
  await bench('generated set, 3,300 units × 60 indicators (target < 60 s, < 700 MB)', setDir, 3300);
} finally {
  rmSync(work, { recursive: true, force: true });
}
