import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { CollectedReturn } from './plan-returns.js';

/** The columns of a collected return: the CSV return format, with the unit, period, system and query hash on each line. */
export const RETURN_COLUMNS = ['unit_code', 'period', 'code', 'category', 'value', 'note', 'system', 'query_sha256'] as const;

const cell = (text: string) => (/[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A collected return as CSV text (UTF-8, `,`, one line per value row of the unit's plan). */
export function formatReturn(r: CollectedReturn): string {
  const lines = r.lines.map((l) => [r.unit, r.period, l.code, l.category, l.value, l.note, r.system, l.query].map(cell).join(','));
  return [RETURN_COLUMNS.join(','), ...lines].join('\n') + '\n';
}

/**
 * Writes one system's returns into `<out>/<system>/`, each atomically, and removes the returns of the same set and
 * period a previous run left there for units that have none now (merge would read them). Returns the paths written.
 */
export async function writeReturns(out: string, system: string, setId: string, period: string, returns: readonly CollectedReturn[]): Promise<string[]> {
  const dir = join(out, system);
  await mkdir(dir, { recursive: true });
  const names = new Set(returns.map((r) => r.fileName));
  const suffix = `_${setId}_${period}.csv`;
  for (const old of await readdir(dir)) {
    if (old.endsWith(suffix) && !names.has(old)) await rm(join(dir, old), { force: true });
  }
  const written: string[] = [];
  for (const r of returns) {
    const path = join(dir, r.fileName);
    await writeFileAtomic(path, formatReturn(r));
    written.push(path);
  }
  return written;
}
