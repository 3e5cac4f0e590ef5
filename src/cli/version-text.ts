import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliText } from '../i18n/cli.js';
import { defaultSetDir } from './options.js';
import { TOOL_VERSION } from './version.js';

/** Options that take a value before the command name (`indicators --set DIR --version`). */
const VALUE_OPTIONS = new Set(['--set', '--lang']);

/**
 * `indicators --version` (or -V) with no command: the arguments, else undefined. Options that commander would
 * reject are left to it, so `indicators validate --version` stays an unknown-option error.
 */
export function versionRequest(args: readonly string[]): { set?: string } | undefined {
  let asked = false;
  let set: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-V' || a === '--version') asked = true;
    else if (a.startsWith('--set=')) set = a.slice('--set='.length);
    else if (VALUE_OPTIONS.has(a)) {
      if (a === '--set') set = args[i + 1];
      i++;
    } else if (!a.startsWith('-')) return undefined; // a command: its own options
  }
  return asked ? { set } : undefined;
}

/**
 * The version lines: the tool's version, then the set's id and version when there is a set: `--set DIR`, else the
 * folder every command uses (`defaultSetDir`: ./indicators, else the current folder when it holds set.yaml). A set.yaml that cannot be read is
 * left out (validate says why).
 */
export async function versionText(request: { set?: string }, cwd = process.cwd()): Promise<string> {
  const lines = [TOOL_VERSION];
  const candidates = request.set !== undefined ? [request.set] : [defaultSetDir(cwd)].filter((d): d is string => d !== undefined);
  for (const dir of candidates) {
    const file = join(dir, 'set.yaml');
    const path = resolve(cwd, file);
    if (!existsSync(path)) continue;
    try {
      const { parse } = await import('yaml'); // only here: start-up does not load the YAML parser
      const doc = parse(readFileSync(path, 'utf8')) as { id?: unknown; version?: unknown } | null;
      if (doc && typeof doc.id === 'string') lines.push(cliText().program.versionSet(doc.id, String(doc.version ?? '?'), file));
    } catch {
      // not readable as YAML: validate reports it
    }
    break;
  }
  return `${lines.join('\n')}\n`;
}
