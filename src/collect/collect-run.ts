import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { Period } from '../model/period.js';
import type { IndicatorSet, System } from '../model/types.js';
import { openConnector } from './open-connector.js';
import { planCollect } from './plan-collect.js';
import { planReturns, type CollectedReturn, type FetchedQuery } from './plan-returns.js';
import { CollectError, DEFAULT_LIMITS, type CollectLimits, type IndicatorQuery, type QueryAnswer } from './types.js';
import { writeReturns } from './write-returns.js';

export interface CollectRunOptions {
  set: IndicatorSet;
  period: Period;
  /** Folder the returns are written into (one sub-folder per system). */
  out: string;
  /** Only these systems (ids); all when empty. */
  systems?: readonly string[];
  /** Run the queries and plan the returns, write nothing. */
  dryRun?: boolean;
  /** Where `connection_env` and `token_env` are read (process.env by default). */
  env?: Readonly<Record<string, string | undefined>>;
  limits?: Partial<CollectLimits>;
  /** Called after each query (answered, failed or skipped), for a progress counter. */
  onProgress?: (done: number, total: number) => void;
}

/** What one system gave. */
export interface SystemOutcome {
  system: System;
  /** What was connected to, password masked (undefined when no connection was made). */
  target?: string;
  /** Each query with its answer, or without one when it failed. */
  answers: { query: IndicatorQuery; answer?: QueryAnswer }[];
  /** A query or the connection failed: no return of this system was written. */
  failed: boolean;
  returns: CollectedReturn[];
  /** Paths written (none with --dry-run or when the system failed). */
  written: string[];
}

export interface CollectRun {
  outcomes: SystemOutcome[];
  diagnostics: Diagnostic[];
}

/**
 * `collect`'s work: each system's queries for the period, their rows checked and laid out as returns, written into
 * `out/<system>/`. One failing system never stops the others; a system with a failed query writes nothing (a partial
 * return would look complete to merge) and its earlier returns are left as they were.
 */
export async function collectRun(options: CollectRunOptions): Promise<CollectRun> {
  const { set, period } = options;
  const env = options.env ?? process.env;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const outcomes: SystemOutcome[] = [];
  const diagnostics: Diagnostic[] = [];
  const jobs = planCollect(set, period, options.systems);
  const total = jobs.reduce((n, job) => n + job.queries.length, 0);
  let done = 0;
  const step = (count: number) => options.onProgress?.((done += count), total);
  for (const job of jobs) {
    const { system } = job;
    const outcome: SystemOutcome = { system, answers: job.queries.map((query) => ({ query })), failed: false, returns: [], written: [] };
    outcomes.push(outcome);
    const systemFile = set.origins.get(`system:${system.id}`)?.[0]?.file ?? set.dir;
    const problem = (error: CollectError, code?: string) => {
      const file = error.scope === 'query' && code ? (set.origins.get(`indicator:${code}`)?.[0]?.file ?? systemFile) : systemFile;
      diagnostics.push(makeDiagnostic(error.code, { location: { file }, params: error.params }));
      outcome.failed = true;
    };
    const missing = [system.connection_env, system.token_env].filter((name): name is string => name !== undefined && !env[name]);
    if (!system.kind || missing.length) {
      for (const name of missing) problem(new CollectError('system-env-missing', { system: system.id, env: name }, 'system'));
      if (!system.kind) outcome.failed = true; // validate reports system-kind-missing
      step(job.queries.length);
      continue;
    }
    let connector;
    try {
      connector = await openConnector({
        system: { ...system, kind: system.kind },
        connection: system.connection_env ? env[system.connection_env] : undefined,
        token: system.token_env ? env[system.token_env] : undefined,
        setDir: set.dir,
        limits,
      });
    } catch (error) {
      if (!(error instanceof CollectError)) throw error;
      problem(error);
      step(job.queries.length);
      continue;
    }
    outcome.target = connector.target;
    try {
      for (const slot of outcome.answers) {
        try {
          slot.answer = await connector.run(slot.query);
        } catch (error) {
          if (!(error instanceof CollectError)) throw error;
          problem(error, slot.query.indicator.code);
          if (error.scope === 'system') break;
        }
        step(1);
      }
    } finally {
      await connector.close();
    }
    if (outcome.failed) continue;
    const fetched: FetchedQuery[] = outcome.answers.map((a) => ({ query: a.query, rows: a.answer!.rows }));
    const planned = planReturns(set, period, system, fetched);
    diagnostics.push(...planned.diagnostics);
    outcome.returns = planned.returns;
    if (!options.dryRun) outcome.written = await writeReturns(options.out, system.id, set.info.id, period.id, planned.returns);
  }
  return { outcomes, diagnostics };
}
