#!/usr/bin/env node
// bench/check: files per second checking generated correct submissions (110 of the bundled set; 3,300 of a generated
// set of 3,300 units × 60 indicators), against a plain "load every workbook fully with exceljs" loop and a floor of
// unzip + XML scan only, on the same files; `check` as the CLI runs it (worker threads from 200 files) and on one thread. Each loop runs in its own process (peak RSS is its own) and is timed
// without process start and set loading. Targets (issue 5): ≥ 5× the exceljs loop, within 3× of the floor,
// peak RSS < 500 MB at 3,300 files. Needs `npm run build` first.
// Whole process (issue 17), medians of 7 interleaved rounds on the same files: `indicators check` as a user runs it, against a Python loop
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

/** Wall time of one run of a whole process (start-up, set loading and reading included). */
function wholeRun(command, args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error || r.status === null || r.status > 1) throw new Error(`${command} ${args.join(' ')}: ${r.error ?? r.stderr}`);
  return seconds;
}

/**
 * Medians of 7 rounds, each running every contender once in turn (the machine is shared: a slow spell then slows all
 * of them, not one). `check` runs as on a user's machine: this sandbox sets NODE_EXTRA_CA_CERTS for its TLS proxy,
 * and Node 20 parses that file's certificates when it starts, before any of the tool's code (`node -e 0` takes
 * about 40 ms longer with it); Python reads no such variable. When it is set, `check` is also timed with it.
 */
function wholeProcessBench(setDir, dir) {
  const userEnv = { ...process.env };
  delete userEnv.NODE_EXTRA_CA_CERTS;
  const withCerts = process.env.NODE_EXTRA_CA_CERTS ? process.env : undefined;
  const hasOpenpyxl = spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
  const checkArgs = [bin, 'check', '--set', setDir, '--quiet', dir];
  // Not counted: the first run after a build stores the code cache.
  wholeRun(process.execPath, checkArgs, userEnv);
  const times = { check: [], certs: [], openpyxl: [], floor: [], nodeBare: [], nodeCerts: [] };
  for (let round = 0; round < 7; round++) {
    times.check.push(wholeRun(process.execPath, checkArgs, userEnv));
    if (withCerts) {
      times.certs.push(wholeRun(process.execPath, checkArgs, withCerts));
      times.nodeBare.push(wholeRun(process.execPath, ['-e', '0'], userEnv));
      times.nodeCerts.push(wholeRun(process.execPath, ['-e', '0'], withCerts));
    }
    if (hasOpenpyxl) times.openpyxl.push(wholeRun(python, [join(here, 'openpyxl-loop.py'), dir], process.env));
    times.floor.push(wholeRun(python, [join(here, 'expat-floor.py'), dir], process.env));
  }
  const [check, openpyxl, floor] = [median(times.check), hasOpenpyxl ? median(times.openpyxl) : NaN, median(times.floor)];
  console.log(
    `  whole process, medians of 7 interleaved rounds: check ${check.toFixed(3)} s, openpyxl loop ${hasOpenpyxl ? `${openpyxl.toFixed(3)} s` : 'skipped (no python3-openpyxl)'}, zipfile + expat floor ${floor.toFixed(3)} s`,
  );
  console.log(`  check is ${(openpyxl / check).toFixed(1)}× faster than openpyxl (target ≥ 5×) and ${(check / floor).toFixed(2)}× the floor (target ≤ 3×)`);
  if (withCerts) {
    const certs = median(times.certs);
    console.log(
      `  with this machine's NODE_EXTRA_CA_CERTS (node -e 0: ${(median(times.nodeBare) * 1000).toFixed(0)} ms without, ${(median(times.nodeCerts) * 1000).toFixed(0)} ms with): check ${certs.toFixed(3)} s, ${(openpyxl / certs).toFixed(1)}× openpyxl, ${(certs / floor).toFixed(2)}× the floor`,
    );
  }
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
