import { collectText, textsOf } from '../../i18n/index.js';
import type { Indicator } from '../../model/types.js';
import { maskUrl, redact, urlPassword } from '../mask.js';
import { fillPathParameters } from '../../model/query-parameters.js';
import { CollectError, type Connector, type ConnectorInput, type IndicatorQuery, type QueryAnswer, type SystemRow } from '../types.js';
import { missingColumns } from './rows-from-records.js';

/**
 * A JSON service: `connection_env` holds the base URL, `token_env` (optional) a bearer token, each indicator's query
 * is a path with `{period}`, `{period_start}`, `{period_end}`. Requests time out, 5xx answers and dropped connections
 * are retried with a doubling wait, and an answer larger than the limit is refused before it is read whole.
 */
export async function openHttpJson(input: ConnectorInput): Promise<Connector> {
  const base = input.connection ?? '';
  const target = maskUrl(base);
  const secrets = [input.token, base, urlPassword(base)];
  const { system, limits } = input;
  return {
    target,
    async run(q: IndicatorQuery): Promise<QueryAnswer> {
      const url = joinUrl(base, fillPathParameters(q.query.trim(), q.parameters, encodeURIComponent));
      const sent = { statement: `GET ${maskUrl(url)}`, parameters: Object.entries(q.parameters).map(([k, v]) => [`{${k}}`, v] as [string, string]) };
      const text = await fetchText(url, input, q.indicator.code, target, secrets);
      let answer: unknown;
      try {
        answer = JSON.parse(text);
      } catch (error) {
        throw new CollectError(
          'system-bad-answer',
          { system: system.id, code: q.indicator.code, detail: textsOf(collectText).invalidJson(redact(String((error as Error).message), secrets)) },
          'query',
        );
      }
      return { rows: rowsOfAnswer(answer, q.indicator, system.id), sent };
    },
    async close() {},
  };

  async function fetchText(url: string, { limits: l }: ConnectorInput, code: string, shown: string, hidden: (string | undefined)[]): Promise<string> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (input.token) headers.authorization = `Bearer ${input.token}`;
    let lastError: CollectError | undefined;
    for (let attempt = 1; attempt <= l.attempts; attempt++) {
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, l.backoffMs * 2 ** (attempt - 2)));
      let response: Response;
      const signal = AbortSignal.timeout(l.timeoutMs);
      try {
        response = await fetch(url, { headers, signal, redirect: 'follow' });
      } catch (error) {
        lastError = networkError(error, code, shown, hidden);
        if (lastError.code === 'system-timeout') throw lastError;
        continue;
      }
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        lastError = new CollectError('system-query-failed', { system: system.id, code, detail: textsOf(collectText).httpStatus(response.status, response.statusText, attempt) }, 'query');
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel().catch(() => undefined);
        throw new CollectError(
          'system-auth-failed',
          { system: system.id, target: shown, detail: `HTTP ${response.status} ${response.statusText}`, env: system.token_env ?? system.connection_env },
          'system',
        );
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new CollectError('system-query-failed', { system: system.id, code, detail: textsOf(collectText).httpStatus(response.status, response.statusText, 1) }, 'query');
      }
      try {
        return await readLimited(response, l.maxBytes, code);
      } catch (error) {
        if (error instanceof CollectError) throw error;
        lastError = networkError(error, code, shown, hidden);
        if (lastError.code === 'system-timeout') throw lastError;
      }
    }
    throw lastError!;
  }

  /** The body as text, refused as soon as it passes `maxBytes` (a declared Content-Length is refused before reading). */
  async function readLimited(response: Response, maxBytes: number, code: string): Promise<string> {
    const tooLarge = () => new CollectError('system-bad-answer', { system: system.id, code, detail: textsOf(collectText).tooLarge(maxBytes) }, 'query');
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    if (!reader) return '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  function networkError(error: unknown, code: string, shown: string, hidden: (string | undefined)[]): CollectError {
    const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return new CollectError('system-timeout', { system: system.id, code, seconds: Math.round(limits.timeoutMs / 100) / 10 }, 'query');
    const detail = redact([e?.cause?.code, e?.cause?.message ?? e?.message].filter(Boolean).join(' '), hidden);
    return new CollectError('system-unreachable', { system: system.id, target: shown, detail }, 'system');
  }
}

/** `base` + `path` with exactly one slash between them (a full URL in the query is refused: the base is the system). */
function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A dotted path into a JSON value: `data.items` → value.data.items. */
function at(value: unknown, path: string | undefined): unknown {
  if (!path) return value;
  return path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** The answer's rows, through the indicator's `select` mapping (rows path and field names) when it has one. */
export function rowsOfAnswer(answer: unknown, indicator: Pick<Indicator, 'code' | 'select'>, system: string): SystemRow[] {
  const select = indicator.select ?? {};
  const list = at(answer, select.rows);
  const t = textsOf(collectText);
  if (!Array.isArray(list)) throw new CollectError('system-bad-answer', { system, code: indicator.code, detail: t.notAnArray(select.rows) }, 'query');
  const fields = { unit_code: select.unit_code ?? 'unit_code', value: select.value ?? 'value', breakdown: select.breakdown ?? 'breakdown', category: select.category ?? 'category' };
  const first = list.find((r) => r !== null && typeof r === 'object');
  if (first) {
    const missing = (['unit_code', 'value'] as const).filter((k) => list.every((r) => at(r, fields[k]) === undefined));
    if (missing.length)
      throw new CollectError(
        'system-bad-answer',
        {
          system,
          code: indicator.code,
          detail: missingColumns(
            missing.map((k) => fields[k]),
            Object.keys(first),
          ),
        },
        'query',
      );
  }
  return list.map((r, i) => {
    if (r === null || typeof r !== 'object') throw new CollectError('system-bad-answer', { system, code: indicator.code, detail: t.rowNotObject(i + 1) }, 'query');
    return { row: i + 1, unit_code: at(r, fields.unit_code), value: at(r, fields.value), breakdown: at(r, fields.breakdown), category: at(r, fields.category) };
  });
}
