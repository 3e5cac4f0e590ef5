/** The comparison of a merged period with earlier ones (`merge --history`, issue 15). A leaf: imports nothing. */
export interface ReportHistory {
  /** The earlier periods of the same frequency found in --history, in order. */
  periods: string[];
  previousPeriod: string;
  lastYearPeriod?: string;
  /** By row key (`CODE` or `CODE|breakdown:category`): the value in each of `periods`, the previous period's (none for a year-to-date figure, compared with last year only) and last year's. */
  rows: Map<string, { series: (number | undefined)[]; previous?: number; lastYear?: number }>;
}
