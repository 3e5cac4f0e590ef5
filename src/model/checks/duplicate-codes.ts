import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import type { SetCheck } from './types.js';

/** Every indicator, unit, agency, breakdown, rule, group and system code is declared once, across all files. */
export const duplicateCodes: SetCheck = ({ set }) => {
  const out: Diagnostic[] = [];
  for (const [key, origins] of set.origins) {
    if (origins.length < 2) continue;
    const [kind, ...rest] = key.split(':');
    const code = rest.join(':');
    const idField = kind === 'breakdown' || kind === 'rule' || kind === 'group' || kind === 'system' ? 'id' : 'code';
    for (const origin of origins.slice(1)) {
      out.push(
        makeDiagnostic('duplicate-code', {
          location: { file: origin.file, path: [...origin.path, idField] },
          params: { kind, code, first: origins[0].file },
        }),
      );
    }
  }
  return out;
};
