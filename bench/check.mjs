#!/usr/bin/env node
// bench/check: files per second checking generated correct submissions (110 of the bundled set; 3,300 of a generated
// set of 3,300 units × 60 indicators), against a plain "load every workbook fully with exceljs" loop and a floor of
// unzip + XML scan only, on the same files; `check` as the CLI runs it (worker threads from 200 files) and on one thread. Each loop runs in its own process (peak RSS is its own) and is timed
// without process start and set loading. Targets (issue 5): ≥ 5× the exceljs loop, within 3× of the floor,
// peak RSS < 500 MB at 3,300 files. Needs `npm run build` first.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareSubmissions } from './generate/prepare.mjs';
import { generateSet } from './generate-set.mjs';
import { measure } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const loop = fileURLToPath(new URL('./check-loop.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bench-check-'));

function run(mode, setDir, dir) {
  const r = measure([loop, mode, setDir, dir], { cwd: root });
  if (r.status !== 0) throw new Error(`${mode} loop exited ${r.status}`);
  const { files, seconds } = JSON.parse(r.stdout.trim().split('\n').at(-1));
  return { files, seconds, perSecond: files / seconds, rssMb: r.rssMb };
}

async function bench(label, setDir, count) {
  const t0 = Date.now();
  const dir = await prepareSubmissions(work, setDir, count);
  const n = readdirSync(dir).length;
  console.log(`${label}: ${n} submissions generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const rows = { check: run('check', setDir, dir), 'check-1': run('check-1', setDir, dir), exceljs: run('exceljs', setDir, dir), floor: run('floor', setDir, dir) };
  for (const [mode, r] of Object.entries(rows)) {
    console.log(`  ${mode.padEnd(8)} ${r.perSecond.toFixed(0).padStart(6)} files/s  (${r.seconds.toFixed(2)} s for ${r.files}), peak RSS ${r.rssMb.toFixed(0)} MB`);
  }
  const vsExceljs = rows.check.perSecond / rows.exceljs.perSecond;
  const vsFloor = rows.floor.perSecond / rows.check.perSecond;
  console.log(`  check is ${vsExceljs.toFixed(1)}× the exceljs loop (target ≥ 5×) and ${vsFloor.toFixed(2)}× slower than the floor (target ≤ 3×)`);
  const one = rows['check-1'].perSecond;
  console.log(`  on one thread: ${(one / rows.exceljs.perSecond).toFixed(1)}× the exceljs loop, ${(rows.floor.perSecond / one).toFixed(2)}× slower than the floor`);
}

try {
  await bench('bundled set, 2026-Q1, 110 submissions', join(root, 'indicators'), 110);
  const setDir = join(work, 'set');
  generateSet(setDir, { indicators: 60, units: 3300, groups: 4, everyUnit: true });
  await bench('generated set, 3,300 units × 60 indicators', setDir, 3300);
} finally {
  rmSync(work, { recursive: true, force: true });
}
