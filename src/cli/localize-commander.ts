import { Help, type Argument, type Command, type Option } from 'commander';
import { cliText } from '../i18n/cli.js';
import { getLanguage } from '../i18n/lang.js';

/** commander's own parse errors, reworded in Vietnamese (English keeps commander's text). */
function errors(): [RegExp, (...m: string[]) => string][] {
  const t = cliText().commander;
  const didYouMean = (rest: string) => rest.replace('(Did you mean', t.didYouMean);
  return [
    [/^error: unknown option '([^']*)'(.*)$/s, (o, rest) => t.unknownOption(o, didYouMean(rest))],
    [/^error: unknown command '([^']*)'(.*)$/s, (c, rest) => t.unknownCommand(c, didYouMean(rest))],
    [/^error: missing required argument '([^']*)'/, (a) => t.missingArgument(a)],
    [/^error: option '([^']*)' argument missing/, (o) => t.optionValueMissing(o)],
    [/^error: required option '([^']*)' not specified/, (o) => t.requiredOption(o)],
    [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s, (o, v, c) => t.badChoice(o, v, c)],
    [/^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/s, (v, a, c) => t.badChoice(a, v, c)],
    [/^error: too many arguments(.*)$/s, (rest) => t.tooManyArguments(rest)],
  ];
}

function translate(text: string): string {
  if (getLanguage() !== 'vi') return text;
  for (const [re, make] of errors()) {
    const m = re.exec(text.trimEnd());
    if (m) return make(...m.slice(1)) + '\n';
  }
  return text;
}

/** commander's "(choices: …, default: …)" after an option or argument, in Vietnamese. */
function extraInfo(text: string): string {
  const t = cliText().commander;
  return text.replace(/\bchoices: /g, t.choices).replace(/\bdefault: /g, t.default);
}

const base = new Help();
const VIETNAMESE_HELP = {
  styleTitle: (title: string) => cliText().commander.titles[title] ?? title,
  optionDescription: (option: Option) => extraInfo(base.optionDescription(option)),
  argumentDescription: (argument: Argument) => extraInfo(base.argumentDescription(argument)),
};

/** Gives a command (and its sub-commands) bilingual help texts and translated parse errors. */
export function localizeCommander(command: Command): void {
  command.helpOption('-h, --help', cliText().program.helpOption).configureOutput({ outputError: (text, write) => write(translate(text)) });
  if (getLanguage() === 'vi') command.configureHelp(VIETNAMESE_HELP);
  for (const sub of command.commands) localizeCommander(sub);
}
