import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { REPO } from '../helpers/run-cli.js';

/** What a test sets on the TTHC system of the bundled set. */
export interface TthcSystem {
  kind: 'postgres' | 'http-json' | 'csv';
  connection_env?: string;
  token_env?: string;
}

/**
 * A copy of the bundled set in a temp folder whose TTHC system is `system` and whose indicators in `queries` are
 * `collection: system, system: TTHC` with that query (and `select`, when given). Derived indicators of the same
 * system stay without a query: they are computed from the collected components.
 */
export function dossierSet(system: TthcSystem, queries: Record<string, string | { query: string; select?: Record<string, string> }>, derived: string[] = []): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'collect-set-')), 'indicators');
  cpSync(join(REPO, 'indicators'), dir, { recursive: true });
  const systemsFile = join(dir, 'systems.yaml');
  const systems = parseDocument(readFileSync(systemsFile, 'utf8'));
  const list = systems.toJS().systems as { id: string }[];
  const index = list.findIndex((s) => s.id === 'TTHC');
  for (const key of ['kind', 'connection_env', 'token_env'] as const) {
    if (system[key] !== undefined) systems.setIn(['systems', index, key], system[key]);
    else systems.deleteIn(['systems', index, key]);
  }
  writeFileSync(systemsFile, systems.toString());
  const wanted = new Set([...Object.keys(queries), ...derived]);
  for (const name of readdirSync(join(dir, 'groups'))) {
    const file = join(dir, 'groups', name);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const indicators = doc.toJS().indicators as { code: string; system?: string; query?: string }[];
    let changed = false;
    indicators.forEach((ind, i) => {
      if (!wanted.has(ind.code)) {
        // Other TTHC indicators of the bundled set are not collected in the test: they go back on forms.
        if (ind.system === 'TTHC') {
          for (const key of ['collection', 'system', 'query', 'select']) doc.deleteIn(['indicators', i, key]);
          changed = true;
        }
        return;
      }
      doc.setIn(['indicators', i, 'collection'], 'system');
      doc.setIn(['indicators', i, 'system'], 'TTHC');
      const q = queries[ind.code];
      doc.deleteIn(['indicators', i, 'query']);
      doc.deleteIn(['indicators', i, 'select']);
      if (q !== undefined) {
        doc.setIn(['indicators', i, 'query'], typeof q === 'string' ? q : q.query);
        if (typeof q !== 'string' && q.select) doc.setIn(['indicators', i, 'select'], q.select);
      }
      changed = true;
    });
    if (changed) writeFileSync(file, doc.toString());
  }
  return dir;
}
