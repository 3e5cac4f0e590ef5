import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { cliText } from '../i18n/cli.js';
import type { ValidatedSet } from '../model/validate-set.js';
import { UsageError } from './errors.js';

/** The set as it was at a git commit or tag, loaded and validated (the extracted copy is removed afterwards). */
export async function loadSetAtRef(setDir: string, ref: string): Promise<ValidatedSet> {
  const older = setAtRef(setDir, ref);
  try {
    const { loadAndValidateSet } = await import('../model/validate-set.js');
    return await loadAndValidateSet(older);
  } finally {
    rmSync(dirname(older), { recursive: true, force: true });
  }
}

/** The set folder as it was at a git commit or tag, extracted into a temporary folder. */
function setAtRef(setDir: string, ref: string): string {
  const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], resolve(setDir)).toString().trim();
    git(['rev-parse', '--verify', `${ref}^{commit}`], top);
  } catch {
    throw new UsageError(cliText().gitRef.unreadable(ref, setDir), cliText().gitRef.unreadableHint);
  }
  const rel = relative(top, resolve(setDir)).split('\\').join('/') || '.';
  const files = git(['ls-tree', '-r', '--name-only', ref, '--', rel], top)
    .toString()
    .split('\n')
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
  if (files.length === 0) throw new UsageError(cliText().gitRef.noSet(ref, rel));
  const root = mkdtempSync(join(tmpdir(), 'indicators-diff-'));
  const out = join(root, 'set');
  for (const f of files) {
    const target = join(out, relative(rel === '.' ? '' : rel, f));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git(['show', `${ref}:${f}`], top));
  }
  return out;
}
