import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { isSystemIndicator, systemOf } from '../collection.js';
import { QUERY_PARAMETERS, bindSqlParameters, unknownPathParameters } from '../query-parameters.js';
import { at } from './locate.js';
import type { SetCheck } from './types.js';

const KNOWN_SQL = QUERY_PARAMETERS.map((p) => `:${p}`).join(', ');
const KNOWN_PATH = QUERY_PARAMETERS.map((p) => `{${p}}`).join(', ');

/**
 * `query` and `select` belong to system indicators that are collected (not derived: those are computed from their
 * components); a collected one needs a query, its parameters must be ones the tool gives, and its system must say how
 * to connect (`kind`, and `connection_env` for postgres and http-json).
 */
export const indicatorQueries: SetCheck = ({ set }) => {
  const out: Diagnostic[] = [];
  const reportedKind = new Set<string>();
  for (const ind of set.indicators) {
    const fields = (['query', 'select'] as const).filter((f) => ind[f] !== undefined);
    if (!isSystemIndicator(ind) || ind.formula) {
      for (const field of fields)
        out.push(makeDiagnostic('query-not-allowed', { location: at(set, 'indicator', ind.code, field), params: { code: ind.code, field, reason: ind.formula ? 'derived' : 'form' } }));
      continue;
    }
    const system = systemOf(ind, set);
    if (ind.query === undefined) {
      out.push(makeDiagnostic('query-missing', { location: at(set, 'indicator', ind.code), params: { code: ind.code, system: ind.system } }));
      continue;
    }
    if (!system) continue; // unknown-system says it
    if ((!system.kind || (system.kind !== 'csv' && !system.connection_env)) && !reportedKind.has(system.id)) {
      reportedKind.add(system.id);
      out.push(makeDiagnostic('system-kind-missing', { location: at(set, 'system', system.id), params: { system: system.id, code: ind.code, kind: system.kind ? 'connection' : undefined } }));
    }
    const unknown = system.kind === 'postgres' ? bindSqlParameters(ind.query).unknown : system.kind ? unknownPathParameters(ind.query) : [];
    for (const parameter of unknown) {
      out.push(
        makeDiagnostic('query-unknown-parameter', {
          location: at(set, 'indicator', ind.code, 'query'),
          params: { code: ind.code, parameter, known: system.kind === 'postgres' ? KNOWN_SQL : KNOWN_PATH },
        }),
      );
    }
  }
  return out;
};
