#!/usr/bin/env node
// bench/compile: time and peak memory of `indicators compile` (whole process) for the bundled set's templates
// (2026-Q1) and for 3,300 units × 60 indicators. Targets (issue 4): 110 templates < 5 s, 3,300 < 90 s, < 500 MB.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSet } from './generate-set.mjs';
import { measure } from './measure.mjs';

const bin = fileURLToPath(new URL('../bin/indicators.cjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

function bench(label, setDir) {
  const out = mkdtempSync(join(tmpdir(), 'bench-compile-'));
  const r = measure([bin, 'compile', '--set', setDir, '--period', '2026-Q1', '--out', out, '--quiet'], { cwd: root });
  if (r.status !== 0) throw new Error(`${label}: compile exited ${r.status}`);
  const n = readdirSync(out).filter((f) => f.endsWith('.xlsx')).length;
  console.log(`${label.padEnd(40)} ${n} templates in ${r.seconds.toFixed(2)} s (${((r.seconds * 1000) / n).toFixed(1)} ms each), peak RSS ${r.rssMb.toFixed(0)} MB`);
  rmSync(out, { recursive: true, force: true });
}

bench('bundled set, 2026-Q1', join(root, 'indicators'));
const dir = mkdtempSync(join(tmpdir(), 'bench-set-'));
generateSet(dir, { indicators: 60, units: 3300, groups: 4, everyUnit: true });
bench('generated: 3,300 units × 60 indicators', dir);
rmSync(dir, { recursive: true, force: true });
