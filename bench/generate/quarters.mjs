// Several periods of merged reports from generated submissions: what `indicators site` reads. Shared by the demo
// (scripts/demo.js), the site test (test/site/site.int.test.ts) and the guides. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAndValidateSet, parsePeriod } from '../../dist/model/index.js';
import { compileTemplates } from '../../dist/template/compile.js';
import { generateSubmissions } from './generate.mjs';

const bin = fileURLToPath(new URL('../../bin/indicators.js', import.meta.url));

/** The four quarters up to 2026-Q1. */
export const FOUR_QUARTERS = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];

/**
 * For each period: compile the templates, fill them for every unit but a few (a different few each period, and two
 * units missing every time: chronically missing), merge into `<outDir>/<period>` with the previous period's dataset.
 * Returns the merge output folders in order. Seeded: always the same files.
 */
export async function buildPeriods({ setDir, outDir, periods = FOUR_QUARTERS, cwd = process.cwd(), log = () => {} }) {
  const { set } = await loadAndValidateSet(setDir);
  const units = set.units.filter((u) => u.kind !== 'province').map((u) => u.code);
  const always = new Set(units.filter((_, i) => i % 37 === 11));
  const folders = [];
  for (const [k, id] of periods.entries()) {
    const period = parsePeriod(id);
    const work = join(outDir, '.work', id);
    mkdirSync(work, { recursive: true });
    await compileTemplates({ set, period, outDir: join(work, 'templates'), lang: 'vi', toolVersion: '0.1.0' });
    const sending = units.filter((u, i) => !always.has(u) && i % 23 !== (k * 5 + 3) % 23);
    await generateSubmissions({ set, period, templatesDir: join(work, 'templates'), outDir: join(work, 'inbox'), units: sending });
    const out = join(outDir, id);
    const args = [bin, 'merge', join(work, 'inbox'), '--set', setDir, '--period', id, '--out', out, '--quiet'];
    if (folders.length) args.push('--previous', join(folders[folders.length - 1], 'dataset.csv'));
    const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
    if (r.status === 2) throw new Error(`merge ${id} failed: ${r.stderr}`);
    log(`  ${id}: ${sending.length} đơn vị gửi biểu, đã tổng hợp vào ${relative(cwd, out)}`);
    folders.push(out);
    rmSync(work, { recursive: true, force: true });
  }
  rmSync(join(outDir, '.work'), { recursive: true, force: true });
  return folders;
}
