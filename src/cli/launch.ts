import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir, openCacheDir, pruneCacheDir, trustedCacheDir } from '../io/cache-dir.js';

// The launcher (bundled alone as dist/run/launch.cjs; bin/indicators.cjs calls it). Issue 17: most of a short run is
// Node compiling the CLI's code. Node 20 keeps no compiled code between runs (Node 22's module.enableCompileCache does),
// so the launcher does what that does: it compiles the bundled CLI with V8's code cache of an earlier run of the same
// command, and after a run that had none (or whose cache V8 refused) stores the code compiled during the run. The
// cache lives in the trusted cache folder (src/io/cache-dir.ts); V8 checks every entry against its own version, flags
// and the source, and compiles afresh when one does not fit: an entry can make a run slower or faster, never different.

/** What the bundle (src/cli/entry.ts) exports that the launcher uses. */
export interface BundledCli {
  main(argv: string[]): Promise<number>;
  typicalRun(command: string): boolean;
  serveCheckWorker(warm?: () => void): Promise<void>;
  serveTemplateWorker(warm?: () => void): Promise<void>;
}

/**
 * The entry for `bundle` and `command`: one per build of the tool, Node version and command (each compiles other
 * code). Named without a hash function: loading node:crypto would cost this run part of what the cache saves.
 */
function entryPath(bundle: string, size: number, modified: number, command: string): string {
  let where = 0x811c9dc5;
  for (let i = 0; i < bundle.length; i++) where = Math.imul(where ^ bundle.charCodeAt(i), 0x01000193) >>> 0;
  const name = [command, process.version, process.arch, size, Math.trunc(modified), where.toString(16)].join('-');
  return join(cacheDir(), `code-${name}.v8`);
}

/** The first argument when it may name a command (`check`), else `-`: the cache entry is chosen by it. */
export function commandWord(argv: readonly string[]): string {
  const word = argv[2] ?? '';
  return /^[a-z][a-z-]{0,30}$/.test(word) ? word : '-';
}

/**
 * Loads the bundled CLI from `bundle` (a CommonJS file), with the code cache of `command` when there is a usable one.
 * `remember()`, called after the run, stores the code compiled during it when the run had no usable entry and was a
 * typical one (the bundle's `typicalRun`: not a check that first had to validate the set from its files). Neither
 * ever throws for a cache problem: the CLI then only compiles its code as it would without one.
 */
export function loadCli(bundle: string, command: string): { cli: BundledCli; remember: () => void } {
  const source = readFileSync(bundle, 'utf8');
  const info = statSync(bundle);
  const entry = entryPath(bundle, info.size, info.mtimeMs, command);
  let cachedData: Buffer | undefined;
  if (trustedCacheDir()) {
    try {
      cachedData = readFileSync(entry);
    } catch {
      cachedData = undefined;
    }
  }
  // CommonJS's own wrapper, on the first line (line numbers in a stack trace are the bundle's), and the import() of
  // this file: the bundle loads packages on demand through it (scripts/bundle.mjs says why).
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __launcherImport) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} as BundledCli };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), (specifier: string) => import(specifier));
  const remember = () => {
    if (cachedData && !script.cachedDataRejected) return;
    if (!module.exports.typicalRun(command)) return;
    if (!openCacheDir()) return;
    const temp = `${entry}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
      renameSync(temp, entry);
      // One entry per command: those of earlier builds (or another Node) are about a megabyte each and never used again.
      const mine = basename(entry);
      for (const name of readdirSync(dirname(entry))) if (name.startsWith(`code-${command}-`) && name.endsWith('.v8') && name !== mine) rmSync(join(dirname(entry), name), { force: true });
      pruneCacheDir();
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Left for pruneCacheDir: a failed cache write must not fail the run.
      }
    }
  };
  return { cli: module.exports, remember };
}
