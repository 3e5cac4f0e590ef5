import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The newest PostgreSQL server of Debian's `postgresql` package (/usr/lib/postgresql/<major>/bin). */
function serverBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length ? join(root, majors[0], 'bin') : undefined;
}

/**
 * Whether the tests that need a PostgreSQL server run: with `CI=true` a missing server fails the suite, elsewhere the
 * tests are skipped with a notice naming the Debian package (as `requireSoffice`).
 */
export function requirePostgres(): boolean {
  if (serverBin()) return true;
  if (process.env.CI === 'true') throw new Error('PostgreSQL (initdb, postgres) is required in CI: apt-get install -y postgresql');
  console.warn('⚠ PostgreSQL không có: bỏ qua các bài kiểm thử cần nó (Debian: apt-get install postgresql)');
  return false;
}

/** A throw-away cluster: its superuser URL, a client, and how to stop it (which removes every file). */
export interface TestPostgres {
  host: string;
  port: number;
  /** postgres://postgres:<password>@127.0.0.1:<port>/postgres */
  superuserUrl: string;
  /** A URL for `user`/`password` on `database`. */
  url(user: string, password: string, database?: string): string;
  /** Runs SQL as the superuser. */
  sql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a PostgreSQL cluster in a temporary folder, listening on 127.0.0.1 at a free port (and a socket in the same
 * folder), with scram-sha-256 passwords over TCP. initdb refuses to run as root: as root it runs as `postgres`.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = serverBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'indicators-pg-'));
  const data = join(dir, 'data');
  const password = 'pg-test-superuser';
  writeFileSync(join(dir, 'pw'), password + '\n');
  if (root) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(ids.stdout), Number(gid.stdout));
    chownSync(join(dir, 'pw'), Number(ids.stdout), Number(gid.stdout));
    chmodSync(dir, 0o700);
  }
  const run = (program: string, args: string[]) => {
    const command = root ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
    const r = spawnSync(command[0] as string, command[1] as string[], { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${program} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--pwfile', join(dir, 'pw'), '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  const url = (user: string, pass: string, database = 'postgres') => `postgres://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}/${database}`;
  const superuserUrl = url('postgres', password);
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  return {
    host: '127.0.0.1',
    port,
    superuserUrl,
    url,
    sql: (text, values) => client.query(text, values),
    async stop() {
      await client.end().catch(() => undefined);
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
