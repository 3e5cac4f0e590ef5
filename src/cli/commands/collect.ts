import { Command } from 'commander';
import { collectText, textsOf } from '../../i18n/index.js';
import { UsageError } from '../errors.js';
import { loadSetOrStop } from '../load-set.js';
import { addCommonOptions, type CommonOptions, printSettings, resolveSetDir } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { cliText } from '../../i18n/cli.js';
import { startProgress } from '../progress.js';
import { checkOutDir } from './out-option.js';
import { parsePeriodOption } from './period-option.js';

interface CollectCliOptions extends CommonOptions {
  period: string;
  out: string;
  system?: string[];
  dryRun?: boolean;
}

/** `indicators collect`: run the system indicators' queries for a period and write what they return as returns. */
export function collectCommand(run: (code: number) => void): Command {
  const t = textsOf(collectText).command;
  const command = new Command('collect')
    .summary(t.summary)
    .description(t.description)
    .requiredOption('--period <period>', t.period)
    .requiredOption('--out <dir>', t.out)
    .option('--system <id...>', t.system)
    .option('--dry-run', t.dryRun);
  return addCommonOptions(command, t.examples).action(async (options: CollectCliOptions) => {
    const { format, print } = printSettings(options);
    const period = parsePeriodOption(options.period);
    const usable = await loadSetOrStop(resolveSetDir(options), print, run);
    if (!usable) return;
    const { set, warnings } = usable;
    const text = textsOf(collectText);
    const unknown = (options.system ?? []).filter((id) => !set.systems.some((s) => s.id === id));
    if (unknown.length) throw new UsageError(text.command.unknownSystem(unknown.join(', '), set.systems.map((s) => s.id).join(', ')));
    if (!options.dryRun) checkOutDir(options.out);
    const { collectRun } = await import('../../collect/collect-run.js');
    const progress = await startProgress(cliText().progress.collecting, print, cliText().progress.queries);
    const result = await collectRun({ set, period, out: options.out, systems: options.system, dryRun: options.dryRun, onProgress: progress.update }).finally(() => progress.stop());
    if (options.dryRun && format !== 'json') {
      const { formatDryRun } = await import('../../collect/format-dry-run.js');
      process.stdout.write(formatDryRun(result, options.out));
    }
    await printDiagnostics([...warnings, ...result.diagnostics], format, print);
    const indicators = result.outcomes.reduce((n, o) => n + o.answers.filter((a) => a.answer).length, 0);
    if (result.outcomes.length === 0) note(text.nothingDue(period.id), print);
    else if (!options.dryRun) {
      const returns = result.outcomes.reduce((n, o) => n + o.written.length, 0);
      note(text.done({ indicators, systems: result.outcomes.filter((o) => !o.failed).length, returns, dir: options.out }), print);
    }
    run(exitCodeFor(result.diagnostics));
  });
}
