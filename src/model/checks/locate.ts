import type { Location } from '../../diagnostics/index.js';
import type { IndicatorSet } from '../types.js';

export type OriginKind = 'indicator' | 'unit' | 'agency' | 'breakdown' | 'rule' | 'group' | 'system';

/** Location of a declaration, optionally of one of its fields: `at(set, 'indicator', 'CDS.03', 'owner')`. */
export function at(set: IndicatorSet, kind: OriginKind, code: string, ...field: (string | number)[]): Location {
  const origin = set.origins.get(`${kind}:${code}`)?.[0];
  if (!origin) return { file: set.dir };
  return { file: origin.file, path: [...origin.path, ...field] };
}
