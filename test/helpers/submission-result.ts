import type { SubmissionResult } from '../../src/model/index.js';

/** An accepted return of the tiny set for 2026-Q1, built in memory for merge tests (`extra` overrides any field). */
export function acceptedResult(unit: string, values: Record<string, number>, extra: Partial<SubmissionResult> = {}): SubmissionResult {
  return {
    file: `${unit}_tiny_2026-Q1.xlsx`,
    sha256: `sha-${unit}`,
    status: 'accepted',
    unit,
    period: '2026-Q1',
    setId: 'tiny',
    setVersion: '1.0.0',
    diagnostics: [],
    values: new Map(Object.entries(values)),
    notes: new Map(),
    modified: '2026-03-18T08:00:00Z',
    ...extra,
  };
}
