import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import type { IndicatorSet } from '../model/types.js';
import { loadSetAtRef } from './set-at-ref.js';

/** Commits of set.yaml looked through for an older version, newest first: enough for years of releases. */
const MAX_COMMITS = 200;

/**
 * The set as it was at each of `versions`, where the git history of the set folder has it: a tag `v<version>` or
 * `<version>`, else the newest commit whose set.yaml says `version: <version>`. Versions not found are left out (the
 * history then compares codes only, and says so).
 */
export async function setsAtVersions(setDir: string, versions: readonly string[]): Promise<Map<string, IndicatorSet>> {
  const out = new Map<string, IndicatorSet>();
  if (versions.length === 0) return out;
  const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], resolve(setDir)).trim();
  } catch {
    return out;
  }
  const rel = relative(top, resolve(setDir)).split('\\').join('/');
  const setYaml = rel ? `${rel}/set.yaml` : 'set.yaml';
  let commits: string[] = [];
  try {
    commits = git(['log', `-n${MAX_COMMITS}`, '--format=%H', '--', setYaml], top)
      .split('\n')
      .filter(Boolean);
  } catch {
    commits = [];
  }
  const versionAt = new Map<string, string>();
  const refFor = (v: string): string | undefined => {
    for (const tag of [`v${v}`, v]) {
      try {
        git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], top);
        return tag;
      } catch {
        // not a tag
      }
    }
    for (const c of commits) {
      let found = versionAt.get(c);
      if (found === undefined) {
        try {
          found = /^version:\s*["']?([^"'\s#]+)/m.exec(git(['show', `${c}:${setYaml}`], top))?.[1] ?? '';
        } catch {
          found = '';
        }
        versionAt.set(c, found);
      }
      if (found === v) return c;
    }
    return undefined;
  };
  for (const v of versions) {
    const ref = refFor(v);
    if (!ref) continue;
    try {
      const loaded = await loadSetAtRef(setDir, ref);
      if (loaded.set) out.set(v, loaded.set);
    } catch {
      // The set at that commit cannot be read: compared by codes, like a version not found.
    }
  }
  return out;
}
