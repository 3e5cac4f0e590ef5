import { describe, expect, it } from 'vitest';
import { buildProgram, commandToRun } from '../../src/cli/main.js';
import { setLanguage } from '../../src/i18n/lang.js';

// Issue 17: a run loads the module of the command it runs only (main.ts's table of commands). The program built for
// one command must parse, help and fail exactly as the full program's command does.

const run = () => undefined;

describe('commands loaded on demand', () => {
  it('builds the full program for the help, the completion script and anything that is not a command', async () => {
    const full = await buildProgram(run);
    const names = full.commands.map((c) => c.name());
    expect(names).toEqual(expect.arrayContaining(['validate', 'compile', 'check', 'merge', 'completion']));
    for (const args of [[], ['--help'], ['help', 'check'], ['completion', 'bash'], ['chek'], ['--lang', 'en', 'check'], ['-V']]) expect(commandToRun(args)).toBeUndefined();
    for (const name of names.filter((n) => n !== 'completion')) expect(commandToRun([name, '--help'])).toBe(name);
  });

  it('gives a command alone the same options and help as in the full program', async () => {
    for (const lang of ['vi', 'en'] as const) {
      setLanguage(lang);
      const full = await buildProgram(run);
      for (const command of full.commands.filter((c) => c.name() !== 'completion')) {
        const alone = await buildProgram(run, command.name());
        expect(alone.commands.map((c) => c.name())).toEqual([command.name()]);
        expect(alone.commands[0].helpInformation()).toBe(command.helpInformation());
      }
    }
    setLanguage('vi');
  });
});

describe('common options before the command name (README "common options")', () => {
  it('moves --lang, --no-color and --quiet after the command they are for, dropping one that command lacks', async () => {
    const { leadingCommonOptions, placeLeadingOptions } = await import('../../src/cli/main.js');
    expect(leadingCommonOptions(['--lang', 'en', '--quiet', 'check', 'x.xlsx'])).toEqual({ options: [['--lang', 'en'], ['--quiet']], rest: ['check', 'x.xlsx'] });
    const full = await buildProgram(run);
    expect(placeLeadingOptions(full, ['--lang', 'en', 'completion', 'bash'])).toEqual(['completion', '--lang', 'en', 'bash']);
    expect(placeLeadingOptions(full, ['--lang=en', '--no-color', '--quiet', 'validate'])).toEqual(['validate', '--lang=en', '--no-color', '--quiet']);
    expect(placeLeadingOptions(full, ['--quiet', 'init', 'x'])).toEqual(['init', 'x']);
    expect(placeLeadingOptions(full, ['--help', '--lang', 'en'])).toEqual(['--help', '--lang', 'en']);
    expect(placeLeadingOptions(full, ['validate', '--lang', 'en'])).toEqual(['validate', '--lang', 'en']);
  });
});
