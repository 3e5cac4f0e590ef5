import { collectText, pick, textsOf } from '../i18n/index.js';
import type { CollectRun } from './collect-run.js';
import type { SystemRow } from './types.js';

/** Rows shown per query; the rest are counted. */
const SHOWN_ROWS = 20;

const show = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A small table of rows: unit_code, value and, when any row has them, breakdown and category. */
function table(rows: readonly SystemRow[]): string[] {
  const columns = (['unit_code', 'breakdown', 'category', 'value'] as const).filter((c) => c === 'unit_code' || c === 'value' || rows.some((r) => show(r[c]) !== ''));
  const body = rows.slice(0, SHOWN_ROWS).map((r) => columns.map((c) => show(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((b) => b[i].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(columns), ...body.map(line)];
}

/**
 * What `collect --dry-run` prints: per system, each query as sent (SQL with `$n`, the URL, the export files), its
 * parameters and the rows it returned, then how many returns would be written where.
 */
export function formatDryRun(run: CollectRun, out: string): string {
  const t = textsOf(collectText).dryRun;
  const lines: string[] = [];
  for (const o of run.outcomes) {
    lines.push(t.heading(o.system.id, o.system.kind ?? '-', o.target ?? (o.system.connection_env ? t.envSet(o.system.connection_env) : '-')), '');
    for (const { query, answer } of o.answers) {
      lines.push(`  ${t.indicator(query.indicator.code, pick({ vi: query.indicator.name, en: query.indicator.name_en ?? query.indicator.name }))}`);
      if (!answer) {
        lines.push(`    ${t.failed}`, '');
        continue;
      }
      lines.push(...answer.sent.statement.split('\n').map((l) => `    ${l}`));
      if (answer.sent.parameters.length) lines.push(`    ${t.parameters}`, ...answer.sent.parameters.map(([label, value]) => `      ${label} = ${value}`));
      lines.push(`    ${t.rows(answer.rows.length)}`, ...table(answer.rows).map((l) => `      ${l}`));
      if (answer.rows.length > SHOWN_ROWS) lines.push(`      ${t.more(answer.rows.length - SHOWN_ROWS)}`);
      lines.push('');
    }
    if (!o.failed) lines.push(`  ${t.returns(o.returns.length, `${out.replace(/\/+$/, '')}/${o.system.id}/`)}`, '');
  }
  return lines.join('\n');
}
