import { Command } from 'commander';
import type { SetDiff } from '../../model/diff-sets.js';
import type { IndicatorSet } from '../../model/types.js';
import { loadSetAtRef } from '../set-at-ref.js';
import { pick } from '../../diagnostics/index.js';
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
  return new Command('compile')
    .summary(pick({ vi: 'tạo biểu mẫu Excel cho từng đơn vị', en: 'write the Excel templates for every unit' }))
    .description(pick({
      vi: 'Tạo một biểu mẫu thu thập (.xlsx) cho mỗi đơn vị phải báo cáo trong kỳ, và manifest.json. Không ghi gì nếu bộ chỉ số có lỗi; không ghi đè tệp khác nội dung nếu không có --force.',
      en: 'Writes one collection workbook (.xlsx) per unit that owes data in the period, and manifest.json. Writes nothing when the set has errors; never overwrites a different file without --force.',
    }))
    .requiredOption('--period <period>', pick({ vi: 'kỳ báo cáo: 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M', en: 'period: 2026, 2026-H1, 2026-Q1, 2026-03, 2026-9M' }))
    .requiredOption('--out <dir>', pick({ vi: 'thư mục ghi biểu mẫu', en: 'output folder' }))
    .addOption(setOption())
    .option('--unit <code...>', pick({ vi: 'chỉ tạo cho các đơn vị này', en: 'only these units' }))
    .option('--force', pick({ vi: 'ghi đè tệp đã có', en: 'overwrite existing files' }))
    .option('--since <ref>', pick({ vi: 'ghi các thay đổi so với bộ chỉ số ở commit/tag git này vào manifest.json', en: 'record the changes since the set at this git commit or tag in manifest.json' }))
    .addOption(formatOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(quietOption())
    .addHelpText('after', pick({
      vi: '\nVí dụ:\n  npx indicators compile --period 2026-Q1 --out bieu-mau/2026-Q1\n  npx indicators compile --period 2026-Q1 --out bieu-mau/2026-Q1 --unit 21211 SKHCN',
      en: '\nExamples:\n  npx indicators compile --period 2026-Q1 --out templates/2026-Q1\n  npx indicators compile --period 2026-Q1 --out templates/2026-Q1 --unit 21211 SKHCN',
    }))
    .action(async (options: CompileCliOptions) => {
      const lang = applyLang(options);
      const format = resolveFormat(options);
      const period = parsePeriodOption(options.period);
      checkOutDir(options.out);
      const dir = resolveSetDir(options);
      const { loadAndValidateSet } = await import('../../model/validate-set.js');
      const { set, diagnostics } = await loadAndValidateSet(dir);
      const color = useColor(options);
      if (!set || exitCodeFor(diagnostics) !== 0) {
        await printDiagnostics(diagnostics, format, { color, lang });
        note(pick({ vi: 'Bộ chỉ số có lỗi: không tạo biểu mẫu nào.', en: 'The set has errors: no template written.' }), { ...options, format });
        run(1);
        return;
      }
      const known = new Set(set.units.map((u) => u.code));
      const unknown = (options.unit ?? []).filter((u) => !known.has(u));
      if (unknown.length) {
        throw new UsageError(pick({ vi: `Không có đơn vị: ${unknown.join(', ')}`, en: `Unknown unit(s): ${unknown.join(', ')}` }), pick({ vi: 'Xem mã đơn vị trong units.yaml.', en: 'See the unit codes in units.yaml.' }));
      }
      const { compileTemplates } = await import('../../template/compile.js');
      const progress = await startProgress({ vi: 'Đang tạo biểu mẫu', en: 'Writing templates' }, { ...options, format });
      const changes = options.since ? await changesSince(set, resolveSetDir(options), options.since) : undefined;
      const result = await writingTo(options.out, () => compileTemplates({ set, period, outDir: options.out, lang, toolVersion: TOOL_VERSION, units: options.unit, force: options.force, onProgress: progress.update, changes, readStamp })).finally(() => progress.stop());
      const problems = [...diagnostics, ...result.diagnostics.filter((d) => d.code !== 'nothing-owed')];
      if (problems.length || format !== 'stylish') await printDiagnostics(problems, format, { color, lang, summary: { written: result.written.length, owingNothing: result.owingNothing.length } });
      if (result.refused) {
        note(pick({ vi: `Không ghi gì vào ${options.out}: thư mục giữ nguyên như trước.`, en: `Nothing written to ${options.out}: the folder is as it was.` }), { ...options, format });
      } else {
        note(
          pick({
            vi: `Đã tạo ${result.written.length - result.unchanged.length} biểu mẫu (${result.unchanged.length} không đổi) cho kỳ ${period.id} trong ${options.out}; manifest: ${options.out}/manifest.json.` +
              (result.owingNothing.length ? `\n${result.owingNothing.length} đơn vị không phải nộp chỉ số nào trong kỳ này: ${result.owingNothing.map((u) => u.code).join(', ')}.` : ''),
            en: `Wrote ${result.written.length - result.unchanged.length} templates (${result.unchanged.length} unchanged) for ${period.id} in ${options.out}; manifest: ${options.out}/manifest.json.` +
              (result.owingNothing.length ? `\n${result.owingNothing.length} unit(s) owe nothing this period: ${result.owingNothing.map((u) => u.code).join(', ')}.` : ''),
          }),
          { ...options, format },
        );
      }
      run(exitCodeFor(result.diagnostics));
    });
}

/** The set's changes since a git commit or tag (the older set must load; its problems are not this run's). */
async function changesSince(set: IndicatorSet, setDir: string, ref: string): Promise<SetDiff> {
  const loaded = await loadSetAtRef(setDir, ref);
  if (!loaded.set) throw new UsageError(pick({ vi: `Bộ chỉ số ở "${ref}" không đọc được`, en: `The set at "${ref}" cannot be read` }));
  const { diffSets } = await import('../../model/diff-sets.js');
  return diffSets(loaded.set, set);
}
