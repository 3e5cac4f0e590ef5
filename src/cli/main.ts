import { Command, CommanderError } from 'commander';
import { cliText } from '../i18n/cli.js';
import { setLanguage } from '../i18n/lang.js';
import { catalogCommand } from './commands/catalog.js';
import { checkCommand } from './commands/check.js';
import { collectCommand } from './commands/collect.js';
import { compileCommand } from './commands/compile.js';
import { completionCommand } from './commands/completion.js';
import { consultCommand } from './commands/consult.js';
import { diffCommand } from './commands/diff.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';
import { schemaCommand } from './commands/schema.js';
import { siteCommand } from './commands/site.js';
import { validateCommand } from './commands/validate.js';
import { removePendingNow } from '../io/cleanup.js';
import { describeFsError, UsageError } from './errors.js';
import { localizeCommander } from './localize-commander.js';
import { langFromArgv } from './options.js';
import { TOOL_VERSION } from './version.js';
import { versionRequest, versionText } from './version-text.js';

/** Builds the program; every command is one file in commands/ (style §13). */
export function buildProgram(run: (code: number) => void): Command {
  const t = cliText().program;
  const program = new Command('indicators')
    .description(t.description)
    .version(TOOL_VERSION, '-V, --version', t.version)
    .helpCommand('help [command]', t.helpCommand)
    .showHelpAfterError()
    .exitOverride();
  program.addCommand(validateCommand(run));
  program.addCommand(compileCommand(run));
  program.addCommand(checkCommand(run));
  program.addCommand(mergeCommand(run));
  program.addCommand(collectCommand(run));
  program.addCommand(catalogCommand(run));
  program.addCommand(consultCommand(run));
  program.addCommand(schemaCommand(run));
  program.addCommand(initCommand(run));
  program.addCommand(diffCommand(run));
  program.addCommand(siteCommand(run));
  program.addCommand(completionCommand(run, () => program));
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
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
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
