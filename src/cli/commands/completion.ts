import { Argument, Command } from 'commander';
import { cliText } from '../../i18n/cli.js';
import { applyLang, langOption, type CommonOptions } from '../options.js';

/** Each sub-command's options, and the values of options with a fixed list (--format, --lang). */
function describe(program: Command): { commands: string[]; options: Record<string, string[]>; choices: Record<string, string[]> } {
  const options: Record<string, string[]> = {};
  const choices: Record<string, string[]> = {};
  for (const c of program.commands) {
    options[c.name()] = [...c.options.map((o) => o.long).filter((l): l is string => Boolean(l)), '--help'];
    for (const o of c.options) if (o.long && o.argChoices) choices[`${c.name()} ${o.long}`] = o.argChoices;
  }
  return { commands: program.commands.map((c) => c.name()), options, choices };
}

/** A bash completion script (zsh loads it through bashcompinit). */
export function completionScript(program: Command, shell: 'bash' | 'zsh'): string {
  const { commands, options, choices } = describe(program);
  const q = (words: string[]) => words.join(' ');
  const lines = [
    '# indicators shell completion. bash: add to ~/.bashrc   eval "$(indicators completion bash)"',
    '#                              zsh:  add to ~/.zshrc    eval "$(indicators completion zsh)"',
    ...(shell === 'zsh' ? ['autoload -U +X compinit && compinit', 'autoload -U +X bashcompinit && bashcompinit'] : []),
    '_indicators() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" opts=""',
    `  if [ "$COMP_CWORD" -eq 1 ]; then COMPREPLY=( $(compgen -W "${q([...commands, '--help', '--version'])}" -- "$cur") ); return; fi`,
    '  case "${COMP_WORDS[1]} $prev" in',
    ...Object.entries(choices).map(([key, values]) => `    "${key}") COMPREPLY=( $(compgen -W "${q(values)}" -- "$cur") ); return;;`),
    '  esac',
    '  case "${COMP_WORDS[1]}" in',
    ...Object.entries(options).map(([cmd, opts]) => `    ${cmd}) opts="${q(opts)}";;`),
    '  esac',
    '  if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W "$opts" -- "$cur") ); else COMPREPLY=( $(compgen -f -- "$cur") ); fi',
    '}',
    'complete -o filenames -F _indicators indicators',
  ];
  return `${lines.join('\n')}\n`;
}

/** `indicators completion bash|zsh`: prints the completion script. */
export function completionCommand(run: (code: number) => void, program: () => Command): Command {
  const t = cliText().completion;
  return new Command('completion')
    .summary(t.summary)
    .description(t.description)
    .addArgument(new Argument('<shell>', t.shell).choices(['bash', 'zsh']))
    .addOption(langOption())
    .addHelpText('after', t.examples)
    .action((shell: 'bash' | 'zsh', options: CommonOptions) => {
      applyLang(options);
      process.stdout.write(completionScript(program(), shell));
      run(0);
    });
}
