import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectRun } from '../../src/collect/collect-run.js';
import { loadAndValidateSet, parsePeriod, type IndicatorSet } from '../../src/model/index.js';
import { datasetRows } from '../../src/report/dataset.js';
import { mergeRun } from '../../src/report/merge-run.js';
import { requirePostgres, startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { runCli } from '../helpers/run-cli.js';
import { dossierSet } from './dossier-set.js';
import { DOSSIER_DERIVED, DOSSIER_QUERIES, loadDossiers } from './dossiers.js';

const PERIOD = parsePeriod('2026-Q1')!;
/** The Decree 09 window of 2026-Q1, written out here so the expected figures do not come from the code under test. */
const START = '2025-12-15';
const END = '2026-03-14';
const SYSTEM = { kind: 'postgres' as const, connection_env: 'TTHC_DATABASE_URL' };

describe.runIf(requirePostgres())('collect from a real PostgreSQL', () => {
  let pg: TestPostgres;
  let setDir: string;
  let set: IndicatorSet;
  let quiet: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    pg = await startPostgres();
    setDir = dossierSet(SYSTEM, DOSSIER_QUERIES, DOSSIER_DERIVED);
    const loaded = await loadAndValidateSet(setDir);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    set = loaded.set!;
    const units = set.units.filter((u) => u.kind !== 'province');
    quiet = units[3].code;
    await loadDossiers(pg, units, { quiet: [quiet] });
    env = { TTHC_DATABASE_URL: pg.url('collector', 'chi-doc') };
  });
  afterAll(async () => {
    await pg?.stop();
  });

  const sum = async (sql: string) => Number((await pg.sql(sql)).rows[0].n);

  it('collects the dossier indicators of every unit, and merge gives the figures SQL computes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'collected-'));
    const run = await collectRun({ set, period: PERIOD, out, systems: ['TTHC'], env });
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The unit with no dossier in the window has no row: reported, and left blank rather than 0.
    const noRow = run.diagnostics.filter((d) => d.code === 'system-no-row');
    expect(new Set(noRow.map((d) => d.params?.unit))).toEqual(new Set([quiet]));
    expect(noRow.map((d) => d.params?.code)).toContain('CCHC.01b');
    const owing = set.units.filter((u) => u.kind !== 'province').length;
    expect(readdirSync(join(out, 'TTHC')).length).toBeGreaterThanOrEqual(owing);

    const merged = await mergeRun({ set, inputs: [out], period: PERIOD });
    expect(merged.results.every((r) => r.status === 'accepted')).toBe(true);
    const province = new Map(merged.report!.province.map((p) => [p.key, p.value]));
    const inWindow = `ngay_tiep_nhan BETWEEN '${START}' AND '${END}'`;
    const settled = `ngay_tra BETWEEN '${START}' AND '${END}'`;
    expect(province.get('CCHC.01b')).toBe(await sum(`SELECT count(*) AS n FROM ho_so WHERE ${inWindow}`));
    expect(province.get('CCHC.01a')).toBe(await sum(`SELECT count(*) AS n FROM ho_so WHERE nop_truc_tuyen AND ${inWindow}`));
    expect(province.get('CCHC.03a')).toBe(await sum(`SELECT count(*) AS n FROM ho_so WHERE so_hoa AND ${settled}`));
    expect(province.get('CCHC.03b')).toBe(await sum(`SELECT count(*) AS n FROM ho_so WHERE ${settled}`));
    expect(province.get('CCHC.04a')).toBe(await sum(`SELECT count(*) AS n FROM ho_so WHERE dung_han AND ${settled}`));
    // The rate is recomputed from the summed numerator and denominator, never averaged.
    const rate = await sum(`SELECT 100.0 * count(*) FILTER (WHERE nop_truc_tuyen) / count(*) AS n FROM ho_so WHERE ${inWindow}`);
    expect(province.get('CCHC.01')).toBeCloseTo(rate, 9);
    for (const level of ['tinh', 'xa']) {
      expect(province.get(`CCHC.02a|level:${level}`)).toBe(await sum(`SELECT count(*) AS n FROM ho_so WHERE toan_trinh AND cap = '${level}' AND ${inWindow}`));
      expect(province.get(`CCHC.02b|level:${level}`)).toBe(await sum(`SELECT count(*) AS n FROM ho_so WHERE cap = '${level}' AND ${inWindow}`));
    }

    // Unit by unit, the dataset holds what the database holds; its source names the system and the query's hash.
    const rows = datasetRows(merged.report!).filter((r) => r.indicator_code === 'CCHC.03b' && r.status !== 'consolidated');
    const expected = new Map((await pg.sql(`SELECT unit_code, count(*) AS n FROM ho_so WHERE ${settled} GROUP BY unit_code`)).rows.map((r) => [r.unit_code, String(r.n)]));
    expect(new Map(rows.filter((r) => r.value !== '').map((r) => [r.unit_code, r.value]))).toEqual(expected);
    const hash = createHash('sha256').update(DOSSIER_QUERIES['CCHC.03b']).digest('hex').slice(0, 16);
    expect(new Set(rows.map((r) => r.source_file))).toEqual(new Set([`system:TTHC#sha256:${hash}`]));
  });

  it('runs every query read-only: a query that writes fails with the database message, and the table is intact', async () => {
    const before = await sum('SELECT count(*) AS n FROM ho_so');
    const dir = dossierSet(SYSTEM, { ...DOSSIER_QUERIES, 'CCHC.01b': 'DELETE FROM ho_so RETURNING unit_code, 1 AS value' }, DOSSIER_DERIVED);
    const loaded = (await loadAndValidateSet(dir)).set!;
    const out = mkdtempSync(join(tmpdir(), 'collected-'));
    // The superuser could delete: the transaction is read-only whoever connects.
    const run = await collectRun({ set: loaded, period: PERIOD, out, systems: ['TTHC'], env: { TTHC_DATABASE_URL: pg.superuserUrl } });
    const failed = run.diagnostics.find((d) => d.code === 'system-query-failed');
    expect(failed?.params).toMatchObject({ system: 'TTHC', code: 'CCHC.01b' });
    expect(failed?.message).toMatch(/read-only transaction/);
    expect(await sum('SELECT count(*) AS n FROM ho_so')).toBe(before);
    // A system with a failed query writes nothing (a partial return would look complete to merge).
    expect(existsSync(join(out, 'TTHC'))).toBe(false);
    expect(run.outcomes[0].answers.filter((a) => a.answer).length).toBe(Object.keys(DOSSIER_QUERIES).length - 1);
  });

  it('takes one statement only: a query cannot end the read-only transaction and write, nor lift the timeout', async () => {
    const before = await sum('SELECT count(*) AS n FROM ho_so');
    // Without parameters pg would send these as one simple query, run statement after statement.
    const dir = dossierSet(SYSTEM, {
      'CCHC.01b': 'SELECT unit_code, 1 AS value FROM ho_so GROUP BY unit_code; COMMIT; DELETE FROM ho_so',
      'CCHC.03b': 'SET statement_timeout = 0; SELECT unit_code, count(*) AS value FROM ho_so, pg_sleep(5) GROUP BY unit_code',
    });
    const loaded = (await loadAndValidateSet(dir)).set!;
    const started = Date.now();
    const run = await collectRun({
      set: loaded,
      period: PERIOD,
      out: mkdtempSync(join(tmpdir(), 'collected-')),
      systems: ['TTHC'],
      env: { TTHC_DATABASE_URL: pg.superuserUrl },
      limits: { timeoutMs: 300 },
    });
    expect(await sum('SELECT count(*) AS n FROM ho_so')).toBe(before);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(run.diagnostics.map((d) => [d.code, d.params?.code])).toEqual([
      ['system-query-failed', 'CCHC.01b'],
      ['system-query-failed', 'CCHC.03b'],
    ]);
    expect(run.diagnostics[0].message).toMatch(/multiple commands/);
  });

  it('reports an SQL error whose message names a timeout as the query’s error, and asks the other queries', async () => {
    const dir = dossierSet(SYSTEM, { ...DOSSIER_QUERIES, 'CCHC.01b': 'SELECT unit_code, count(*) AS value FROM ho_so WHERE timeout_flag GROUP BY unit_code' }, DOSSIER_DERIVED);
    const loaded = (await loadAndValidateSet(dir)).set!;
    const run = await collectRun({ set: loaded, period: PERIOD, out: mkdtempSync(join(tmpdir(), 'collected-')), systems: ['TTHC'], env });
    expect(run.diagnostics.map((d) => [d.code, d.params?.code])).toEqual([['system-query-failed', 'CCHC.01b']]);
    expect(run.diagnostics[0].message).toContain('timeout_flag');
    expect(run.outcomes[0].answers.filter((a) => a.answer).length).toBe(Object.keys(DOSSIER_QUERIES).length - 1);
  });

  it('stops a slow statement at the timeout', async () => {
    const dir = dossierSet(SYSTEM, { 'CCHC.01b': 'SELECT unit_code, count(*) AS value FROM ho_so, pg_sleep(5) GROUP BY unit_code' });
    const loaded = (await loadAndValidateSet(dir)).set!;
    const started = Date.now();
    const run = await collectRun({ set: loaded, period: PERIOD, out: mkdtempSync(join(tmpdir(), 'collected-')), systems: ['TTHC'], env, limits: { timeoutMs: 300 } });
    expect(run.diagnostics.map((d) => d.code)).toEqual(['system-timeout']);
    expect(run.diagnostics[0].params).toMatchObject({ system: 'TTHC', code: 'CCHC.01b' });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('reports rows for unknown units, duplicated units and values that are not numbers, and keeps the others', async () => {
    const units = set.units.filter((u) => u.kind !== 'province').map((u) => u.code);
    const values = units.map((u, i) => `('${u}', '${i === 1 ? 'mười' : String(i + 1)}')`);
    const query = `SELECT * FROM (VALUES ${[...values, `('XX999', '5')`, `('${units[2]}', '7')`].join(', ')}) AS t(unit_code, value)`;
    const dir = dossierSet(SYSTEM, { 'CCHC.01b': query });
    const loaded = (await loadAndValidateSet(dir)).set!;
    const out = mkdtempSync(join(tmpdir(), 'collected-'));
    const run = await collectRun({ set: loaded, period: PERIOD, out, systems: ['TTHC'], env });
    const codes = run.diagnostics.map((d) => `${d.code} ${d.params?.unit}`).sort();
    expect(codes).toEqual([`system-duplicate-row ${units[2]}`, `system-not-a-number ${units[1]}`, 'system-unknown-unit XX999'].sort());
    const first = readFileSync(join(out, 'TTHC', `${units[0]}_${loaded.info.id}_2026-Q1.csv`), 'utf8');
    expect(first).toContain(`${units[0]},2026-Q1,CCHC.01b,,1,,TTHC,`);
    const merged = await mergeRun({ set: loaded, inputs: [out], period: PERIOD });
    const province = merged.report!.province.find((p) => p.key === 'CCHC.01b')!;
    // Every unit but the two refused ones: 1 + 4 + 5 + … (unit i gives i + 1).
    const expected = units.reduce((a, _u, i) => a + (i === 1 || i === 2 ? 0 : i + 1), 0);
    expect(province.value).toBe(expected);
  });

  describe('the command', () => {
    it('--dry-run prints each query with its bound parameters and the rows, and writes nothing', () => {
      const out = join(mkdtempSync(join(tmpdir(), 'dry-')), 'out');
      const r = runCli(['collect', '--set', setDir, '--period', '2026-Q1', '--out', out, '--system', 'TTHC', '--dry-run'], { env });
      expect(r.stderr).not.toMatch(/chi-doc/);
      expect(r.stdout).not.toMatch(/chi-doc/);
      expect(r.stdout).toContain('postgres://collector:***@127.0.0.1');
      expect(r.stdout).toContain('WHERE ngay_tiep_nhan BETWEEN $1::date AND $2::date -- Decree 09 window');
      expect(r.stdout).toContain(`$1 = :period_start = ${START}`);
      expect(r.stdout).toContain(`$2 = :period_end = ${END}`);
      expect(r.stdout).toMatch(/unit_code\s+value/);
      expect(existsSync(out)).toBe(false);
      expect(r.code).toBe(0);
    });

    it('names the environment variable that is not set', () => {
      const out = mkdtempSync(join(tmpdir(), 'collected-'));
      const r = runCli(['collect', '--set', setDir, '--period', '2026-Q1', '--out', out, '--system', 'TTHC', '--format', 'json'], { env: { TTHC_DATABASE_URL: '' } });
      const codes = JSON.parse(r.stdout).diagnostics.map((d: { code: string; message: string }) => [d.code, d.message]);
      expect(codes).toEqual([['system-env-missing', expect.stringContaining('TTHC_DATABASE_URL')]]);
      expect(r.code).toBe(1);
    });

    it('says authentication failed without printing the password', () => {
      const out = mkdtempSync(join(tmpdir(), 'collected-'));
      const r = runCli(['collect', '--set', setDir, '--period', '2026-Q1', '--out', out, '--system', 'TTHC'], { env: { TTHC_DATABASE_URL: pg.url('collector', 'sai-mat-khau-bi-mat') } });
      expect(r.stdout).toContain('system-auth-failed');
      expect(r.stdout).toContain('postgres://collector:***@');
      expect(r.stdout + r.stderr).not.toContain('sai-mat-khau-bi-mat');
      expect(r.code).toBe(1);
    });

    it('says a connection string pg cannot read is wrong, without a stack trace or its password (exit 1)', () => {
      const out = mkdtempSync(join(tmpdir(), 'collected-'));
      const r = runCli(['collect', '--set', setDir, '--period', '2026-Q1', '--out', out, '--system', 'TTHC', '--format', 'json'], {
        env: { TTHC_DATABASE_URL: 'postgres://collector:Bi-mat-99@127.0.0.1:99999/tthc' },
      });
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout + r.stderr).not.toContain('Bi-mat-99');
      const [d] = JSON.parse(r.stdout).diagnostics;
      expect(d.code).toBe('system-unreachable');
      expect(d.message).toContain('postgres://collector:***@127.0.0.1:99999/tthc');
      expect(r.code).toBe(1);
    });

    it('says the server cannot be reached', () => {
      const out = mkdtempSync(join(tmpdir(), 'collected-'));
      const r = runCli(['collect', '--set', setDir, '--period', '2026-Q1', '--out', out, '--system', 'TTHC', '--format', 'json'], {
        env: { TTHC_DATABASE_URL: 'postgres://collector:bi-mat@127.0.0.1:1/tthc' },
      });
      const [d] = JSON.parse(r.stdout).diagnostics;
      expect(d.code).toBe('system-unreachable');
      expect(d.message).toContain('ECONNREFUSED');
      expect(r.stdout).not.toContain('bi-mat');
      expect(r.code).toBe(1);
    });
  });
});
