import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    .option('--example <name>', t.example)
    .addOption(langOption())
    .addHelpText('after', t.examples)
    .action(async (dir: string, options: CommonOptions & { fromCatalog?: string; example?: string }) => {
      applyLang(options);
      const example = options.example;
      if (example !== undefined && !(example in EXAMPLES)) throw new UsageError(t.unknownExample(example, Object.keys(EXAMPLES).join(', ')));
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
          if (example === undefined) cpSync(join(PACKAGE_ROOT, 'templates', 'init'), dir, { recursive: true });
          else copyExample(join(PACKAGE_ROOT, EXAMPLES[example]), dir);
          cpSync(join(PACKAGE_ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
        } catch (error) {
          // Nothing half-written: the folder was empty or absent before.
          if (existed) for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
          else rmSync(dir, { recursive: true, force: true });
          throw error;
        }
      });
      process.stderr.write(example === undefined ? t.done(dir) : t.doneExample(example, dir, topLevelEntries(dir)));
      run(0);
    });
}

/** What the folder holds, files first then folders (`groups/`), as the closing message lists them. */
function topLevelEntries(dir: string): string {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => Number(a.isDirectory()) - Number(b.isDirectory()) || a.name.localeCompare(b.name, 'en'));
  return entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).join(', ');
}

/** The real sets bundled with the package, by the name `--example` takes, and their folder in the package. */
const EXAMPLES: Record<string, string> = { 'quang-ngai': 'indicators' };

/**
 * Copies a bundled set into `dir`; its YAML files point their editor schema one level up (`../schemas/` in the
 * package), so the modeline is rewritten to the `schemas/` folder that init writes beside the set.
 */
function copyExample(from: string, dir: string, depth = 0): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dest = join(dir, name);
    if (statSync(src).isDirectory()) copyExample(src, dest, depth + 1);
    else if (name.endsWith('.yaml')) {
      const here = depth === 0 ? './schemas/' : '../'.repeat(depth) + 'schemas/';
      writeFileSync(dest, readFileSync(src, 'utf8').replace(/(\$schema=)(?:\.\.\/)+schemas\//, `$1${here}`));
    } else cpSync(src, dest);
  }
}
