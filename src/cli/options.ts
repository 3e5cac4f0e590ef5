import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { setLanguage, type Lang } from '../i18n/lang.js';
import { cliText } from '../i18n/cli.js';
import { FORMAT_NAMES } from '../formatters/names.js';
import type { OutputFormat } from '../formatters/types.js';
import { UsageError } from './errors.js';
import type { PrintOptions } from './load-set.js';

/** Options every command shares (design §2). */
export interface CommonOptions {
  set?: string;
  format?: string;
  lang?: string;
  color?: boolean;
  quiet?: boolean;
}

/** The language asked for on the command line (or INDICATORS_LANG), read before commander builds the help. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
    if (a === '--lang' || a.startsWith('--lang=')) return 'vi';
  }
  return process.env.INDICATORS_LANG === 'en' ? 'en' : 'vi';
}

export function langOption(): Option {
  return new Option('--lang <lang>', cliText().options.lang).choices(['vi', 'en']);
}

/** `--set DIR`, the indicator-set folder (default `defaultSetDir`: ./indicators, else the current folder). */
export function setOption(): Option {
  return new Option('--set <dir>', cliText().options.set);
}

export function noColorOption(): Option {
  return new Option('--no-color', cliText().options.noColor);
}

/** `--quiet`: no summary (and no progress counter, for commands that show one). */
export function quietOption(progress = true): Option {
  const t = cliText().options;
  return new Option('--quiet', progress ? t.quiet : t.quietNoProgress);
}

/** `--format`: how results and diagnostics are printed. */
export function formatOption(): Option {
  return new Option('--format <format>', FORMAT_NAMES.join(' | ')).choices(FORMAT_NAMES);
}

/** Applies --lang (commander has checked the value) and returns it. */
export function applyLang(options: CommonOptions): Lang {
  const lang: Lang = options.lang === 'en' || (!options.lang && process.env.INDICATORS_LANG === 'en') ? 'en' : 'vi';
  setLanguage(lang);
  return lang;
}

/** The output format: --format (commander has checked the value), else `github` under GitHub Actions, else stylish. */
export function resolveFormat(options: CommonOptions): OutputFormat {
  if (options.format) return options.format as OutputFormat;
  return process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}

/** Colour only on a TTY, never with NO_COLOR or --no-color. */
export function useColor(options: CommonOptions): boolean {
  if (options.color === false || 'NO_COLOR' in process.env) return false;
  if (process.env.FORCE_COLOR) return true;
  return Boolean(process.stdout.isTTY);
}

function isDir(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

/**
 * The set folder when --set is not given: ./indicators when it exists, else the current folder when it holds set.yaml
 * (inside a set made by `indicators init`), else undefined. Every command and `--version` use this.
 */
export function defaultSetDir(cwd = process.cwd()): string | undefined {
  if (isDir(join(cwd, 'indicators'))) return 'indicators';
  if (existsSync(join(cwd, 'set.yaml'))) return '.';
  return undefined;
}

/** The set folder: --set, else `defaultSetDir`; a missing folder is a usage error. */
export function resolveSetDir(options: CommonOptions): string {
  const t = cliText().options;
  if (options.set === undefined) {
    const dir = defaultSetDir();
    if (dir === undefined) throw new UsageError(t.defaultSetNotFound, t.setNotFoundHint);
    return dir;
  }
  if (!isDir(options.set)) throw new UsageError(t.setNotFound(options.set), t.setNotFoundHint);
  return options.set;
}

/** The options a command's own options are followed by: --set, --format, --lang, --no-color, --quiet, then its help examples. */
export function addCommonOptions(command: Command, examples: string): Command {
  return command.addOption(setOption()).addOption(formatOption()).addOption(langOption()).addOption(noColorOption()).addOption(quietOption()).addHelpText('after', examples);
}

/** The start of a command's action: applies --lang; the language, the output format and how to print. */
export function printSettings(options: CommonOptions): { lang: Lang; format: OutputFormat; print: PrintOptions } {
  const lang = applyLang(options);
  const format = resolveFormat(options);
  return { lang, format, print: { format, color: useColor(options), lang, quiet: options.quiet } };
}
