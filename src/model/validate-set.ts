import { sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { resolveLocations } from '../yaml/index.js';
import { checkSet } from './checks/index.js';
import { readIndicatorSet } from './read-set.js';
import type { IndicatorSet } from './types.js';

export interface ValidatedSet {
  set?: IndicatorSet;
  /** Every problem: YAML, schema and semantic, with line/column, in a stable order. */
  diagnostics: Diagnostic[];
}

/** read → schema → semantic checks: what `validate` prints and what every other command runs first. */
export async function loadAndValidateSet(dir: string): Promise<ValidatedSet> {
  const loaded = await readIndicatorSet(dir);
  const semantic = loaded.set ? checkSet({ set: loaded.set, declared: loaded.declared }) : [];
  const diagnostics = sortDiagnostics(resolveLocations([...loaded.diagnostics, ...semantic], loaded.sources));
  return { set: loaded.set, diagnostics };
}
