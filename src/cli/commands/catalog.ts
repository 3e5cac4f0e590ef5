import { Command, Option } from 'commander';
import { pick } from '../../diagnostics/index.js';
import { dirname } from 'node:path';
import { UsageError, writingTo } from '../errors.js';
import { checkWritable } from './out-option.js';
import { applyLang, type CommonOptions, langOption, noColorOption, resolveSetDir, setOption, useColor } from '../options.js';
import { exitCodeFor, note, printDiagnostics } from '../output.js';

interface CatalogOptions extends CommonOptions {
  out?: string;
  format?: string;
}

/** `indicators catalog`: the set as the decision's annex (Phụ lục), as .xlsx or markdown. */
export function catalogCommand(run: (code: number) => void): Command {
  return new Command('catalog')
    .summary(pick({ vi: 'xuất phụ lục danh mục chỉ số (.xlsx hoặc .md)', en: 'write the indicator annex (.xlsx or .md)' }))
    .description(pick({
      vi: 'Danh mục chỉ số kèm đầy đủ thuộc tính (STT, mã, tên, nhóm, loại, ĐVT, tần suất, cơ quan chủ trì/phối hợp, nguồn, khái niệm, phương pháp tính, phân tổ, chỉ tiêu): một trang tổng hợp và một trang cho mỗi nhóm.',
      en: 'Every indicator with all its attributes: a summary sheet and one sheet per group.',
    }))
    .option('--out <file>', pick({ vi: 'tệp ghi ra (mặc định catalog.xlsx hoặc catalog.md)', en: 'output file (default catalog.xlsx or catalog.md)' }))
    .addOption(new Option('--format <format>', 'xlsx | md').choices(['xlsx', 'md']))
    .addOption(setOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addHelpText('after', pick({ vi: '\nVí dụ:\n  npx indicators catalog --out phu-luc.xlsx\n  npx indicators catalog --format md --out phu-luc.md', en: '\nExamples:\n  npx indicators catalog --out annex.xlsx\n  npx indicators catalog --format md --out annex.md' }))
    .action(async (options: CatalogOptions) => {
      const lang = applyLang(options);
      const format = options.format ?? (options.out?.toLowerCase().endsWith('.md') ? 'md' : 'xlsx');
      const out = options.out ?? `catalog.${format}`;
      if (format === 'xlsx' && !out.toLowerCase().endsWith('.xlsx')) throw new UsageError(pick({ vi: `Tệp "${out}" phải có đuôi .xlsx`, en: `"${out}" must end in .xlsx` }));
      checkWritable(dirname(out));
      const { loadAndValidateSet } = await import('../../model/validate-set.js');
      const { set, diagnostics } = await loadAndValidateSet(resolveSetDir(options));
      if (!set || exitCodeFor(diagnostics) !== 0) {
        await printDiagnostics(diagnostics, 'stylish', { color: useColor(options), lang });
        run(1);
        return;
      }
      const { formatCatalogMarkdown, writeCatalogXlsx } = await import('../../template/catalog.js');
      const { writeFileAtomic } = await import('../../io/write-atomic.js');
      const content = format === 'md' ? formatCatalogMarkdown(set, lang) : await writeCatalogXlsx(set, lang);
      await writingTo(dirname(out), async () => {
        const { mkdir } = await import('node:fs/promises');
        await mkdir(dirname(out), { recursive: true });
        await writeFileAtomic(out, content);
      });
      note(pick({ vi: `Đã ghi phụ lục ${set.indicators.length} chỉ số vào ${out}.`, en: `Wrote the annex of ${set.indicators.length} indicators to ${out}.` }), { quiet: options.quiet });
      run(0);
    });
}
