import type { TestPostgres } from '../helpers/postgres.js';

/** A unit of the set, as the generated dossier table needs it. */
export interface DossierUnit {
  code: string;
  kind: string;
}

/** A small seeded generator (mulberry32): the same dossiers on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (from: string, offset: number) => new Date(Date.parse(from) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Loads a generated dossier table `ho_so` (one row per administrative-procedure application) for `units`: received
 * between 2025-11-20 and 2026-04-10 (around the Decree 09 window of 2026-Q1, 2025-12-15…2026-03-14), online or not,
 * settled some days later (or not yet), digitised, on time, at province or commune level. `quiet` units get
 * dossiers only outside the window. Grants SELECT to a login role `collector` (password `chi-doc`).
 */
export async function loadDossiers(pg: TestPostgres, units: readonly DossierUnit[], options: { quiet?: string[]; perUnit?: number; seed?: number } = {}): Promise<number> {
  const next = random(options.seed ?? 14);
  const cols: Record<string, unknown[]> = { unit_code: [], ngay_tiep_nhan: [], nop_truc_tuyen: [], ngay_tra: [], so_hoa: [], dung_han: [], cap: [], toan_trinh: [] };
  for (const unit of units) {
    const n = (options.perUnit ?? 40) - Math.floor(next() * 20);
    for (let i = 0; i < n; i++) {
      const quiet = options.quiet?.includes(unit.code);
      const received = quiet ? day(i % 2 ? '2025-11-20' : '2026-03-20', Math.floor(next() * 20)) : day('2025-11-20', Math.floor(next() * 142));
      const settled = next() < 0.1 ? null : day(received, Math.floor(next() * 30));
      cols.unit_code.push(unit.code);
      cols.ngay_tiep_nhan.push(received);
      cols.nop_truc_tuyen.push(next() < 0.7);
      cols.ngay_tra.push(settled);
      cols.so_hoa.push(next() < 0.8);
      cols.dung_han.push(next() < 0.9);
      cols.cap.push(unit.kind === 'department' ? 'tinh' : 'xa');
      cols.toan_trinh.push(next() < 0.5);
    }
  }
  await pg.sql(`DROP TABLE IF EXISTS ho_so;
    CREATE TABLE ho_so (id serial PRIMARY KEY, unit_code text NOT NULL, ngay_tiep_nhan date NOT NULL, nop_truc_tuyen boolean NOT NULL,
      ngay_tra date, so_hoa boolean NOT NULL, dung_han boolean NOT NULL, cap text NOT NULL, toan_trinh boolean NOT NULL)`);
  await pg.sql(
    `INSERT INTO ho_so (unit_code, ngay_tiep_nhan, nop_truc_tuyen, ngay_tra, so_hoa, dung_han, cap, toan_trinh)
     SELECT * FROM unnest($1::text[], $2::date[], $3::boolean[], $4::date[], $5::boolean[], $6::boolean[], $7::text[], $8::boolean[])`,
    Object.values(cols),
  );
  await pg.sql(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'collector') THEN CREATE ROLE collector LOGIN PASSWORD 'chi-doc'; END IF; END $$`);
  await pg.sql('GRANT SELECT ON ho_so TO collector');
  return cols.unit_code.length;
}

/** The dossier queries of the bundled set's CCHC indicators, as a province would write them. */
export const DOSSIER_QUERIES: Record<string, string> = {
  'CCHC.01a': `SELECT unit_code, count(*) FILTER (WHERE nop_truc_tuyen) AS value
FROM ho_so
WHERE ngay_tiep_nhan BETWEEN :period_start::date AND :period_end::date -- Decree 09 window
GROUP BY unit_code`,
  'CCHC.01b': 'SELECT unit_code, count(*) AS value FROM ho_so WHERE ngay_tiep_nhan BETWEEN :period_start AND :period_end GROUP BY unit_code',
  'CCHC.03a': 'SELECT unit_code, count(*) FILTER (WHERE so_hoa) AS value FROM ho_so WHERE ngay_tra BETWEEN :period_start AND :period_end GROUP BY unit_code',
  'CCHC.03b': 'SELECT unit_code, count(*) AS value FROM ho_so WHERE ngay_tra BETWEEN :period_start AND :period_end GROUP BY unit_code',
  'CCHC.04a': 'SELECT unit_code, count(*) FILTER (WHERE dung_han) AS value FROM ho_so WHERE ngay_tra BETWEEN :period_start AND :period_end GROUP BY unit_code',
  // Province-level, by level of government: one row per category, no unit code (the owner's unit reports it).
  'CCHC.02a': `SELECT NULL AS unit_code, 'level' AS breakdown, cap AS category, count(*) FILTER (WHERE toan_trinh) AS value
FROM ho_so WHERE ngay_tiep_nhan BETWEEN :period_start AND :period_end GROUP BY cap`,
  'CCHC.02b': `SELECT NULL AS unit_code, cap AS category, count(*) AS value FROM ho_so WHERE ngay_tiep_nhan BETWEEN :period_start AND :period_end GROUP BY cap`,
};

/** The derived indicators computed from them. */
export const DOSSIER_DERIVED = ['CCHC.01', 'CCHC.02', 'CCHC.03', 'CCHC.04'];
