import { Help, type Argument, type Command, type Option } from 'commander';
import { getLanguage, pick } from '../diagnostics/index.js';

/** commander's own parse errors, reworded in Vietnamese (English keeps commander's text). */
const ERRORS: [RegExp, (...m: string[]) => string][] = [
  [/^error: unknown option '([^']*)'(.*)$/s, (o, rest) => `lỗi: không có tùy chọn '${o}'${rest.replace('(Did you mean', '(Có phải').replace('?)', '?)')}`],
  [/^error: unknown command '([^']*)'(.*)$/s, (c, rest) => `lỗi: không có lệnh '${c}'${rest.replace('(Did you mean', '(Có phải')}`],
  [/^error: missing required argument '([^']*)'/, (a) => `lỗi: thiếu tham số bắt buộc '${a}'`],
  [/^error: option '([^']*)' argument missing/, (o) => `lỗi: tùy chọn '${o}' cần một giá trị`],
  [/^error: required option '([^']*)' not specified/, (o) => `lỗi: thiếu tùy chọn bắt buộc '${o}'`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s, (o, v, c) => `lỗi: giá trị '${v}' của '${o}' không hợp lệ; chọn một trong: ${c}.`],
  [/^error: too many arguments(.*)$/s, (rest) => `lỗi: thừa tham số${rest}`],
];

function translate(text: string): string {
  if (getLanguage() !== 'vi') return text;
  for (const [re, make] of ERRORS) {
    const m = re.exec(text.trimEnd());
    if (m) return make(...m.slice(1)) + '\n';
  }
  return text;
}

/** commander's section titles in the help text. */
const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Arguments:': 'Tham số:',
  'Commands:': 'Lệnh:',
  'Global Options:': 'Tùy chọn chung:',
};

/** commander's "(choices: …, default: …)" after an option or argument, in Vietnamese. */
const extraInfo = (text: string) => text.replace(/\bchoices: /g, 'chọn một trong: ').replace(/\bdefault: /g, 'mặc định: ');

const base = new Help();
const VIETNAMESE_HELP = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  optionDescription: (option: Option) => extraInfo(base.optionDescription(option)),
  argumentDescription: (argument: Argument) => extraInfo(base.argumentDescription(argument)),
};

/** Gives a command (and its sub-commands) bilingual help texts and translated parse errors. */
export function localizeCommander(command: Command): void {
  command
    .helpOption('-h, --help', pick({ vi: 'hiển thị trợ giúp', en: 'display help' }))
    .configureOutput({ outputError: (text, write) => write(translate(text)) });
  if (getLanguage() === 'vi') command.configureHelp(VIETNAMESE_HELP);
  for (const sub of command.commands) localizeCommander(sub);
}
