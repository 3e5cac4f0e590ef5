import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { UsageError, writingTo } from '../errors.js';
import { checkWritable } from './out-option.js';
import { applyLang, langOption, type CommonOptions } from '../options.js';
import { PACKAGE_ROOT } from '../version.js';

/** `indicators init [DIR]`: a small valid set (two groups, a rate with numerator and denominator) and the schemas. */
export function initCommand(run: (code: number) => void): Command {
  const t = cliText().init;
  return new Command('init')
    .summary(t.summary)
    .description(t.description)
    .argument('[dir]', t.dir, 'indicators')
    .option('--from-catalog <file>', t.fromCatalog)
    .addOption(langOption())
    .addHelpText('after', t.examples)
    .action(async (dir: string, options: CommonOptions & { fromCatalog?: string }) => {
      applyLang(options);
      checkWritable(dir);
      if (existsSync(dir) && readdirSync(dir).length > 0) {
        throw new UsageError(t.notEmpty(dir), t.notEmptyHint);
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
      process.stderr.write(t.done(dir));
      run(0);
    });
}
