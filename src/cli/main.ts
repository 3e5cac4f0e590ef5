import { Command, CommanderError } from 'commander';
import { cliText } from '../i18n/cli.js';
import { setLanguage } from '../i18n/lang.js';
import { removePendingNow } from '../io/cleanup.js';
import { describeFsError, UsageError } from './errors.js';
import { localizeCommander } from './localize-commander.js';
import { langFromArgv } from './options.js';
import { TOOL_VERSION } from './version.js';
import { versionRequest, versionText } from './version-text.js';

type Run = (code: number) => void;

/**
 * Every command, in the order `--help` lists them: its name and how to build it from its file in commands/ (style
 * §13), imported only when needed (issue 17: a run loads the module of the command it runs, not all of them).
 */
const COMMANDS: [name: string, load: (run: Run, program: () => Command) => Promise<Command>][] = [
  ['validate', async (run) => (await import('./commands/validate.js')).validateCommand(run)],
  ['compile', async (run) => (await import('./commands/compile.js')).compileCommand(run)],
  ['check', async (run) => (await import('./commands/check.js')).checkCommand(run)],
  ['merge', async (run) => (await import('./commands/merge.js')).mergeCommand(run)],
  ['collect', async (run) => (await import('./commands/collect.js')).collectCommand(run)],
  ['catalog', async (run) => (await import('./commands/catalog.js')).catalogCommand(run)],
  ['consult', async (run) => (await import('./commands/consult.js')).consultCommand(run)],
  ['schema', async (run) => (await import('./commands/schema.js')).schemaCommand(run)],
  ['init', async (run) => (await import('./commands/init.js')).initCommand(run)],
  ['diff', async (run) => (await import('./commands/diff.js')).diffCommand(run)],
  ['site', async (run) => (await import('./commands/site.js')).siteCommand(run)],
  ['completion', async (run, program) => (await import('./commands/completion.js')).completionCommand(run, program)],
];

/**
 * The command the arguments run, when the program needs that one alone: the first argument names it. Anything else
 * (no argument, an option, `help`, a misspelt name that gets a suggestion, `completion`, which describes every
 * command) needs the full program.
 */
export function commandToRun(args: readonly string[]): string | undefined {
  const name = args[0];
  return name !== 'completion' && COMMANDS.some(([n]) => n === name) ? name : undefined;
}

/** Options every command shares that may also come before the command name (README "common options"). */
const LEADING_FLAGS = new Set(['--no-color', '--quiet']);

/**
 * `indicators --lang en completion fish`: the common options (--lang, --no-color, --quiet) given before the command
 * name, and the arguments after them. Options stops at the first other argument.
 */
export function leadingCommonOptions(args: readonly string[]): { options: string[][]; rest: string[] } {
  const options: string[][] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (LEADING_FLAGS.has(a) || a.startsWith('--lang=')) options.push([a]);
    else if (a === '--lang' && i + 1 < args.length) options.push([a, args[++i]]);
    else break;
  }
  return { options, rest: args.slice(i) };
}

/**
 * The arguments with the leading common options moved after the command (and sub-command) they were meant for; an
 * option that command does not have (--quiet for `init`) is dropped. Unchanged when no command follows them.
 */
export function placeLeadingOptions(program: Command, args: readonly string[]): string[] {
  const { options, rest } = leadingCommonOptions(args);
  let command = program.commands.find((c) => c.name() === rest[0]);
  if (options.length === 0 || !command) return [...args];
  let at = 1;
  for (let sub = command.commands.find((c) => c.name() === rest[at]); sub; sub = command.commands.find((c) => c.name() === rest[at])) {
    command = sub;
    at++;
  }
  const longs = new Set(command.options.map((o) => o.long));
  const kept = options.filter(([name]) => longs.has(name.split('=')[0])).flat();
  return [...rest.slice(0, at), ...kept, ...rest.slice(at)];
}

/**
 * Builds the program with every command, or with `only` (`commandToRun`): that command parses, helps and fails as it
 * does in the full program.
 */
export async function buildProgram(run: Run, only?: string): Promise<Command> {
  const t = cliText().program;
  const program = new Command('indicators')
    .description(t.description)
    .addHelpText('after', t.examples)
    .version(TOOL_VERSION, '-V, --version', t.version)
    .helpCommand('help [command]', t.helpCommand)
    .showHelpAfterError()
    .exitOverride();
  const commands = await Promise.all(COMMANDS.filter(([name]) => !only || name === only).map(([, load]) => load(run, () => program)));
  for (const command of commands) program.addCommand(command);
  // addCommand() does not pass these settings down: without them a sub-command's parse error calls process.exit(1).
  for (const command of program.commands) command.exitOverride().showHelpAfterError();
  localizeCommander(program);
  return program;
}

/**
 * Ctrl+C (SIGINT) and SIGTERM remove the temporary files of writes in progress and exit (130 / 143). Handled in
 * JavaScript, so they run between event-loop turns, never inside a synchronous rename sequence.
 */
let signalsHandled = false;
function stopCleanlyOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      removePendingNow();
      process.stderr.write(`\n${cliText().program.interrupted}\n`);
      process.exit(code);
    });
  }
}

/** Runs the CLI and returns the exit code: 0 clean, 1 problems found, 2 usage or internal error. */
export async function main(argv: string[]): Promise<number> {
  setLanguage(langFromArgv(argv));
  const versionAsked = versionRequest(argv.slice(2));
  if (versionAsked) {
    process.stdout.write(await versionText(versionAsked));
    return 0;
  }
  stopCleanlyOnSignals();
  let code = 0;
  const program = await buildProgram(
    (c) => {
      code = c;
    },
    commandToRun(leadingCommonOptions(argv.slice(2)).rest),
  );
  try {
    await program.parseAsync(placeLeadingOptions(program, argv.slice(2)), { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; parse errors were already printed by commander.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${cliText().program.usagePrefix}: ${error.message}\n${error.hint ? `  → ${error.hint}\n` : ''}`);
      return 2;
    }
    const fsProblem = describeFsError(error);
    if (fsProblem) {
      process.stderr.write(`${fsProblem.message}\n  → ${fsProblem.hint}\n`);
      return 1;
    }
    process.stderr.write(`${cliText().program.internalError}\n${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}
