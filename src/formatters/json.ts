import { countBySeverity } from '../diagnostics/index.js';
import type { Formatter } from './types.js';

/** `{ diagnostics, summary }` (design §2); stable key order, two-space indent. */
export const json: Formatter = (diagnostics, options) => {
  const counts = countBySeverity(diagnostics);
  const out = {
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      location: d.location,
      ...(d.hint ? { hint: d.hint } : {}),
    })),
    summary: { ...counts, ...(options.summary ?? {}) },
  };
  return JSON.stringify(out, null, 2) + '\n';
};
