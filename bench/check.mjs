#!/usr/bin/env node
// bench/check: files per second checking generated correct submissions (110 of the bundled set; 3,300 of a generated
// set of 3,300 units × 60 indicators), against a plain "load every workbook fully with exceljs" loop and a floor of
// unzip + XML scan only, on the same files; `check` as the CLI runs it (worker threads from 200 files) and on one thread. Each loop runs in its own process (peak RSS is its own) and is timed
// without process start and set loading. Targets (issue 5): ≥ 5× the exceljs loop, within 3× of the floor,
// peak RSS < 500 MB at 3,300 files. Needs `npm run build` first.
// Whole process (issue 17), median of 5 on the same files: `indicators check` as a user runs it, against a Python loop
// with openpyxl (read-only; Debian's python3-openpyxl, /usr/bin/python3) and the floor of Python's zipfile + the C
// expat parser over every part the reader inflates (bench/expat-floor.py). Targets: ≥ 5× the openpyxl loop, within
// 3× of the floor. The bundled set's returns are timed twice: as generated, and re-saved by LibreOffice when it is
// installed, as units send them back (a spreadsheet application rewrites every part). `node bench/check.mjs --bundled`
// runs the bundled set only (the 3,300-unit case takes minutes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareSubmissions } from './generate/prepare.mjs';
import { generateSet } from './generate-set.mjs';
import { measure, median } from './measure.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const loop = fileURLToPath(new URL('./check-loop.mjs', import.meta.url));
const bin = fileURLToPath(new URL('../bin/indicators.cjs', import.meta.url));
const python = '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'bench-check-'));

function run(mode, setDir, dir) {
  const r = measure([loop, mode, setDir, dir], { cwd: root });
  if (r.status !== 0) throw new Error(`${mode} loop exited ${r.status}`);
  const { files, seconds } = JSON.parse(r.stdout.trim().split('\n').at(-1));
  return { files, seconds, perSecond: files / seconds, rssMb: r.rssMb };
}

/** Median wall time of 5 runs of a whole process (start-up, set loading and reading included). */
function wholeProcess(command, args) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.error || r.status === null || r.status > 1) throw new Error(`${command} ${args.join(' ')}: ${r.error ?? r.stderr}`);
  }
  return median(times);
}

function wholeProcessBench(setDir, dir) {
  const check = wholeProcess(process.execPath, [bin, 'check', '--set', setDir, '--quiet', dir]);
  const hasOpenpyxl = spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
  const openpyxl = hasOpenpyxl ? wholeProcess(python, [join(here, 'openpyxl-loop.py'), dir]) : NaN;
  const floor = wholeProcess(python, [join(here, 'expat-floor.py'), dir]);
  console.log(
    `  whole process, median of 5: check ${check.toFixed(3)} s, openpyxl loop ${hasOpenpyxl ? `${openpyxl.toFixed(3)} s` : 'skipped (no python3-openpyxl)'}, zipfile + expat floor ${floor.toFixed(3)} s`,
  );
  console.log(`  check is ${(openpyxl / check).toFixed(1)}× faster than openpyxl (target ≥ 5×) and ${(check / floor).toFixed(2)}× the floor (target ≤ 3×)`);
}

async function bench(label, setDir, count, resave) {
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
  wholeProcessBench(setDir, dir);
  if (!resave) return;
  // The same returns as a unit sends them after opening and saving them in a spreadsheet application (LibreOffice
  // here; Excel is the users' client): parts rewritten, styles and strings as the application writes them.
  if (spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status !== 0) {
    console.log('  (re-saved returns skipped: no soffice; Debian package libreoffice-calc-nogui)');
    return;
  }
  const resaved = resaveWithLibreOffice(dir);
  console.log(`  the same ${n} returns re-saved by LibreOffice:`);
  wholeProcessBench(setDir, resaved);
}

/** Every workbook of `dir` opened and saved by LibreOffice into a sibling folder. */
function resaveWithLibreOffice(dir) {
  const out = `${dir}-libreoffice`;
  const files = readdirSync(dir).map((f) => join(dir, f));
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, ...files], { stdio: 'ignore', timeout: 600_000 });
  if (r.status !== 0 || readdirSync(out).length !== files.length) throw new Error(`soffice re-saved ${readdirSync(out).length} of ${files.length} returns (exit ${r.status ?? r.signal})`);
  return out;
}

try {
  await bench('bundled set, 2026-Q1, 110 submissions', join(root, 'indicators'), 110, true);
  if (!process.argv.includes('--bundled')) {
    const setDir = join(work, 'set');
    generateSet(setDir, { indicators: 60, units: 3300, groups: 4, everyUnit: true });
    await bench('generated set, 3,300 units × 60 indicators', setDir, 3300);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
