import { Command } from 'commander';
import { consultCandidates } from '../../consult/addressees.js';
import { consultText } from '../../i18n/consult.js';
import { cliText } from '../../i18n/cli.js';
import type { IndicatorSet } from '../../model/types.js';
import { UsageError, writingTo } from '../errors.js';
import { loadSetOrStop } from '../load-set.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { startProgress } from '../progress.js';
import { TOOL_VERSION } from '../version.js';
import { noSubmissions, readReceivedOption } from './input-options.js';
import { checkOutDir } from './out-option.js';

interface ConsultCompileCliOptions extends CommonOptions {
  out: string;
  deadline?: string;
  unit?: string[];
  force?: boolean;
}

interface ConsultMergeCliOptions extends CommonOptions {
  out: string;
  unit?: string[];
  deadline?: string;
  received?: string;
  responses?: string;
}

/** `--deadline YYYY-MM-DD`: a real date, or a usage error. */
function parseDeadline(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = consultText().cli;
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) throw new UsageError(t.badDeadline(text), t.badDeadlineHint);
  return text;
}

/** `--unit`: codes of units (not the province) or agencies of the set, or a usage error. */
function checkUnits(set: IndicatorSet, units: string[] | undefined): void {
  const known = new Set(consultCandidates(set).map((u) => u.code));
  const unknown = (units ?? []).filter((u) => !known.has(u));
  if (unknown.length) throw new UsageError(consultText().cli.unknownUnits(unknown.join(', ')), consultText().cli.unknownUnitsHint);
}

/** `indicators consult`: the consultation on the draft set (compile the comment forms, merge the replies). */
export function consultCommand(run: (code: number) => void): Command {
  const t = consultText().cli;
  const consult = new Command('consult').summary(t.summary).description(t.description).helpCommand('help [command]', cliText().program.helpCommand).addHelpText('after', t.examples);
  consult.addCommand(compileSubcommand(run));
  consult.addCommand(mergeSubcommand(run));
  // addCommand() does not pass these down (main.ts sets them on top-level commands only).
  for (const sub of consult.commands) sub.exitOverride().showHelpAfterError();
  return consult;
}

function compileSubcommand(run: (code: number) => void): Command {
  const t = consultText().cli;
  return new Command('compile')
    .summary(t.compileSummary)
    .description(t.compileDescription)
    .requiredOption('--out <dir>', t.out)
    .addOption(setOption())
    .option('--deadline <date>', t.deadline)
    .option('--unit <code...>', t.unit)
    .option('--force', t.force)
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', t.examples)
    .action(async (options: ConsultCompileCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const print = { format, color: useColor(options), lang, quiet: options.quiet };
      const deadline = parseDeadline(options.deadline);
      checkOutDir(options.out);
      const usable = await loadSetOrStop(resolveSetDir(options), print, run);
      if (!usable) return;
      const { set, warnings } = usable;
      checkUnits(set, options.unit);
      const { compileConsultForms } = await import('../../consult/compile.js');
      const progress = await startProgress(cliText().progress.consultForms, print);
      const result = await writingTo(options.out, () =>
        compileConsultForms({ set, outDir: options.out, lang, toolVersion: TOOL_VERSION, deadline, units: options.unit, force: options.force, onProgress: progress.update }),
      ).finally(() => progress.stop());
      const problems = [...warnings, ...result.diagnostics];
      if (problems.length || format !== 'stylish') await printDiagnostics(problems, format, { ...print, summary: { written: result.written.length } });
      if (result.refused) note(consultText().cli.refused(options.out), print);
      else note(consultText().cli.compiled(result.written.length - result.unchanged.length, result.unchanged.length, options.out), print);
      run(exitCodeFor(result.diagnostics));
    });
}

function mergeSubcommand(run: (code: number) => void): Command {
  const t = consultText().cli;
  return new Command('merge')
    .summary(t.mergeSummary)
    .description(t.mergeDescription)
    .argument('<paths...>', t.paths)
    .requiredOption('--out <dir>', t.out)
    .addOption(setOption())
    .option('--deadline <date>', t.deadline)
    .option('--unit <code...>', t.mergeUnit)
    .option('--received <csv>', t.received)
    .option('--responses <xlsx>', t.responses)
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', t.examples)
    .action(async (paths: string[], options: ConsultMergeCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const print = { format, color: useColor(options), lang, quiet: options.quiet };
      const deadline = parseDeadline(options.deadline);
      checkOutDir(options.out, paths);
      const usable = await loadSetOrStop(resolveSetDir(options), print, run);
      if (!usable) return;
      const { set, warnings } = usable;
      checkUnits(set, options.unit);
      const received = options.received ? await readReceivedOption(options.received) : undefined;
      const responses = options.responses ? { file: options.responses, answers: await readResponsesOption(options.responses) } : undefined;
      const { consultMergeRun } = await import('../../consult/merge-run.js');
      const progress = await startProgress(cliText().progress.checking, print);
      const { synthesis, missingPaths } = await consultMergeRun({ set, inputs: paths, units: options.unit, lang, deadline, received, responses, onProgress: progress.update }).finally(() =>
        progress.stop(),
      );
      if (missingPaths.length) throw new UsageError(cliText().options.notFound(missingPaths.join(', ')));
      if (!synthesis) {
        await printDiagnostics([...warnings, noSubmissions(paths)], format, print);
        run(1);
        return;
      }
      const { writeSynthesis, synthesisJson } = await import('../../consult/write-synthesis.js');
      const written = await writingTo(options.out, () => writeSynthesis(synthesis, options.out, lang));
      const diagnostics = [...warnings, ...synthesis.diagnostics];
      const paragraph = consultText(lang).counts(synthesis.counts);
      if (format === 'json') {
        const { FORMATTERS } = await import('../../formatters/index.js');
        const listed = JSON.parse(FORMATTERS.json(diagnostics, { color: false, lang, version: TOOL_VERSION })).diagnostics;
        process.stdout.write(JSON.stringify(synthesisJson(synthesis, paragraph, listed), null, 2) + '\n');
      } else {
        await printDiagnostics(diagnostics, format, { ...print, summary: { ...synthesis.counts } });
        if (format === 'stylish') process.stdout.write(`${paragraph}\n`);
      }
      note(t.merged(synthesis.counts), print);
      if (responses) note(t.unanswered(synthesis.diagnostics.filter((d) => d.code === 'consult-unanswered').length), print);
      note(t.written(written.join(', ')), print);
      run(exitCodeFor(diagnostics));
    });
}

/** `--responses`: the earlier answers, or a usage error (exit 2) naming the file. */
async function readResponsesOption(path: string) {
  const { readResponses, ResponsesError } = await import('../../consult/read-responses.js');
  try {
    return await readResponses(path);
  } catch (error) {
    if (!(error instanceof ResponsesError)) throw error;
    const t = consultText().cli;
    throw new UsageError(t.responsesUnusable(path, cliText().options.readReasons[error.reason] ?? error.reason), t.responsesHint);
  }
}
