import { existsSync, statSync } from 'node:fs';
import { Option } from 'commander';
import { pick, setLanguage, type Lang } from '../diagnostics/index.js';
import { FORMAT_NAMES } from '../formatters/names.js';
import type { OutputFormat } from '../formatters/types.js';
import { UsageError } from './errors.js';
import { ui } from './ui-text.js';

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
  return new Option('--lang <lang>', 'ngôn ngữ / language: vi | en').choices(['vi', 'en']);
}

/** `--set DIR`, the indicator-set folder (default ./indicators). */
export function setOption(): Option {
  return new Option('--set <dir>', pick({ vi: 'thư mục bộ chỉ số', en: 'indicator-set folder' })).default('indicators');
}

export function noColorOption(): Option {
  return new Option('--no-color', pick({ vi: 'không tô màu', en: 'no colours' }));
}

/** `--quiet`: no progress counter and no summary (commands without progress say only "no summary"). */
export function quietOption(progress = true): Option {
  return new Option('--quiet', progress ? pick({ vi: 'không in tiến độ và tóm tắt', en: 'no progress or summary' }) : pick({ vi: 'không in tóm tắt', en: 'no summary' }));
}

export function formatOption(): Option {
  return new Option('--format <format>', 'stylish | json | github | sarif').choices(FORMAT_NAMES);
}

/** Applies --lang and returns it. */
export function applyLang(options: CommonOptions): Lang {
  const lang = (options.lang ?? (process.env.INDICATORS_LANG === 'en' ? 'en' : 'vi')) as Lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(ui('badLang')(String(lang)));
  setLanguage(lang);
  return lang;
}

/** The output format: --format, else `github` under GitHub Actions, else stylish. */
export function resolveFormat(options: CommonOptions): OutputFormat {
  if (options.format) {
    if (!FORMAT_NAMES.includes(options.format as OutputFormat)) {
      throw new UsageError(ui('badFormat')(options.format, FORMAT_NAMES.join(', ')));
    }
    return options.format as OutputFormat;
  }
  return process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}

/** Colour only on a TTY, never with NO_COLOR or --no-color. */
export function useColor(options: CommonOptions): boolean {
  if (options.color === false || 'NO_COLOR' in process.env) return false;
  if (process.env.FORCE_COLOR) return true;
  return Boolean(process.stdout.isTTY);
}

/** The set folder: --set, default ./indicators; a missing folder is a usage error. */
export function resolveSetDir(options: CommonOptions): string {
  const dir = options.set ?? 'indicators';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(ui('setNotFound')(dir), ui('setNotFoundHint')());
  }
  return dir;
}
