/** How serious a diagnostic is. Rank them with `severityRank()`, never by string comparison. */
export type Severity = 'error' | 'warning' | 'info';
