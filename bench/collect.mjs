#!/usr/bin/env node
// bench/collect: time and peak memory of `indicators collect` (whole process) for 3,300 units × 10 system indicators
// from PostgreSQL, one query each over a generated table of 330,000 dossiers, writing 3,300 returns; then `merge` of
// those returns, for scale. Target (issue 14): collect in under 10 s. Needs `npm run build` and Debian's postgresql.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { measure } from './measure.mjs';
import { startPostgres } from './postgres.mjs';

const bin = fileURLToPath(new URL('../bin/indicators.cjs', import.meta.url));
const UNITS = 3300;
const INDICATORS = 10;
const PER_UNIT = 100;
const work = mkdtempSync(join(tmpdir(), 'bench-collect-'));

/** A set of UNITS units (20 departments, the rest communes) and INDICATORS quarterly counts taken from system DB. */
function writeSet(dir) {
  mkdirSync(join(dir, 'groups'), { recursive: true });
  writeFileSync(join(dir, 'set.yaml'), 'id: bench\nname: Bộ chỉ số\nversion: 1.0.0\nissuing_body: UBND\nreceiving_unit: VP UBND\nperiods:\n  quarter: { cutoff_day: 14, deadline_days: 6 }\n');
  const units = ['units:', '  - { code: "00", name: Tỉnh, kind: province }'];
  for (let i = 1; i <= 20; i++) units.push(`  - { code: "S${i}", name: Sở ${i}, kind: department }`);
  for (let i = 1; i < UNITS - 20; i++) units.push(`  - { code: "${String(i).padStart(5, '0')}", name: Xã ${i}, kind: commune }`);
  writeFileSync(join(dir, 'units.yaml'), units.join('\n') + '\n');
  writeFileSync(join(dir, 'agencies.yaml'), 'agencies:\n  - { code: S1, name: Sở 1 }\n');
  writeFileSync(join(dir, 'systems.yaml'), 'systems:\n  - id: DB\n    name: Hệ thống\n    owner: S1\n    kind: postgres\n    connection_env: BENCH_DATABASE_URL\n');
  const lines = ['id: g', 'name: Nhóm', 'indicators:'];
  for (let k = 1; k <= INDICATORS; k++) {
    lines.push(
      `  - code: H.${String(k).padStart(2, '0')}`,
      `    name: Số hồ sơ loại ${k}`,
      '    type: output',
      '    unit: hồ sơ',
      '    value_type: integer',
      '    frequency: quarter',
      '    accumulation: period',
      '    owner: S1',
      '    reported_by: all',
      '    source: Hệ thống',
      '    definition: Đếm.',
      '    method: Đếm.',
      '    aggregation: sum',
      '    collection: system',
      '    system: DB',
      `    query: SELECT unit_code, count(*) AS value FROM ho_so WHERE loai <= ${k} AND ngay BETWEEN :period_start AND :period_end GROUP BY unit_code`,
    );
  }
  writeFileSync(join(dir, 'groups', 'g.yaml'), lines.join('\n') + '\n');
}

const db = await startPostgres();
try {
  const setDir = join(work, 'set');
  writeSet(setDir);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query('CREATE TABLE ho_so (unit_code text, loai int, ngay date)');
  const t0 = Date.now();
  await client.query(
    `INSERT INTO ho_so SELECT CASE WHEN u <= 20 THEN 'S' || u ELSE lpad((u - 20)::text, 5, '0') END, 1 + (random() * ${INDICATORS - 1})::int,
       date '2025-12-15' + (random() * 89)::int FROM generate_series(1, ${UNITS - 1}) u, generate_series(1, ${PER_UNIT}) d`,
  );
  await client.query('CREATE INDEX ON ho_so (ngay); ANALYZE ho_so');
  const { rows } = await client.query('SELECT count(*) AS n FROM ho_so');
  console.log(`${rows[0].n} dossiers of ${UNITS - 1} units loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await client.end();
  const out = join(work, 'inbox');
  const env = { ...process.env, BENCH_DATABASE_URL: db.url };
  const collect = measure([bin, 'collect', '--set', setDir, '--period', '2026-Q1', '--out', out, '--quiet'], { env });
  if (collect.status !== 0) throw new Error(`collect exited ${collect.status}: ${collect.stdout.slice(0, 800)}`);
  const files = readdirSync(join(out, 'DB')).length;
  console.log(`collect  ${collect.seconds.toFixed(2).padStart(6)} s  peak RSS ${collect.rssMb.toFixed(0)} MB  (${INDICATORS} queries, ${files} returns written; target < 10 s)`);
  const merge = measure([bin, 'merge', out, '--set', setDir, '--period', '2026-Q1', '--out', join(work, 'report'), '--quiet']);
  console.log(`merge    ${merge.seconds.toFixed(2).padStart(6)} s  peak RSS ${merge.rssMb.toFixed(0)} MB  (the collected returns, for scale; exit ${merge.status})`);
} finally {
  db.stop();
  rmSync(work, { recursive: true, force: true });
}
