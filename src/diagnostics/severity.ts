import type { Severity } from './types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Orders severities: info < warning < error. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** True when `severity` is at least `threshold`. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}
