import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectRun } from '../../src/collect/collect-run.js';
import { loadAndValidateSet, parsePeriod, type IndicatorSet } from '../../src/model/index.js';
import { tinySystemSet } from './tiny-system-set.js';

const PERIOD = parsePeriod('2026-Q1')!;
const TOKEN = 'bi-mat-khong-in-ra';
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local JSON service: each path answers as its handler says; `hits` counts requests per path. */
let server: ReturnType<typeof createServer>;
let base: string;
const handlers = new Map<string, Handler>();
const hits = new Map<string, number>();
const requests: { url: string; auth?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push({ url: req.url ?? '', auth: req.headers.authorization });
    const handler = handlers.get(path);
    if (!handler) {
      res.writeHead(404).end('not found');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/api`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json =
  (body: unknown): Handler =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const rows = (a: number, b: number, c: number) => [
  { unit_code: '1001', value: a },
  { unit_code: 1002, value: String(b) },
  { unit_code: '1003', value: c },
];

async function setWith(queries: { 'A.01a': string; 'A.01b': string }, select?: string, system: Record<string, string> = {}): Promise<IndicatorSet> {
  const dir = tinySystemSet({ systems: { S1: { kind: 'http-json', connection_env: 'S1_URL', token_env: 'S1_TOKEN', ...system } }, queries, select });
  const loaded = await loadAndValidateSet(dir);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.set!;
}

const run = (set: IndicatorSet, limits = {}) =>
  collectRun({ set, period: PERIOD, out: mkdtempSync(join(tmpdir(), 'http-')), env: { S1_URL: base, S1_TOKEN: TOKEN }, limits: { timeoutMs: 400, backoffMs: 10, ...limits } });

describe('collect from an http-json service', () => {
  it('sends the bearer token, fills the period into the path and writes the rows as returns', async () => {
    handlers.set('/api/online/2025-12-15/2026-03-14', (req, res) => (req.headers.authorization === `Bearer ${TOKEN}` ? json(rows(3, 4, 5))(req, res) : res.writeHead(401).end()));
    handlers.set('/api/all', json(rows(10, 20, 30)));
    const set = await setWith({ 'A.01a': 'online/{period_start}/{period_end}', 'A.01b': '/all?ky={period}' });
    const result = await run(set);
    expect(result.diagnostics).toEqual([]);
    expect(requests.some((r) => r.url === '/api/all?ky=2026-Q1')).toBe(true);
    const returns = result.outcomes[0].returns;
    expect(returns.map((r) => [r.unit, r.lines.map((l) => `${l.code}=${l.value}`).join(' ')])).toEqual([
      ['1001', 'A.01a=3 A.01b=10 A.01='],
      ['1002', 'A.01a=4 A.01b=20 A.01='],
      ['1003', 'A.01a=5 A.01b=30 A.01='],
    ]);
    expect(readdirSync(join(result.outcomes[0].written[0], '..'))).toHaveLength(3);
  });

  it('reads rows and fields where `select` says', async () => {
    const nested = (a: number) => ({ data: { items: ['1001', '1002', '1003'].map((u, i) => ({ don_vi: { ma: u }, so_luong: a + i })) } });
    handlers.set('/api/nested-a', json(nested(1)));
    handlers.set('/api/nested-b', json(nested(10)));
    const set = await setWith({ 'A.01a': 'nested-a', 'A.01b': 'nested-b' }, '{ rows: data.items, unit_code: don_vi.ma, value: so_luong }');
    const result = await run(set);
    expect(result.diagnostics).toEqual([]);
    expect(result.outcomes[0].returns[2].lines[1]).toMatchObject({ code: 'A.01b', value: '12' });
  });

  it('retries a 5xx answer with backoff, and reports the status after the last attempt', async () => {
    let calls = 0;
    handlers.set('/api/flaky', (req, res) => (++calls < 3 ? res.writeHead(503, 'Service Unavailable').end() : json(rows(1, 1, 1))(req, res)));
    handlers.set('/api/broken', (_req, res) => res.writeHead(500, 'Internal Server Error').end('boom'));
    const set = await setWith({ 'A.01a': 'flaky', 'A.01b': 'broken' });
    const result = await run(set, { attempts: 3 });
    expect(hits.get('/api/flaky')).toBe(3);
    expect(hits.get('/api/broken')).toBe(3);
    expect(result.diagnostics.map((d) => [d.code, d.params?.code])).toEqual([['system-query-failed', 'A.01b']]);
    expect(result.diagnostics[0].message).toContain('HTTP 500 Internal Server Error');
    // One failed query: nothing written for the system (a partial return would look complete to merge).
    expect(result.outcomes[0]).toMatchObject({ failed: true, written: [] });
  });

  it('gives up on a slow answer at the timeout', async () => {
    handlers.set('/api/slow', (req, res) => setTimeout(() => json(rows(1, 1, 1))(req, res), 2000).unref());
    handlers.set('/api/all', json(rows(10, 20, 30)));
    const set = await setWith({ 'A.01a': 'slow', 'A.01b': 'all' });
    const started = Date.now();
    const result = await run(set);
    expect(result.diagnostics.map((d) => [d.code, d.params?.code])).toEqual([['system-timeout', 'A.01a']]);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses an answer larger than the limit, with or without a declared length', async () => {
    const big = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ unit_code: '1001', value: i })));
    handlers.set('/api/declared', json(JSON.parse(big)));
    handlers.set('/api/streamed', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(big.slice(0, 60_000));
      res.end(big.slice(60_000));
    });
    const set = await setWith({ 'A.01a': 'declared', 'A.01b': 'streamed' });
    const result = await run(set, { maxBytes: 50_000 });
    expect(result.diagnostics.map((d) => [d.code, d.params?.code])).toEqual([
      ['system-bad-answer', 'A.01a'],
      ['system-bad-answer', 'A.01b'],
    ]);
    expect(result.diagnostics[0].message).toMatch(/0[.,]05 MB/);
  });

  it('reports invalid JSON and an answer that is not rows', async () => {
    handlers.set('/api/garbled', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"unit_code": "1001", value: '));
    handlers.set('/api/object', json({ total: 3 }));
    const set = await setWith({ 'A.01a': 'garbled', 'A.01b': 'object' });
    const result = await run(set);
    expect(result.diagnostics.map((d) => [d.code, d.params?.code])).toEqual([
      ['system-bad-answer', 'A.01a'],
      ['system-bad-answer', 'A.01b'],
    ]);
  });

  it('says the token was refused without printing it, and stops asking that system', async () => {
    handlers.set('/api/secret', (_req, res) => res.writeHead(401, 'Unauthorized').end());
    const set = await setWith({ 'A.01a': 'secret', 'A.01b': 'secret' });
    hits.delete('/api/secret');
    const result = await run(set);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['system-auth-failed']);
    expect(result.diagnostics[0].message + result.diagnostics[0].hint).not.toContain(TOKEN);
    expect(result.diagnostics[0].hint).toContain('S1_TOKEN');
    expect(hits.get('/api/secret')).toBe(1);
  });

  it('says a service that is not listening cannot be reached, masking a password in the URL', async () => {
    const set = await setWith({ 'A.01a': 'a', 'A.01b': 'b' });
    const result = await collectRun({
      set,
      period: PERIOD,
      out: mkdtempSync(join(tmpdir(), 'http-')),
      env: { S1_URL: 'http://u:pw-bi-mat@127.0.0.1:1/api', S1_TOKEN: TOKEN },
      limits: { attempts: 1 },
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['system-unreachable']);
    expect(result.diagnostics[0].message).toContain('http://u:***@127.0.0.1:1/api');
    expect(result.diagnostics[0].message).not.toContain('pw-bi-mat');
  });
});
