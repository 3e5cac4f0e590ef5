import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Completes `words` (the last one being typed) with the generated bash script, as bash would on Tab. */
function complete(script: string, words: string[]): string[] {
  const driver = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _indicators; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', driver], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean);
}

describe('indicators completion', () => {
  const bash = runCli(['completion', 'bash']);

  it('prints a bash script that completes commands, options and option values', () => {
    expect(bash.code).toBe(0);
    expect(complete(bash.stdout, ['indicators', 'me'])).toEqual(['merge']);
    expect(complete(bash.stdout, ['indicators', 'check', '--an'])).toEqual(['--annotate']);
    expect(complete(bash.stdout, ['indicators', 'validate', '--format', ''])).toEqual(['stylish', 'json', 'github', 'sarif']);
    expect(complete(bash.stdout, ['indicators', 'catalog', '--format', ''])).toEqual(['stylish', 'json', 'github', 'sarif']);
    expect(complete(bash.stdout, ['indicators', 'diff', '--format', ''])).toEqual(['text', 'json']);
  });

  it('prints a zsh script (through bashcompinit) and refuses other shells', () => {
    const zsh = runCli(['completion', 'zsh']);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toContain('bashcompinit');
    expect(zsh.stdout).toContain('complete -o filenames -F _indicators indicators');
    const fish = runCli(['completion', 'fish']);
    expect(fish.code).toBe(2);
    expect(fish.stderr).toContain("lỗi: giá trị 'fish' của 'shell' không hợp lệ; chọn một trong: bash, zsh.");
  });
});
