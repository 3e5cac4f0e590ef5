import type { DiagnosticCode, MessageParams } from '../diagnostics/index.js';
import type { Indicator, System } from '../model/types.js';
import type { ParameterValues } from '../model/query-parameters.js';

/** One row as a system answered it, before it is checked against the set. */
export interface SystemRow {
  /** 1-based position in the answer (the line, for a CSV export). */
  row: number;
  unit_code: unknown;
  value: unknown;
  breakdown?: unknown;
  category?: unknown;
  /** The export file a CSV row was read from. */
  file?: string;
}

/** One indicator's query, ready to run for a period. */
export interface IndicatorQuery {
  indicator: Indicator;
  /** The query as written in the YAML. */
  query: string;
  /** sha256 of `query` (hex): the dataset's `source_file` names it. */
  sha256: string;
  parameters: ParameterValues;
}

/** What a connector sent for a query, for `--dry-run`: the statement and each bound parameter. */
export interface SentQuery {
  statement: string;
  parameters: [label: string, value: string][];
}

/** A query's rows and what was sent to get them. */
export interface QueryAnswer {
  rows: SystemRow[];
  sent: SentQuery;
}

/** A system's connection, opened once for all its queries. */
export interface Connector {
  /** What it connects to, safe to print (password masked). */
  target: string;
  /** Runs one query; throws `CollectError`. */
  run(query: IndicatorQuery): Promise<QueryAnswer>;
  close(): Promise<void>;
}

/** Limits of one run (tests shorten them). */
export interface CollectLimits {
  /** A query (SQL statement, HTTP request) longer than this is stopped. */
  timeoutMs: number;
  /** Connecting longer than this fails. */
  connectTimeoutMs: number;
  /** Attempts of an HTTP request answered 5xx or cut off (the first included). */
  attempts: number;
  /** Wait before the second attempt, doubled each time. */
  backoffMs: number;
  /** An HTTP answer larger than this is refused. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: CollectLimits = { timeoutMs: 60_000, connectTimeoutMs: 10_000, attempts: 3, backoffMs: 500, maxBytes: 50 * 1024 * 1024 };

/**
 * A problem that stops one query (`scope: 'query'`: the next indicator is still asked) or the whole system
 * (`scope: 'system'`: unreachable, authentication refused; asking again would fail the same way).
 */
export class CollectError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    readonly params: MessageParams,
    readonly scope: 'system' | 'query',
  ) {
    super(String(code));
  }
}

/** How a connector is made for a system: its connection string (from the environment) and the set folder. */
export interface ConnectorInput {
  system: System;
  /** The value of `connection_env` (undefined for a csv system without one). */
  connection?: string;
  /** The value of `token_env`, for http-json. */
  token?: string;
  /** The set folder: csv export paths are relative to it when no `connection_env` names a folder. */
  setDir: string;
  limits: CollectLimits;
}
