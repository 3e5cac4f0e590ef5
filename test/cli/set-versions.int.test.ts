import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setsAtVersions } from '../../src/cli/set-versions.js';
import { makeSet, TINY_SET } from '../helpers/make-set.js';

// `site` and `merge --history` find the set at an older dataset's version in the set's git history (a tag, else the
// commit whose set.yaml says that version), so that diffSets can tell a re-coded indicator.

describe('setsAtVersions', () => {
  it('finds an older version by its set.yaml in the git history, and leaves out one that is not there', async () => {
    const dir = makeSet({
      'set.yaml': TINY_SET['set.yaml'].replace('version: 1.0.0', 'version: 0.9.0'),
      'groups/a.yaml': TINY_SET['groups/a.yaml'].replace('- code: A.01\n', '- code: A.1\n'),
    });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'v0.9');
    writeFileSync(join(dir, 'set.yaml'), TINY_SET['set.yaml']);
    writeFileSync(join(dir, 'groups/a.yaml'), TINY_SET['groups/a.yaml']);
    git('commit', '-q', '-am', 'v1.0');
    const found = await setsAtVersions(dir, ['0.9.0', '0.5.0']);
    expect([...found.keys()]).toEqual(['0.9.0']);
    expect(found.get('0.9.0')!.indicators.map((i) => i.code)).toContain('A.1');
  });

  it('finds nothing outside a git repository', async () => {
    expect((await setsAtVersions(makeSet(), ['0.9.0'])).size).toBe(0);
  });
});
