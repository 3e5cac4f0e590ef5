#!/usr/bin/env node
// bench/site: time and peak memory of `indicators site` over 12 quarterly datasets of a generated set of 3,300 units ×
// 60 indicators (every unit reports every indicator: 2.4 million unit rows), written directly as merge would write
// them. Target (issue 15): under 60 s and 1 GB, no page over 500 KB. Needs `npm run build` first.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAndValidateSet } from '../dist/model/index.js';
import { datasetCsvLines } from '../dist/report/dataset.js';
import { writeChunks } from '../dist/io/write-chunks.js';
import { generateSet } from './generate-set.mjs';
import { measure } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/indicators.cjs', import.meta.url));
// BENCH_SITE_DIR=folder keeps the generated datasets there between runs (and reuses them).
const kept = process.env.BENCH_SITE_DIR;
const work = kept ?? mkdtempSync(join(tmpdir(), 'bench-site-'));
const PERIODS = ['2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];

/** A seeded number in [0, 1) from a string (the same data on every run). */
function rand(key) {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

/** One period's dataset rows as merge writes them: each reporting unit's values, then the province's. */
function* rows(set, period) {
  const base = { set_id: set.info.id, set_version: set.info.version, period, breakdown: '', category: '', source_sha256: '', note: '', higher_code: '' };
  const sums = new Map();
  for (const unit of set.units) {
    if (unit.kind === 'province' || rand(`${unit.code}|${period}|missing`) < 0.02) continue;
    for (const ind of set.indicators) {
      if (ind.formula) continue;
      const v = Math.round(50 + rand(`${unit.code}|${period}|${ind.code}`) * 950);
      const value = ind.code.endsWith('b') ? v + 1000 : v;
      sums.set(ind.code, (sums.get(ind.code) ?? 0) + value);
      yield {
        ...base,
        unit_code: unit.code,
        unit_name: unit.name,
        indicator_code: ind.code,
        value: String(value),
        unit_of_measure: ind.unit,
        status: 'accepted',
        source_file: `${unit.code}_${period}.xlsx`,
      };
    }
    for (const ind of set.indicators.filter((i) => i.formula)) {
      const a = Math.round(50 + rand(`${unit.code}|${period}|${ind.code}a`) * 950);
      const b = Math.round(50 + rand(`${unit.code}|${period}|${ind.code}b`) * 950) + 1000;
      yield {
        ...base,
        unit_code: unit.code,
        unit_name: unit.name,
        indicator_code: ind.code,
        value: String(Math.round((a / b) * 1e6) / 1e4),
        unit_of_measure: '%',
        status: 'accepted',
        source_file: `${unit.code}_${period}.xlsx`,
      };
    }
  }
  const province = set.units.find((u) => u.kind === 'province');
  for (const ind of set.indicators) {
    const value = ind.formula ? ((sums.get(`${ind.code}a`) ?? 0) / (sums.get(`${ind.code}b`) ?? 1)) * 100 : (sums.get(ind.code) ?? 0);
    yield {
      ...base,
      unit_code: province.code,
      unit_name: province.name,
      indicator_code: ind.code,
      value: String(Math.round(value * 1e4) / 1e4),
      unit_of_measure: ind.unit,
      status: 'consolidated',
      source_file: '',
    };
  }
}

function largest(dir) {
  let best = { size: 0, file: '' };
  let count = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    count++;
    const file = join(e.parentPath ?? e.path, e.name);
    const size = statSync(file).size;
    if (size > best.size) best = { size, file };
  }
  return { ...best, count };
}

try {
  const setDir = join(work, 'set');
  const ready = kept && existsSync(join(work, 'reports', PERIODS[PERIODS.length - 1], 'dataset.csv'));
  if (!ready) generateSet(setDir, { indicators: 60, units: 3300, groups: 4, everyUnit: true });
  const { set } = await loadAndValidateSet(setDir);
  const t0 = Date.now();
  let total = 0;
  for (const period of ready ? [] : PERIODS) {
    mkdirSync(join(work, 'reports', period), { recursive: true });
    let n = 0;
    await writeChunks(
      join(work, 'reports', period, 'dataset.csv'),
      datasetCsvLines(
        (function* () {
          for (const r of rows(set, period)) {
            n++;
            yield r;
          }
        })(),
      ),
    );
    total += n;
    // merge writes both; the site reads dataset.json where it has one (JSON is parsed natively, much faster).
    await writeChunks(
      join(work, 'reports', period, 'dataset.json'),
      (function* () {
        yield `{\n  "set_id": ${JSON.stringify(set.info.id)},\n  "set_version": ${JSON.stringify(set.info.version)},\n  "period": "${period}",\n  "targets": [],\n  "rows": [`;
        let first = true;
        for (const r of rows(set, period)) {
          yield `${first ? '' : ','}\n    ${JSON.stringify(r)}`;
          first = false;
        }
        yield '\n  ]\n}\n';
      })(),
    );
  }
  if (!ready) console.log(`${PERIODS.length} datasets, ${total.toLocaleString('en')} rows, written in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const out = join(work, 'site');
  const r = measure([bin, 'site', join(work, 'reports'), '--set', setDir, '--out', out, '--quiet'], { cwd: root });
  if (r.status !== 0) throw new Error(`site exited ${r.status}: ${r.stdout.slice(0, 500)}`);
  const big = largest(out);
  const parquet = statSync(join(out, 'data', 'dataset-all.parquet')).size;
  const csv = statSync(join(out, 'data', 'dataset-all.csv')).size;
  console.log(`  site  ${r.seconds.toFixed(2).padStart(7)} s  peak RSS ${r.rssMb.toFixed(0)} MB  (target < 60 s, < 1024 MB)`);
  console.log(`  ${big.count} pages, largest ${(big.size / 1024).toFixed(0)} KB (${big.file.slice(out.length + 1)}; target < 500 KB)`);
  console.log(`  dataset-all.csv ${(csv / 1e6).toFixed(0)} MB, dataset-all.parquet ${(parquet / 1e6).toFixed(0)} MB`);
} finally {
  if (!kept) rmSync(work, { recursive: true, force: true });
  else rmSync(join(work, 'site'), { recursive: true, force: true });
}
