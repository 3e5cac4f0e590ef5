import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { History } from './types.js';

/**
 * The notes about the periods a person running the command must hear of (a dataset left out, a version whose set
 * was not found, a period with no data), as diagnostics naming the file. The others (renamed units, mixed
 * frequencies) are said on the pages only.
 */
export function historyDiagnostics(history: History): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fileOf = (period: string) => history.periods.find((p) => p.id === period)?.file ?? '';
  for (const n of history.notes) {
    switch (n.kind) {
      case 'other-set':
        out.push(makeDiagnostic('history-other-set', { location: { file: n.file }, params: { found: n.found, expected: n.expected, rows: n.rows } }));
        break;
      case 'duplicate-period':
        out.push(makeDiagnostic('history-duplicate-period', { location: { file: n.file }, params: { period: n.period, kept: n.kept } }));
        break;
      case 'no-period':
        out.push(makeDiagnostic('history-no-period', { location: { file: n.file } }));
        break;
      case 'empty-period':
        out.push(makeDiagnostic('history-empty-period', { location: { file: n.file ?? n.period }, params: { period: n.period, file: n.file } }));
        break;
      case 'version-change': {
        if (n.exact) break;
        // The first period written under the older version names it.
        const first = history.periods.find((p) => p.setVersion === n.from);
        out.push(makeDiagnostic('history-set-version-unknown', { location: { file: first?.file ?? fileOf(n.period) }, params: { period: first?.id ?? n.period, found: n.from, expected: n.to } }));
        break;
      }
      default:
        break;
    }
  }
  return out;
}
