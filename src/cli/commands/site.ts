import { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { siteCliTexts, siteTexts } from '../../i18n/site.js';
import { textsOf } from '../../i18n/catalog.js';
import { makeDiagnostic } from '../../diagnostics/index.js';
import { UsageError, writingTo } from '../errors.js';
import { loadSetOrStop } from '../load-set.js';
import { addCommonOptions, type CommonOptions, printSettings, resolveSetDir } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { startProgress } from '../progress.js';
import { setsAtVersions } from '../set-versions.js';
import { checkOutDir } from './out-option.js';

interface SiteCliOptions extends CommonOptions {
  out: string;
}

/** `indicators site <paths…> --out DIR`: the many-period dashboard, indicator pages, static API and data exports. */
export function siteCommand(run: (code: number) => void): Command {
  const t = textsOf(siteCliTexts);
  const command = new Command('site').summary(t.summary).description(t.description).argument('<paths...>', t.paths).requiredOption('--out <dir>', t.out);
  return addCommonOptions(command, t.examples).action(async (paths: string[], options: SiteCliOptions) => {
    const { lang, format, print } = printSettings(options);
    checkOutDir(options.out, paths);
    const { findDatasets, inPeriodOrder } = await import('../../history/read-datasets.js');
    const found = findDatasets(paths);
    if (found.missing.length) throw new UsageError(cliText().options.notFound(found.missing.join(', ')));
    const setDir = resolveSetDir(options);
    const usable = await loadSetOrStop(setDir, print, run);
    if (!usable) return;
    const { set, warnings } = usable;
    if (found.files.length === 0) {
      await printDiagnostics([...warnings, makeDiagnostic('history-no-datasets', { location: { file: paths.join(', ') }, params: { paths: paths.join(', ') } })], format, print);
      run(1);
      return;
    }
    // In period order, so that dataset-all.csv is too; the set as it was at each older version the datasets name (git).
    const { files, versions } = await inPeriodOrder(found.files);
    const olderSets = await setsAtVersions(
      setDir,
      versions.filter((v) => v !== set.info.version),
    );
    const { historyDiagnostics } = await import('../../history/history-diagnostics.js');
    const { planSite } = await import('../../site/plan-site.js');
    const { buildSite } = await import('../../site/write-site.js');
    const { DatasetError } = await import('../../submission/read-previous.js');
    const progress = await startProgress(t.reading, print);
    let built;
    try {
      built = await writingTo(options.out, () => buildSite({ outDir: options.out, set, files, history: { olderSets }, plan: (history) => planSite(history, set, lang), onProgress: progress.update }));
    } catch (error) {
      if (error instanceof DatasetError) throw new UsageError(t.unusable(error.path, error.reason), t.unusableHint);
      throw error;
    } finally {
      progress.stop();
    }
    const diagnostics = [...warnings, ...historyDiagnostics(built.history)];
    await printDiagnostics(diagnostics, format, print);
    note(siteTexts[lang].done(built.pages, built.history.indicators.length, built.history.periods.length, options.out), print);
    run(exitCodeFor(diagnostics));
  });
}
