import type { Client, QueryConfig } from 'pg';
import { maskUrl, redact, urlPassword } from '../mask.js';
import { bindSqlParameters } from '../../model/query-parameters.js';
import { CollectError, type Connector, type ConnectorInput, type IndicatorQuery, type QueryAnswer } from '../types.js';
import { rowsFromRecords } from './rows-from-records.js';

/** PostgreSQL error classes (SQLSTATE) that are the account's problem, not the query's: 28xxx (invalid authorization). */
const AUTH = /^28/;
/** Network errors of a connection that never opened. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET', 'ENOENT']);

/**
 * A PostgreSQL connection (the `pg` client, loaded only when a postgres system is collected). Every query runs in its
 * own READ ONLY transaction with a statement timeout: a query that tries to write fails, and a slow one is stopped by
 * the server. Parameters are bound (`$1`…), never spliced into the SQL.
 */
export async function openPostgres(input: ConnectorInput): Promise<Connector> {
  const url = input.connection ?? '';
  const target = maskUrl(url);
  const secrets = [url, urlPassword(url)];
  const { system, limits } = input;
  const fail = (error: unknown, code?: string): never => {
    // Without an indicator the connection itself failed: its timeout is the connect timeout.
    throw classify(error, system.id, target, secrets, code ? limits.timeoutMs : limits.connectTimeoutMs, input.system.connection_env, code);
  };
  const { default: pg } = await import('pg');
  let client: Client;
  try {
    // A connection string pg cannot parse (`Invalid URL`) is the system's problem, reported as one, never a crash.
    client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: limits.connectTimeoutMs,
      // The server stops the statement (SET LOCAL below); this only catches a server that stopped answering altogether.
      query_timeout: limits.timeoutMs + 5_000,
      application_name: 'indicators collect',
    });
  } catch (error) {
    return fail(error);
  }
  // A connection dropped between queries is reported by the next query; without a listener it would crash the run.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    fail(error);
  }
  return {
    target,
    async run(q: IndicatorQuery): Promise<QueryAnswer> {
      const bound = bindSqlParameters(q.query);
      const values = bound.names.map((n) => q.parameters[n]);
      const sent = { statement: bound.text.trim(), parameters: bound.names.map((n, i) => [`$${i + 1} = :${n}`, q.parameters[n]] as [string, string]) };
      try {
        await client.query('BEGIN READ ONLY');
        await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(limits.timeoutMs))}`);
        // Always the extended protocol, even without parameters: it takes exactly one statement, so a query cannot
        // append `; COMMIT; DELETE …` or `; SET statement_timeout = 0` after the read-only transaction's guard.
        // (`queryMode` is pg's since 8.12; its types do not declare it yet.)
        const statement: QueryConfig & { queryMode: 'extended' } = { text: bound.text, values, queryMode: 'extended' };
        const result = await client.query(statement);
        await client.query('COMMIT');
        const columns = result.fields.map((f) => f.name);
        return { rows: rowsFromRecords(result.rows, columns, q, system.id), sent };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (error instanceof CollectError) throw error;
        return fail(error, q.indicator.code);
      }
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}

/** Which problem a pg error is: unreachable, refused credentials, timeout (the system's), or the query's own. */
function classify(error: unknown, system: string, target: string, secrets: (string | undefined)[], timeoutMs: number, env: string | undefined, code?: string): CollectError {
  const e = error as { code?: string; message?: string; position?: string };
  const detail = redact(String(e?.message ?? error).split('\n')[0], secrets);
  const seconds = Math.round(timeoutMs / 100) / 10;
  // 57014 is the server stopping the statement; a message naming a timeout counts only without a SQLSTATE (pg's own
  // connect or read timeout): `column "timeout_at" does not exist` is the query's error, not a timeout.
  if (e?.code === '57014' || (!e?.code && /timeout|timed out/i.test(detail))) return new CollectError('system-timeout', { system, code, seconds }, code && e?.code === '57014' ? 'query' : 'system');
  if (e?.code && AUTH.test(e.code)) return new CollectError('system-auth-failed', { system, target, detail, env }, 'system');
  if (!code || (e?.code && UNREACHABLE.has(e.code)) || e?.code === '3D000' || /terminated|ECONNREFUSED|connect/i.test(e?.code ? '' : detail)) {
    return new CollectError('system-unreachable', { system, target, detail: e?.code && UNREACHABLE.has(e.code) ? `${e.code} ${detail}` : detail }, 'system');
  }
  const where = e?.position ? ` (position ${e.position})` : '';
  return new CollectError('system-query-failed', { system, code, detail: `${detail}${where}` }, 'query');
}
