import { sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { cliText } from '../i18n/cli.js';
import type { SubmissionResult } from '../model/submission-types.js';
import { FORMATTERS } from './index.js';
import type { FormatOptions, OutputFormat } from './types.js';

/**
 * `check`'s results in the chosen format. JSON: `{ files, diagnostics, summary }`, one entry per file, with
 * `diagnostics` the problems of the run rather than of one file (the set's warnings, a --previous of another period,
 * no return found). The other formats: every diagnostic, the run's first; stylish then adds one line per file.
 */
export function formatCheckResults(results: readonly SubmissionResult[], runDiagnostics: readonly Diagnostic[], format: OutputFormat, options: FormatOptions): string {
  if (format === 'json') {
    const plain = ({ params: _p, onKey: _k, ...d }: Diagnostic) => d;
    const files = results.map((r) => ({
      file: r.file,
      status: r.status === 'unreadable' ? 'rejected' : r.status,
      unit: r.unit ?? null,
      period: r.period ?? null,
      set_version: r.setVersion ?? null,
      diagnostics: r.diagnostics.map(plain),
    }));
    const count = (s: string) => files.filter((f) => f.status === s).length;
    return JSON.stringify({ files, diagnostics: runDiagnostics.map(plain), summary: { files: files.length, accepted: count('accepted'), rejected: count('rejected') } }, null, 2) + '\n';
  }
  const all = [...runDiagnostics, ...sortDiagnostics(results.flatMap((r) => r.diagnostics))];
  const text = FORMATTERS[format](all, options);
  if (format !== 'stylish' || results.length === 0) return text;
  const words = cliText(options.lang).check.status;
  const lines = results.map((r) => {
    const mark = r.status === 'accepted' ? '✔' : '✖';
    return `${mark} ${words[r.status].padEnd(16)} ${r.file}${r.unit ? `  (${r.unit}, ${r.period})` : ''}`;
  });
  return `${text}${lines.join('\n')}\n`;
}
