import { Command } from 'commander';
import type { SetDiff } from '../../model/diff-sets.js';
import type { IndicatorSet } from '../../model/types.js';
import type { SystemOnlyUnit } from '../../template/compile.js';
import { loadSetAtRef } from '../set-at-ref.js';
import { cliText } from '../../i18n/cli.js';
import { loadSetOrStop } from '../load-set.js';
import { UsageError, writingTo } from '../errors.js';
import { checkOutDir } from './out-option.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';
import { startProgress } from '../progress.js';
import { TOOL_VERSION } from '../version.js';
import { parsePeriodOption } from './period-option.js';

/** The `_meta` stamp of a template already in the folder (the submission reader, loaded only when one exists). */
async function readStamp(bytes: Uint8Array) {
  const { readTemplateStamp } = await import('../../submission/template-stamp.js');
  return readTemplateStamp(bytes);
}

interface CompileCliOptions extends CommonOptions {
  period: string;
  out: string;
  unit?: string[];
  force?: boolean;
  since?: string;
}

/** `indicators compile`: one locked, validated collection workbook per unit that owes data, and manifest.json. */
export function compileCommand(run: (code: number) => void): Command {
  const t = cliText().compile;
  return new Command('compile')
    .summary(t.summary)
    .description(t.description)
    .requiredOption('--period <period>', t.period)
    .requiredOption('--out <dir>', t.out)
    .addOption(setOption())
    .option('--unit <code...>', t.unit)
    .option('--force', t.force)
    .option('--since <ref>', t.since)
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', t.examples)
    .action(async (options: CompileCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const print = { format, color: useColor(options), lang, quiet: options.quiet };
      const period = parsePeriodOption(options.period);
      checkOutDir(options.out);
      const dir = resolveSetDir(options);
      const usable = await loadSetOrStop(dir, print, run, t.setHasErrors);
      if (!usable) return;
      const { set, warnings } = usable;
      const known = new Set(set.units.map((u) => u.code));
      const unknown = (options.unit ?? []).filter((u) => !known.has(u));
      if (unknown.length) throw new UsageError(t.unknownUnits(unknown.join(', ')), t.unknownUnitsHint);
      const { compileTemplates } = await import('../../template/compile.js');
      const progress = await startProgress(cliText().progress.compiling, print);
      const changes = options.since ? await changesSince(set, dir, options.since) : undefined;
      const result = await writingTo(options.out, () =>
        compileTemplates({ set, period, outDir: options.out, lang, toolVersion: TOOL_VERSION, units: options.unit, force: options.force, onProgress: progress.update, changes, readStamp }),
      ).finally(() => progress.stop());
      const problems = [...warnings, ...result.diagnostics.filter((d) => d.code !== 'nothing-owed')];
      if (problems.length || format !== 'stylish')
        await printDiagnostics(problems, format, { ...print, summary: { written: result.written.length, owingNothing: result.owingNothing.length, fromSystems: result.fromSystems.length } });
      if (result.refused) note(t.refused(options.out), print);
      else
        note(
          t.done({
            written: result.written.length - result.unchanged.length,
            unchanged: result.unchanged.length,
            period: period.id,
            out: options.out,
            owingNothing: result.owingNothing.map((u) => u.code),
            fromSystems: bySystems(result.fromSystems),
          }),
          print,
        );
      run(exitCodeFor(result.diagnostics));
    });
}

/** Units whose figures come from systems only, grouped by those systems (one line per group, not per unit). */
function bySystems(units: readonly SystemOnlyUnit[]): { units: string[]; systems: string[] }[] {
  const groups = new Map<string, { units: string[]; systems: string[] }>();
  for (const { unit, systems } of units) {
    const key = systems.join(',');
    const group = groups.get(key) ?? { units: [], systems };
    group.units.push(unit.code);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The set's changes since a git commit or tag (the older set must load; its problems are not this run's). */
async function changesSince(set: IndicatorSet, setDir: string, ref: string): Promise<SetDiff> {
  const loaded = await loadSetAtRef(setDir, ref);
  if (!loaded.set) throw new UsageError(cliText().gitRef.setUnreadable(ref));
  const { diffSets } = await import('../../model/diff-sets.js');
  return diffSets(loaded.set, set);
}
