import { Command } from 'commander';
import type { Diagnostic } from '../../diagnostics/index.js';
import { cliText } from '../../i18n/cli.js';
import { UsageError } from '../errors.js';
import { loadSetOrStop } from '../load-set.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { note } from '../output.js';
import { startProgress } from '../progress.js';
import { TOOL_VERSION } from '../version.js';
import { noSubmissions, readPreviousOption } from './input-options.js';
import { checkOutDir } from './out-option.js';
import { parsePeriodOption } from './period-option.js';

interface CheckCliOptions extends CommonOptions {
  period?: string;
  annotate?: string;
  previous?: string;
}

/** `indicators check`: identify, read and check submitted workbooks; optionally write annotated copies. */
export function checkCommand(run: (code: number) => void): Command {
  const t = cliText().check;
  return new Command('check')
    .summary(t.summary)
    .description(t.description)
    .argument('<paths...>', t.paths)
    .addOption(setOption())
    .option('--period <period>', t.period)
    .option('--annotate <dir>', t.annotate)
    .option('--previous <dataset>', t.previous)
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', t.examples)
    .action(async (paths: string[], options: CheckCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const print = { format, color: useColor(options), lang, quiet: options.quiet };
      const period = options.period ? parsePeriodOption(options.period) : undefined;
      if (options.annotate) checkOutDir(options.annotate, paths, '--annotate');
      const usable = await loadSetOrStop(resolveSetDir(options), print, run);
      if (!usable) return;
      const { set, warnings } = usable;
      const { checkRun } = await import('../../submission/check-run.js');
      const previous = options.previous ? { file: options.previous, rows: await readPreviousOption(options.previous) } : undefined;
      const progress = await startProgress(cliText().progress.checking, print);
      const { results, missingPaths, runDiagnostics } = await checkRun({ set, inputs: paths, period, previous, onProgress: progress.update }).finally(() => progress.stop());
      if (missingPaths.length) throw new UsageError(cliText().options.notFound(missingPaths.join(', ')));
      const { formatCheckResults } = await import('../../formatters/check-results.js');
      const printResults = (diagnostics: Diagnostic[]) => {
        const text = formatCheckResults(results, diagnostics, format, { ...print, version: TOOL_VERSION });
        if (text) process.stdout.write(text);
      };
      if (results.length === 0) {
        printResults([...warnings, noSubmissions(paths)]);
        run(1);
        return;
      }
      if (options.annotate) {
        const { annotateAll } = await import('../../submission/annotate-all.js');
        for (const o of await annotateAll(results, options.annotate, lang)) {
          if (o.kind === 'failed') process.stderr.write(`${t.annotateFailed(o.file, o.reason)}\n`);
          else if (o.kind === 'list-only') note(t.listOnly(o.path, o.reason), print);
          else note(o.kind === 'list' ? t.listCsv(o.path) : t.annotated(o.path), print);
        }
      }
      printResults([...warnings, ...runDiagnostics]);
      const rejected = results.filter((r) => r.status !== 'accepted').length;
      note(t.done(results.length, results.length - rejected, rejected), print);
      run(rejected > 0 ? 1 : 0);
    });
}
