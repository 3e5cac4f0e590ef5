import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { pick } from '../../diagnostics/index.js';
import { UsageError, writingTo } from '../errors.js';
import { checkWritable } from './out-option.js';
import { applyLang, langOption, type CommonOptions } from '../options.js';
import { PACKAGE_ROOT } from '../version.js';

/** `indicators init [DIR]`: a small valid set (two groups, a rate with numerator and denominator) and the schemas. */
export function initCommand(run: (code: number) => void): Command {
  return new Command('init')
    .summary(pick({ vi: 'tạo bộ chỉ số mẫu hợp lệ', en: 'create a valid example set' }))
    .description(pick({
      vi: 'Tạo thư mục bộ chỉ số mẫu (hai nhóm, một tỷ lệ có tử số và mẫu số) kèm JSON Schema cho trình soạn thảo. Không ghi đè thư mục đã có nội dung.',
      en: 'Creates an example indicator-set folder (two groups, a rate with numerator and denominator) with the JSON Schemas for editors. Never overwrites a non-empty folder.',
    }))
    .argument('[dir]', pick({ vi: 'thư mục cần tạo', en: 'folder to create' }), 'indicators')
    .option('--from-catalog <file>', pick({ vi: 'nhập danh mục chỉ số có sẵn (.xlsx hoặc .csv: STT, tên chỉ tiêu, ĐVT, kỳ, cơ quan chủ trì, nguồn, phương pháp tính…)', en: 'import an existing indicator list (.xlsx or .csv: no., name, unit, frequency, owner, source, method…)' }))
    .addOption(langOption())
    .addHelpText('after', pick({
      vi: '\nVí dụ:\n  npx indicators init bo-chi-so\n  npx indicators init bo-chi-so --from-catalog danh-muc-chi-tieu.xlsx\n  npx indicators validate --set bo-chi-so',
      en: '\nExamples:\n  npx indicators init my-set\n  npx indicators init my-set --from-catalog indicator-list.xlsx\n  npx indicators validate --set my-set',
    }))
    .action(async (dir: string, options: CommonOptions & { fromCatalog?: string }) => {
      applyLang(options);
      checkWritable(dir);
      if (existsSync(dir) && readdirSync(dir).length > 0) {
        throw new UsageError(
          pick({ vi: `Thư mục "${dir}" đã có nội dung; không ghi đè`, en: `Folder "${dir}" is not empty; nothing overwritten` }),
          pick({ vi: 'Chọn một thư mục mới: `indicators init THƯ_MỤC_MỚI`.', en: 'Choose a new folder: `indicators init NEW_DIR`.' }),
        );
      }
      if (options.fromCatalog) {
        const { importCatalog } = await import('../../importer/import-catalog.js');
        run(await importCatalog(options.fromCatalog, dir, join(PACKAGE_ROOT, 'schemas')));
        return;
      }
      const existed = existsSync(dir);
      await writingTo(dir, () => {
        try {
          mkdirSync(dir, { recursive: true });
          cpSync(join(PACKAGE_ROOT, 'templates', 'init'), dir, { recursive: true });
          cpSync(join(PACKAGE_ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
        } catch (error) {
          // Nothing half-written: the folder was empty or absent before.
          if (existed) for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
          else rmSync(dir, { recursive: true, force: true });
          throw error;
        }
      });
      process.stderr.write(
        pick({
          vi: `Đã tạo bộ chỉ số mẫu trong "${dir}" (set.yaml, units.yaml, agencies.yaml, breakdowns.yaml, rules.yaml, groups/, schemas/).\nBước tiếp theo: npx indicators validate --set ${dir}\n`,
          en: `Created an example set in "${dir}" (set.yaml, units.yaml, agencies.yaml, breakdowns.yaml, rules.yaml, groups/, schemas/).\nNext: npx indicators validate --set ${dir}\n`,
        }),
      );
      run(0);
    });
}
