// Several periods of merged reports from generated submissions: what `indicators site` reads. Shared by the demo
// (scripts/demo.js), the site test (test/site/site.int.test.ts) and the guides. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAndValidateSet, parsePeriod } from '../../dist/model/index.js';
import { planTemplate } from '../../dist/model/layout/index.js';
import { plausibleValues } from './values.mjs';

const bin = fileURLToPath(new URL('../../bin/indicators.cjs', import.meta.url));

/** The four quarters up to 2026-Q1. */
export const FOUR_QUARTERS = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];

/**
 * For each period: every unit but a few (a different few each period, and two units missing every time: chronically
 * missing) sends its return as a CSV (README "CSV returns": the form's rows, the generator's plausible values, which
 * `check` and `merge` read like a filled workbook, without compiling and filling a workbook per unit), merged into
 * `<outDir>/<period>` with the previous period's dataset. Returns the merge output folders in order. Seeded: always
 * the same files.
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
    const sending = units.filter((u, i) => !always.has(u) && i % 23 !== (k * 5 + 3) % 23);
    writeCsvReturns(set, period, sending, join(work, 'inbox'));
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

/**
 * One CSV return per unit, named like its form (`21109_qng-bo-chi-so_2025-Q2.csv`): a line per row of the form with
 * code, category (its name, as in the form; empty on a total) and value; values the form computes left empty.
 */
export function writeCsvReturns(set, period, unitCodes, dir) {
  mkdirSync(dir, { recursive: true });
  for (const code of unitCodes) {
    const plan = planTemplate(
      set,
      set.units.find((u) => u.code === code),
      period,
      'vi',
    );
    if (!plan) continue;
    const values = plausibleValues(plan, set);
    const lines = ['code,category,value'];
    for (const r of plan.valueRows) {
      const v = r.indicator.formula || r.sumOf ? undefined : values.get(r.key);
      lines.push([r.indicator.code, csvField(r.category?.name ?? ''), csvValue(v)].join(','));
    }
    writeFileSync(join(dir, plan.fileName.replace(/\.xlsx$/, '.csv')), lines.join('\n') + '\n');
  }
}

/** A value as a Vietnamese officer writes it: decimal comma (quoted), Có/Không. */
function csvValue(v) {
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : csvField(String(v).replace('.', ','));
  return csvField(String(v));
}

function csvField(text) {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
