import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// README: "Mỗi lệnh có `--help` kèm ví dụ" / "Every command has `--help` with an example", the program's own help too.
const COMMANDS = [
  [],
  ['validate'],
  ['compile'],
  ['check'],
  ['merge'],
  ['collect'],
  ['catalog'],
  ['consult'],
  ['consult', 'compile'],
  ['consult', 'merge'],
  ['schema'],
  ['init'],
  ['diff'],
  ['site'],
  ['completion'],
];

describe('--help', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || 'indicators', c] as const))('%s prints Vietnamese help with examples', (_, command) => {
    const r = runCli([...command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: indicators/);
    expect(r.stdout).toMatch(/\nVí dụ:\n {2}(npx )?indicators |\nVí dụ:\n {2}(echo|export) /);
  });

  it('the program help has its examples in English with --lang en', () => {
    const r = runCli(['--help', '--lang', 'en']);
    expect(r.stdout).toContain('\nExamples:\n  npx indicators validate\n');
    expect(r.stdout).not.toContain('Ví dụ');
  });

  it.each(COMMANDS.map((c) => [c.join(' ') || 'indicators', c] as const))('%s: every example runs through npx, no doubled punctuation', (_, command) => {
    for (const lang of ['vi', 'en']) {
      const r = runCli([...command, '--help', '--lang', lang]);
      const examples = r.stdout.split(/\n(?:Ví dụ|Examples?):\n/)[1] ?? '';
      for (const line of examples.split('\n')) expect(line, line).not.toMatch(/^ {2}indicators /);
      expect(r.stdout).not.toMatch(/;;|,,/);
    }
  });
});
