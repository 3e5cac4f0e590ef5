import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { IndicatorSet } from '../model/types.js';

/** One template in manifest.json, with the set version and content it was compiled from. */
export interface ManifestFile {
  file: string;
  unit: string;
  unit_name: string;
  indicators: string[];
  sha256: string;
  set_version: string;
  content_hash: string;
  period: string;
}

/** manifest.json as an earlier compile left it (entries from before per-entry versions take the top-level ones). */
export interface FolderManifest {
  set_id?: string;
  set_version?: string;
  content_hash?: string;
  changes?: unknown;
  files: ManifestFile[];
  /** The file's exact bytes, to leave it untouched when nothing in it changes. */
  text: string;
}

export const MANIFEST = 'manifest.json';

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Reads `outDir/manifest.json`; undefined when absent or not a manifest (then it is simply rewritten). */
export async function readFolderManifest(outDir: string): Promise<FolderManifest | undefined> {
  const text = await readFile(join(outDir, MANIFEST), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!json || typeof json !== 'object' || !Array.isArray(json.files)) return undefined;
  const top = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : undefined);
  const files = (json.files as Partial<ManifestFile>[])
    .filter((f) => f && typeof f.file === 'string' && typeof f.sha256 === 'string')
    .map((f) => ({ ...f, set_version: f.set_version ?? top('set_version') ?? '', content_hash: f.content_hash ?? top('content_hash') ?? '', period: f.period ?? top('period') ?? '' }) as ManifestFile);
  return { set_id: top('set_id'), set_version: top('set_version'), content_hash: top('content_hash'), changes: json.changes, files, text };
}

/**
 * Templates of this set and version compiled from other content (manifest.json records each one's content hash):
 * the set was edited without raising `version`, so returns of the templates already sent could no longer be told
 * from the new ones. One diagnostic, on manifest.json.
 */
export function versionNotBumpedInManifest(manifest: FolderManifest | undefined, set: IndicatorSet, outDir: string): Diagnostic[] {
  if (!manifest || manifest.set_id !== set.info.id) return [];
  const other = manifest.files.find((f) => f.set_version === set.info.version && f.content_hash && f.content_hash !== set.contentHash);
  if (!other) return [];
  return [versionNotBumped(join(outDir, MANIFEST), set, other.file)];
}

/** What a template's `_meta` says of the set it was made from (read by the caller: template/ does not read returns). */
export interface TemplateStamp {
  setId?: string;
  setVersion?: string;
  contentHash?: string;
}

/** The same, from a template's own `_meta` (when manifest.json is gone or does not list it). */
export function versionNotBumpedInTemplate(path: string, file: string, stamp: TemplateStamp | undefined, set: IndicatorSet): Diagnostic | undefined {
  if (!stamp || stamp.setId !== set.info.id || stamp.setVersion !== set.info.version || !stamp.contentHash || stamp.contentHash === set.contentHash) return undefined;
  return versionNotBumped(path, set, file);
}

function versionNotBumped(path: string, set: IndicatorSet, file: string): Diagnostic {
  return makeDiagnostic('version-not-bumped', { location: { file: path }, params: { set: set.info.id, version: set.info.version, file, where: 'compile' } });
}
