import { createHash } from 'node:crypto';
import { systemIndicators } from '../model/collection.js';
import { isDueIn, setReportingWindow, type Period } from '../model/period.js';
import type { IndicatorSet, System } from '../model/types.js';
import type { IndicatorQuery } from './types.js';

/** One system's queries for a period. */
export interface SystemJob {
  system: System;
  queries: IndicatorQuery[];
}

/**
 * Which queries to run for `period` (pure): every system indicator due in the period that has a query (derived ones
 * are computed from the collected components), grouped by system in systems.yaml order, limited to `only` when given.
 * `:period_start` / `:period_end` are the indicator's reporting window (Decree 09 unless the set or the indicator says
 * `calendar`).
 */
export function planCollect(set: IndicatorSet, period: Period, only?: readonly string[]): SystemJob[] {
  const jobs: SystemJob[] = [];
  for (const system of set.systems) {
    if (only?.length && !only.includes(system.id)) continue;
    const queries = systemIndicators(set, system.id)
      .filter((ind) => ind.query !== undefined && !ind.formula && isDueIn(ind.frequency, period))
      .map((indicator) => {
        const window = setReportingWindow(set.info, period, indicator);
        const query = indicator.query!;
        return { indicator, query, sha256: createHash('sha256').update(query).digest('hex'), parameters: { period: period.id, period_start: window.start, period_end: window.end } };
      });
    if (queries.length) jobs.push({ system, queries });
  }
  return jobs;
}
