/** The named parameters a query may use: the period's id and the first and last day of its reporting window. */
export const QUERY_PARAMETERS = ['period', 'period_start', 'period_end'] as const;
export type QueryParameter = (typeof QUERY_PARAMETERS)[number];
export type ParameterValues = Record<QueryParameter, string>;

const KNOWN = new Set<string>(QUERY_PARAMETERS);

/** A SQL text with its `:name` parameters turned into `$1, $2…` (each name once, in order of first use). */
export interface BoundSql {
  text: string;
  /** The parameter behind `$1`, `$2`…. */
  names: QueryParameter[];
  /** `:name`s that are not parameters the tool gives (`query-unknown-parameter`). */
  unknown: string[];
}

/**
 * Binds `:period`, `:period_start`, `:period_end` in SQL as `$n` placeholders: the values travel as parameters,
 * never spliced into the text. Skips string literals ('…', E'…'), quoted identifiers ("…"), dollar-quoted bodies
 * ($tag$…$tag$), comments (-- and /* *\/) and PostgreSQL casts (`::date`).
 */
export function bindSqlParameters(sql: string): BoundSql {
  const names: QueryParameter[] = [];
  const unknown: string[] = [];
  let out = '';
  let i = 0;
  const copyUntil = (end: number) => {
    out += sql.slice(i, end);
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i];
    const rest = sql.slice(i);
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c && sql[j + 1] === c) j += 2;
        else if (sql[j] === c) break;
        else j++;
      }
      copyUntil(Math.min(j + 1, sql.length));
    } else if (rest.startsWith('--')) {
      const end = sql.indexOf('\n', i);
      copyUntil(end < 0 ? sql.length : end);
    } else if (rest.startsWith('/*')) {
      const end = sql.indexOf('*/', i + 2);
      copyUntil(end < 0 ? sql.length : end + 2);
    } else if (c === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(rest)) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(rest)![0];
      const end = sql.indexOf(tag, i + tag.length);
      copyUntil(end < 0 ? sql.length : end + tag.length);
    } else if (rest.startsWith('::')) {
      copyUntil(i + 2);
    } else if (c === ':' && /^:[A-Za-z_]/.test(rest) && !/[A-Za-z0-9_]/.test(sql[i - 1] ?? '')) {
      const name = /^:([A-Za-z_][A-Za-z0-9_]*)/.exec(rest)![1];
      if (KNOWN.has(name)) {
        const known = name as QueryParameter;
        if (!names.includes(known)) names.push(known);
        out += `$${names.indexOf(known) + 1}`;
      } else {
        if (!unknown.includes(`:${name}`)) unknown.push(`:${name}`);
        out += `:${name}`;
      }
      i += name.length + 1;
    } else {
      copyUntil(i + 1);
    }
  }
  return { text: out, names, unknown };
}

/** `{period}`, `{period_start}`, `{period_end}` in a path or file pattern; returns the `{name}`s that are not parameters. */
export function unknownPathParameters(path: string): string[] {
  return [...new Set([...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((n) => !KNOWN.has(n)))].map((n) => `{${n}}`);
}

/** Replaces `{period}`, `{period_start}`, `{period_end}` in a path (URL-encoded with `encode`). */
export function fillPathParameters(path: string, values: ParameterValues, encode: (v: string) => string = (v) => v): string {
  return path.replace(/\{(period|period_start|period_end)\}/g, (_, name: QueryParameter) => encode(values[name]));
}
