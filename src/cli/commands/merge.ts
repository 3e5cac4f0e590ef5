import { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { UsageError } from '../errors.js';
import { loadSetOrStop } from '../load-set.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { startProgress } from '../progress.js';
import { checkOutDir } from './out-option.js';
import { noSubmissions, readPreviousOption, readReceivedOption } from './input-options.js';
import { parsePeriodOption } from './period-option.js';

interface MergeCliOptions extends CommonOptions {
  period: string;
  out: string;
  previous?: string;
  received?: string;
}

/** `indicators merge`: check every input, consolidate the accepted ones into the report and the dataset. */
export function mergeCommand(run: (code: number) => void): Command {
  const t = cliText().merge;
  return new Command('merge')
    .summary(t.summary)
    .description(t.description)
    .argument('<paths...>', t.paths)
    .requiredOption('--period <period>', t.period)
    .requiredOption('--out <dir>', t.out)
    .addOption(setOption())
    .option('--previous <dataset>', t.previous)
    .option('--received <csv>', t.received)
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', t.examples)
    .action(async (paths: string[], options: MergeCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const print = { format, color: useColor(options), lang, quiet: options.quiet };
      const period = parsePeriodOption(options.period);
      checkOutDir(options.out, paths);
      const usable = await loadSetOrStop(resolveSetDir(options), print, run);
      if (!usable) return;
      const { set, warnings } = usable;
      const { mergeRun } = await import('../../report/merge-run.js');
      const { writeReport } = await import('../../report/write-report.js');
      // The other inputs are read first: a missing --previous or --received stops the run before any work (exit 2).
      const previous = options.previous ? { file: options.previous, rows: await readPreviousOption(options.previous) } : undefined;
      const received = options.received ? await readReceivedOption(options.received) : undefined;
      const progress = await startProgress(cliText().progress.checking, print);
      const { missingPaths, report } = await mergeRun({ set, inputs: paths, period, previous, received, onProgress: progress.update }).finally(() => progress.stop());
      if (missingPaths.length) throw new UsageError(cliText().options.notFound(missingPaths.join(', ')));
      if (!report) {
        // No return found, most likely a wrong path: no report is written over the previous one.
        await printDiagnostics([...warnings, noSubmissions(paths)], format, print);
        run(1);
        return;
      }
      const written = await writeReport(report, options.out, lang);
      await printDiagnostics([...warnings, ...report.diagnostics], format, { ...print, summary: { ...report.counts } });
      const c = report.counts;
      note(t.done({ ...c, period: period.id, wrongPeriod: c.wrongPeriod ?? 0, byState: { ...c.byState, notInPeriod: c.byState['not-in-period'] }, written: written.join(', ') }), print);
      run(c.files - c.byState.accepted > 0 || exitCodeFor(report.diagnostics) !== 0 ? 1 : 0);
    });
}
