import { Command } from 'commander';
import { pick } from '../../diagnostics/index.js';
import { applyLang, type CommonOptions, formatOption, langOption, noColorOption, quietOption, resolveFormat, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';

interface ValidateOptions extends CommonOptions {
  strict?: boolean;
}

/** `indicators validate`: every YAML, schema and semantic problem of a set in one run. */
export function validateCommand(run: (code: number) => void): Command {
  return new Command('validate')
    .summary(pick({ vi: 'kiểm tra bộ chỉ số (YAML, schema, ngữ nghĩa)', en: 'check the indicator set (YAML, schema, semantics)' }))
    .description(
      pick({
        vi: 'Đọc mọi tệp YAML của bộ chỉ số và báo tất cả lỗi trong một lần chạy. Thoát 0 nếu sạch, 1 nếu có lỗi (hoặc cảnh báo với --strict), 2 nếu sai cách dùng.',
        en: 'Reads every YAML file of the set and reports all problems in one run. Exit 0 when clean, 1 on an error (or a warning with --strict), 2 on a usage error.',
      }),
    )
    .addOption(setOption())
    .addOption(formatOption())
    .addOption(langOption())
    .option('--strict', pick({ vi: 'cảnh báo cũng tính là lỗi', en: 'warnings fail too' }))
    .addOption(noColorOption())
    .addOption(quietOption(false))
    .addHelpText('after', pick({
      vi: '\nVí dụ:\n  npx indicators validate\n  npx indicators validate --set path/to/bo-chi-so --format sarif > validate.sarif',
      en: '\nExamples:\n  npx indicators validate\n  npx indicators validate --set path/to/set --format sarif > validate.sarif',
    }))
    .action(async (options: ValidateOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const dir = resolveSetDir(options);
      const { loadAndValidateSet } = await import('../../model/validate-set.js');
      const { set, diagnostics } = await loadAndValidateSet(dir);
      const summary = set
        ? { indicators: set.indicators.length, groups: set.groups.length, units: set.units.length }
        : {};
      await printDiagnostics(diagnostics, format, { color: useColor(options), lang, summary });
      if (set) {
        note(
          pick({
            vi: `Bộ chỉ số "${set.info.name}" v${set.info.version}: ${set.indicators.length} chỉ số, ${set.groups.length} nhóm, ${set.units.length} đơn vị.`,
            en: `Set "${set.info.name_en ?? set.info.name}" v${set.info.version}: ${set.indicators.length} indicators, ${set.groups.length} groups, ${set.units.length} units.`,
          }),
          { ...options, format },
        );
      }
      run(exitCodeFor(diagnostics, options.strict));
    });
}
