#!/usr/bin/env node
// bench/validate: wall time and peak memory of the whole `indicators validate` process, on the bundled set and on a
// generated set of 5,000 indicators and 3,300 units. Run after `npm run build`.
// Targets (issue 17, on a 2-core machine): the bundled set under 0.15 s; the large one under 1.5 s. Each set is timed
// three ways, median of 5: as run again unchanged (the validated set and the compiled code come from the cache), just
// edited (the set is validated again; the code cache is there, as on any machine that ran the tool before), and as a
// first run ever (an empty cache folder: nothing cached at all).
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSet } from './generate-set.mjs';
import { measure, median } from './measure.mjs';

const bin = fileURLToPath(new URL('../bin/indicators.cjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bench-validate-'));
const runs = 5;
let fresh = 0;

/** A cache folder of this bench's own (mode 700, as the tool makes it). */
function cacheFolder() {
  const dir = join(work, `cache-${fresh++}`);
  mkdirSync(dir, { mode: 0o700 });
  return dir;
}

function run(setDir, cache) {
  const r = measure([bin, 'validate', '--set', setDir, '--quiet'], { cwd: root, env: { ...process.env, INDICATORS_CACHE_DIR: cache } });
  if (r.status !== 0) throw new Error(`validate ${setDir} exited ${r.status}`);
  return r;
}

function report(label, how, results) {
  const s = median(results.map((r) => r.seconds));
  const m = Math.max(...results.map((r) => r.rssMb));
  console.log(`${label.padEnd(40)} ${how.padEnd(13)} median ${s.toFixed(3)} s over ${runs} runs, peak RSS ${m.toFixed(0)} MB`);
}

function bench(label, setDir) {
  const cache = cacheFolder();
  run(setDir, cache);
  report(
    label,
    'unchanged',
    Array.from({ length: runs }, () => run(setDir, cache)),
  );
  report(
    label,
    'just edited',
    Array.from({ length: runs }, (_, i) => {
      appendFileSync(join(setDir, 'set.yaml'), `# bench edit ${i}\n`);
      return run(setDir, cache);
    }),
  );
  report(
    label,
    'first run',
    Array.from({ length: runs }, () => run(setDir, cacheFolder())),
  );
}

try {
  // A copy: the "just edited" runs append comments to set.yaml.
  const bundled = join(work, 'bundled');
  cpSync(join(root, 'indicators'), bundled, { recursive: true });
  bench('bundled set (indicators/)', bundled);
  const large = join(work, 'large');
  const size = generateSet(large);
  bench(`generated: ${size.indicators} indicators, ${size.units} units`, large);
} finally {
  rmSync(work, { recursive: true, force: true });
}
