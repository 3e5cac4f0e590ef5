import { describe, expect, it } from 'vitest';
import { loadAndValidateSet } from '../../src/model/index.js';
import { TINY_SET } from '../helpers/make-set.js';
import { tinySystemSet } from './tiny-system-set.js';

const codes = async (dir: string) =>
  (await loadAndValidateSet(dir)).diagnostics
    .filter((d) => d.code.startsWith('query') || d.code.startsWith('system'))
    .map((d) => [d.code, d.severity, d.params?.code ?? d.params?.system, d.params?.parameter]);

describe('validate: system indicators and their queries', () => {
  it('accepts queries with the known parameters', async () => {
    const dir = tinySystemSet({
      systems: { S1: { kind: 'postgres', connection_env: 'S1_URL' } },
      queries: { 'A.01a': 'SELECT unit_code, 1 AS value WHERE :period_start::date < :period_end', 'A.01b': 'SELECT 1' },
    });
    expect(await codes(dir)).toEqual([]);
  });

  it('reports an unknown parameter in SQL and in a path', async () => {
    const sql = tinySystemSet({ systems: { S1: { kind: 'postgres', connection_env: 'S1_URL' } }, queries: { 'A.01a': 'SELECT :quy', 'A.01b': 'SELECT 1' } });
    expect(await codes(sql)).toEqual([['query-unknown-parameter', 'error', 'A.01a', ':quy']]);
    const path = tinySystemSet({ systems: { S1: { kind: 'http-json', connection_env: 'S1_URL' } }, queries: { 'A.01a': '/a/{ky}', 'A.01b': '/b/{period}' } });
    expect(await codes(path)).toEqual([['query-unknown-parameter', 'error', 'A.01a', '{ky}']]);
  });

  it('warns about a system indicator without a query (collect skips it)', async () => {
    const dir = tinySystemSet({ systems: { S1: { kind: 'csv' } }, queries: { 'A.01a': 'a.csv' } });
    expect(await codes(dir)).toEqual([['query-missing', 'warning', 'A.01b', undefined]]);
  });

  it('reports a system with queries but no kind, or no connection_env for a database', async () => {
    expect(await codes(tinySystemSet({ systems: { S1: {} }, queries: { 'A.01a': 'a', 'A.01b': 'b' } }))).toEqual([['system-kind-missing', 'error', 'A.01a', undefined]]);
    expect(await codes(tinySystemSet({ systems: { S1: { kind: 'postgres' } }, queries: { 'A.01a': 'a', 'A.01b': 'b' } }))).toEqual([['system-kind-missing', 'error', 'A.01a', undefined]]);
  });

  it('reports a query on a form indicator and on a derived one', async () => {
    const dir = tinySystemSet({
      systems: { S1: { kind: 'csv' } },
      queries: { 'A.01a': 'a.csv', 'A.01b': 'a.csv' },
      extra: { 'groups/b.yaml': TINY_SET['groups/b.yaml'].replace(/\n( +)aggregation: sum\n/, '\n$1aggregation: sum\n$1query: SELECT 1\n') },
    });
    const derived = tinySystemSet({ systems: { S1: { kind: 'csv' } }, queries: { 'A.01a': 'a.csv', 'A.01b': 'a.csv' } });
    const { readFileSync, writeFileSync } = await import('node:fs');
    const file = `${derived}/groups/a.yaml`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('    formula: A.01a / A.01b * 100\n', '    formula: A.01a / A.01b * 100\n    query: a.csv\n'));
    expect(await codes(dir)).toEqual([['query-not-allowed', 'error', 'B.01', undefined]]);
    expect(await codes(derived)).toEqual([['query-not-allowed', 'error', 'A.01', undefined]]);
  });
});
