import { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { countIndicators } from '../../model/collection.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';

interface ValidateOptions extends CommonOptions {
  strict?: boolean;
}

/** `indicators validate`: every YAML, schema and semantic problem of a set in one run. */
export function validateCommand(run: (code: number) => void): Command {
  const t = cliText().validate;
  return new Command('validate')
    .summary(t.summary)
    .description(t.description)
    .addOption(setOption())
    .addOption(formatOption())
    .addOption(langOption())
    .option('--strict', t.strict)
    .addOption(noColorOption())
    .addOption(quietOption(false))
    .addHelpText('after', t.examples)
    .action(async (options: ValidateOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const dir = resolveSetDir(options);
      const { loadValidatedSet } = await import('../../model/cached-set.js');
      const { set, diagnostics } = await loadValidatedSet(dir);
      // Indicators as the set defines them: components (numerators, denominators) counted apart.
      const count = set ? countIndicators(set.indicators) : undefined;
      const summary = set && count ? { indicators: count.indicators, components: count.components, groups: set.groups.length, units: set.units.length } : {};
      await printDiagnostics(diagnostics, format, { color: useColor(options), lang, summary });
      if (set && count) note(t.done(set.info.name, set.info.name_en, set.info.version, count.indicators, set.groups.length, set.units.length, count.components), { ...options, format });
      run(exitCodeFor(diagnostics, options.strict));
    });
}
