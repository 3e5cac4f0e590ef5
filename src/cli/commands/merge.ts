import { statSync } from 'node:fs';
import { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { textsOf } from '../../i18n/catalog.js';
import { siteCliTexts } from '../../i18n/site.js';
import { UsageError } from '../errors.js';
import { loadSetOrStop } from '../load-set.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { startProgress } from '../progress.js';
import { checkOutDir } from './out-option.js';
import { noSubmissions, readPreviousOption, readReceivedOption } from './input-options.js';
import { parsePeriodOption } from './period-option.js';
import { setsAtVersions } from '../set-versions.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import type { IndicatorSet } from '../../model/types.js';
import type { MergedReport } from '../../report/report-types.js';

interface MergeCliOptions extends CommonOptions {
  period: string;
  out: string;
  previous?: string;
  received?: string;
  history?: string;
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
    .option('--history <dir>', textsOf(siteCliTexts).history)
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
      if (options.history && !statSync(options.history, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(cliText().options.notFound(`--history ${options.history}`));
      const progress = await startProgress(cliText().progress.checking, print);
      const { missingPaths, report } = await mergeRun({ set, inputs: paths, period, previous, received, onProgress: progress.update }).finally(() => progress.stop());
      if (missingPaths.length) throw new UsageError(cliText().options.notFound(missingPaths.join(', ')));
      if (!report) {
        // No return found, most likely a wrong path: no report is written over the previous one.
        await printDiagnostics([...warnings, noSubmissions(paths)], format, print);
        run(1);
        return;
      }
      // --history: the same comparisons as the site (previous period, same period last year) in the report.
      const historyWarnings = options.history ? await compareWithHistory(report, set, resolveSetDir(options), options.history) : [];
      const written = await writeReport(report, options.out, lang);
      await printDiagnostics([...warnings, ...historyWarnings, ...report.diagnostics], format, { ...print, summary: { ...report.counts } });
      const c = report.counts;
      note(t.done({ ...c, period: period.id, wrongPeriod: c.wrongPeriod ?? 0, byState: { ...c.byState, notInPeriod: c.byState['not-in-period'] }, written: written.join(', ') }), print);
      run(c.files - c.byState.accepted > 0 || exitCodeFor(report.diagnostics) !== 0 ? 1 : 0);
    });
}

/**
 * `merge --history DIR`: the datasets of earlier merges in DIR (this period's own, e.g. a previous run into a folder
 * inside DIR, left out) read into a history, and the report compared with it. Returns the history's warnings.
 */
async function compareWithHistory(report: MergedReport, set: IndicatorSet, setDir: string, dir: string): Promise<Diagnostic[]> {
  const { findDatasets, inPeriodOrder, streamDataset } = await import('../../history/read-datasets.js');
  const { HistoryBuilder } = await import('../../history/build-history.js');
  const { historyDiagnostics } = await import('../../history/history-diagnostics.js');
  const { applyHistory } = await import('../../report/compare-history.js');
  const { DatasetError } = await import('../../submission/read-previous.js');
  // In period order, as the builder expects (a period given twice keeps the first file); the older set versions named.
  const { files, versions } = await inPeriodOrder(findDatasets([dir]).files);
  const builder = new HistoryBuilder(set, {
    olderSets: await setsAtVersions(
      setDir,
      versions.filter((v) => v !== set.info.version),
    ),
  });
  const current = report.period.id;
  try {
    for (const file of files) {
      const input = await streamDataset(file);
      if (input.period === current) continue;
      const rows = input.rows;
      await builder.addStream({
        ...input,
        rows: (async function* () {
          for await (const r of rows) if (r.period !== current) yield r;
        })(),
      });
    }
  } catch (error) {
    if (error instanceof DatasetError) throw new UsageError(textsOf(siteCliTexts).unusable(error.path, error.reason), textsOf(siteCliTexts).unusableHint);
    throw error;
  }
  const history = builder.finish();
  applyHistory(report, history);
  return historyDiagnostics(history).filter((d) => d.code !== 'history-empty-period');
}
