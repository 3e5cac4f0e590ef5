/**
 * A validated set cached by its content hash, so that commands run on an unchanged set skip parsing and validating
 * it (issue 17). The key is the bytes of every YAML file the loader reads, the folder as named, the language of the
 * messages and the build of the tool; any change to them is a miss. The cache lives outside the set folder
 * (`INDICATORS_CACHE_DIR`, else a per-user folder in the OS temp dir), holds the whole `ValidatedSet` (set and
 * diagnostics, so output is identical) and is written atomically; an unreadable or corrupt entry is ignored. This
 * module imports no parser: a hit loads neither yaml nor ajv.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { getLanguage } from '../i18n/lang.js';
import { cacheDir, openCacheDir, pruneCacheDir, trustedCacheDir } from '../io/cache-dir.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { noteSetValidatedFromFiles } from './set-source.js';
import type { ValidatedSet } from './validate-set.js';

/** Bumped when the entry's shape changes. */
const FORMAT = 2;
/** The files `readIndicatorSet` reads (read-set.ts), required ones first; then groups/*.yaml. */
const REQUIRED = ['set.yaml', 'units.yaml', 'agencies.yaml'];
const OPTIONAL = ['breakdowns.yaml', 'rules.yaml', 'systems.yaml'];
/** Larger files are left to the loader (it refuses them): never cached, never read whole just to hash them. */
const MAX_BYTES = 5 * 1024 * 1024;

interface CacheSlot {
  path: string;
  stamp: string;
}

/** `loadAndValidateSet(dir)`, answered from the cache when the set is unchanged. */
export async function loadValidatedSet(dir: string): Promise<ValidatedSet> {
  const slot = slotFor(dir);
  const hit = slot && readEntry(slot);
  if (hit) return hit;
  noteSetValidatedFromFiles();
  const { loadAndValidateSet } = await import('./validate-set.js');
  const result = await loadAndValidateSet(dir);
  // Only stored when the files did not change while they were being loaded.
  if (slot && slotFor(dir)?.stamp === slot.stamp) await writeEntry(slot, result);
  return result;
}

/** The entry's file and the stamp it must carry; undefined (no caching) when a file is unusual: missing, unreadable, too large. */
function slotFor(dir: string): CacheSlot | undefined {
  try {
    const lang = getLanguage();
    const hash = createHash('sha256');
    const add = (label: string, bytes?: Buffer) => {
      hash.update(`${label}\0${bytes ? bytes.length : -1}\0`);
      if (bytes) hash.update(bytes);
    };
    add(`format ${FORMAT} ${process.version} ${buildId()} ${lang} ${dir}`);
    const read = (file: string, optional: boolean): Buffer | undefined => {
      let size: number;
      try {
        size = statSync(file).size;
      } catch (error) {
        if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      if (size > MAX_BYTES) throw new Error('too large');
      return readFileSync(file);
    };
    for (const name of REQUIRED) add(name, read(join(dir, name), false));
    for (const name of OPTIONAL) add(name, read(join(dir, name), true));
    const groups = readdirSync(join(dir, 'groups'))
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort();
    if (groups.length === 0) return undefined;
    for (const name of groups) add(`groups/${name}`, read(join(dir, 'groups', name), false));
    const name = createHash('sha256')
      .update(`${resolve(dir)}\0${dir}\0${lang}`)
      .digest('hex')
      .slice(0, 32);
    return { path: join(cacheDir(), `${name}.bin`), stamp: hash.digest('hex') };
  } catch {
    return undefined;
  }
}

/**
 * The build of the tool, rewritten by every `npm run build`: this module's own file (in the bundle, the whole CLI)
 * and, beside a build in dist/, the schema validators compiled after it. Run from the sources (the tests), it throws
 * and nothing is cached: an edited loader is never answered from an old entry.
 */
function buildId(): string {
  const own = fileURLToPath(import.meta.url);
  if (own.endsWith('.ts')) throw new Error('not built');
  const validators = fileURLToPath(new URL('../schema/validators.js', import.meta.url));
  return [own, ...(existsSync(validators) ? [validators] : [])]
    .map((f) => {
      const s = statSync(f);
      return `${s.mtimeMs}:${s.size}`;
    })
    .join(',');
}

function readEntry(slot: CacheSlot): ValidatedSet | undefined {
  if (!trustedCacheDir()) return undefined;
  try {
    const entry = deserialize(readFileSync(slot.path)) as { format?: unknown; stamp?: unknown; result?: ValidatedSet };
    if (entry?.format !== FORMAT || entry.stamp !== slot.stamp || !Array.isArray(entry.result?.diagnostics)) return undefined;
    return entry.result;
  } catch {
    return undefined;
  }
}

async function writeEntry(slot: CacheSlot, result: ValidatedSet): Promise<void> {
  if (!openCacheDir()) return;
  try {
    await writeFileAtomic(slot.path, serialize({ format: FORMAT, stamp: slot.stamp, result }));
    pruneCacheDir();
  } catch {
    // A cache that cannot be written only costs the next run its speed.
  }
}
