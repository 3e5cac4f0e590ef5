// Generated correct submissions for the benchmarks: compile a set's templates for 2026-Q1 and fill `count` of them
// with seeded plausible values (no mistakes). Shared by bench/check and bench/merge.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadAndValidateSet, parsePeriod } from '../../dist/model/index.js';
import { compileTemplates } from '../../dist/template/compile.js';
import { generateSubmissions } from './generate.mjs';

export const BENCH_PERIOD = '2026-Q1';

/** Returns the folder holding the filled submissions (inside `work`). */
export async function prepareSubmissions(work, setDir, count) {
  const period = parsePeriod(BENCH_PERIOD);
  const { set } = await loadAndValidateSet(setDir);
  const dir = mkdtempSync(join(work, 'case-'));
  const templates = join(dir, 'templates');
  await compileTemplates({ set, period, outDir: templates, lang: 'vi', toolVersion: '0.1.0' });
  const units = set.units
    .filter((u) => u.kind !== 'province')
    .map((u) => u.code)
    .slice(0, count);
  await generateSubmissions({ set, period, templatesDir: templates, outDir: join(dir, 'submissions'), units });
  rmSync(templates, { recursive: true, force: true });
  return join(dir, 'submissions');
}
