import { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { siteCliTexts, siteTexts } from '../../i18n/site.js';
import { textsOf } from '../../i18n/catalog.js';
import { makeDiagnostic } from '../../diagnostics/index.js';
import { UsageError, writingTo } from '../errors.js';
import { loadSetOrStop } from '../load-set.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { startProgress } from '../progress.js';
import { setsAtVersions } from '../set-versions.js';
import { checkOutDir } from './out-option.js';
import type { IndicatorSet } from '../../model/types.js';

interface SiteCliOptions extends CommonOptions {
  out: string;
}

/** `indicators site <paths…> --out DIR`: the many-period dashboard, indicator pages, static API and data exports. */
export function siteCommand(run: (code: number) => void): Command {
  const t = textsOf(siteCliTexts);
  return new Command('site')
    .summary(t.summary)
    .description(t.description)
    .argument('<paths...>', t.paths)
    .requiredOption('--out <dir>', t.out)
    .addOption(setOption())
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', t.examples)
    .action(async (paths: string[], options: SiteCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const print = { format, color: useColor(options), lang, quiet: options.quiet };
      checkOutDir(options.out, paths);
      const { findDatasets } = await import('../../history/read-datasets.js');
      const { files, missing } = findDatasets(paths);
      if (missing.length) throw new UsageError(cliText().options.notFound(missing.join(', ')));
      const setDir = resolveSetDir(options);
      const usable = await loadSetOrStop(setDir, print, run);
      if (!usable) return;
      const { set, warnings } = usable;
      if (files.length === 0) {
        await printDiagnostics([...warnings, makeDiagnostic('history-no-datasets', { location: { file: paths.join(', ') }, params: { paths: paths.join(', ') } })], format, print);
        run(1);
        return;
      }
      const history = await readAll(set, setDir, files, print);
      const { historyDiagnostics } = await import('../../history/history-diagnostics.js');
      const { planSite } = await import('../../site/plan-site.js');
      const { writeSite } = await import('../../site/write-site.js');
      const planned = planSite(history, set, lang);
      const written = await writingTo(options.out, () => writeSite(options.out, planned, history, set));
      const diagnostics = [...warnings, ...historyDiagnostics(history)];
      await printDiagnostics(diagnostics, format, print);
      note(siteTexts[lang].done(written.pages, history.indicators.length, history.periods.length, options.out), print);
      run(exitCodeFor(diagnostics));
    });
}

/** Every dataset read into the history, with the set as it was at each older version the datasets name (git). */
async function readAll(set: IndicatorSet, setDir: string, files: string[], print: { quiet?: boolean; format?: string }) {
  const { peekSetVersion } = await import('../../history/read-datasets.js');
  const { readHistory } = await import('../../history/read-history.js');
  const { DatasetError } = await import('../../submission/read-previous.js');
  const versions = new Set<string>();
  for (const f of files) {
    const v = await peekSetVersion(f);
    if (v && v !== set.info.version) versions.add(v);
  }
  const olderSets = await setsAtVersions(setDir, [...versions].sort());
  const progress = await startProgress(textsOf(siteCliTexts).reading, print);
  try {
    return await readHistory(set, files, { olderSets, onProgress: progress.update });
  } catch (error) {
    if (error instanceof DatasetError) throw new UsageError(textsOf(siteCliTexts).unusable(error.path, error.reason), textsOf(siteCliTexts).unusableHint);
    throw error;
  } finally {
    progress.stop();
  }
}
