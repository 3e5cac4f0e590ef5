import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreInterruptedSwap } from '../../src/io/swap-folder.js';

// What a killed swap leaves beside merge's report or the site, and what the next run makes of it.
describe('restoreInterruptedSwap', () => {
  const work = mkdtempSync(join(tmpdir(), 'swap-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const folder = (path: string, text: string) => {
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'index.html'), text);
  };

  it('puts back the previous version when the run was killed between the renames', () => {
    const parent = join(work, 'a');
    folder(join(parent, '.site.0a0a0a0a.tmp.old'), 'previous');
    restoreInterruptedSwap(join(parent, 'site'));
    expect(readFileSync(join(parent, 'site', 'index.html'), 'utf8')).toBe('previous');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('removes a previous version beside the folder that replaced it, and leaves other folders alone', () => {
    const parent = join(work, 'b');
    folder(join(parent, 'site'), 'new');
    folder(join(parent, '.site.0b0b0b0b.tmp.old'), 'previous');
    folder(join(parent, '.site.0c0c0c0c.tmp'), 'a run in progress');
    folder(join(parent, '.other.0d0d0d0d.tmp.old'), 'another folder');
    restoreInterruptedSwap(join(parent, 'site'));
    expect(readFileSync(join(parent, 'site', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(parent).sort()).toEqual(['.other.0d0d0d0d.tmp.old', '.site.0c0c0c0c.tmp', 'site']);
  });

  it('does nothing when there is nothing left', () => {
    const parent = join(work, 'c');
    mkdirSync(parent);
    restoreInterruptedSwap(join(parent, 'site'));
    expect(existsSync(join(parent, 'site'))).toBe(false);
  });
});
