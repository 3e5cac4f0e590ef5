#!/usr/bin/env node
// bench/validate: wall time and peak memory of the whole `indicators validate` process,
// on the bundled set and on a generated set of 5,000 indicators and 3,300 units. Run after `npm run build`.
// Targets (issue 3): bundled < 0.5 s, large < 3 s, memory < 300 MB, on a 2-core machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSet } from './generate-set.mjs';
import { measure, median } from './measure.mjs';

const bin = fileURLToPath(new URL('../bin/indicators.cjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const runs = 5;

function bench(label, setDir) {
  const results = Array.from({ length: runs }, () => measure([bin, 'validate', '--set', setDir, '--quiet'], { cwd: root }));
  if (results.some((r) => r.status !== 0)) throw new Error(`${label}: validate exited ${results.map((r) => r.status)}`);
  const s = median(results.map((r) => r.seconds));
  const m = Math.max(...results.map((r) => r.rssMb));
  console.log(`${label.padEnd(44)} median ${s.toFixed(3)} s over ${runs} runs, peak RSS ${m.toFixed(0)} MB`);
}

bench('bundled set (indicators/)', join(root, 'indicators'));
const dir = mkdtempSync(join(tmpdir(), 'bench-set-'));
const size = generateSet(dir);
bench(`generated: ${size.indicators} indicators, ${size.units} units`, dir);
rmSync(dir, { recursive: true, force: true });
