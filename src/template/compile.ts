import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDiagnostic, type Diagnostic, type Lang } from '../diagnostics/index.js';
import { planTemplate, type PlanMemo, type TemplatePlan } from '../model/layout/index.js';
import { systemsOwed } from '../model/owes.js';
import type { Period } from '../model/period.js';
import type { IndicatorSet, Unit } from '../model/types.js';
import type { SetDiff } from '../model/diff-sets.js';
import { removeIfInterrupted } from '../io/cleanup.js';
import { MANIFEST, readFolderManifest, sha256, versionNotBumpedInManifest, versionNotBumpedInTemplate, type FolderManifest, type ManifestFile, type TemplateStamp } from './folder-record.js';
import { renderTemplates } from './render-pool.js';

export type { ManifestFile } from './folder-record.js';

export interface CompileOptions {
  set: IndicatorSet;
  period: Period;
  outDir: string;
  lang: Lang;
  toolVersion: string;
  /** Only these unit codes (all reporting units when absent). */
  units?: string[];
  /** Overwrite an existing file whose content differs. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Worker threads rendering workbooks (default: one per core for large batches). */
  workers?: number;
  /** Changes since an earlier version of the set (`compile --since REF`), recorded in manifest.json. */
  changes?: SetDiff;
  /** Reads the `_meta` stamp of an existing template, so content changed under the same version is refused. */
  readStamp?: (bytes: Uint8Array) => Promise<TemplateStamp | undefined>;
}

export interface CompileResult {
  /** This run's templates, written or already there with identical bytes (none when the run was refused). */
  written: ManifestFile[];
  /** Files that already existed with identical bytes. */
  unchanged: string[];
  /** Units that owe nothing in the period: no workbook. */
  owingNothing: Unit[];
  /** Units that type nothing in the period but whose figures are collected from systems (their ids): no workbook needed. */
  fromSystems: SystemOnlyUnit[];
  diagnostics: Diagnostic[];
  /** True when the run was refused (`output-exists`, `version-not-bumped`): the folder was left byte for byte as it was. */
  refused: boolean;
}

/** A unit with no form in the period whose figures come from the named systems. */
export interface SystemOnlyUnit {
  unit: Unit;
  systems: string[];
}

/**
 * Plans every unit's workbook for the period (pure). A unit with no form row is owing nothing, or, when it reports
 * system indicators (BQLKKT's dossiers from TTHC), one whose figures come from those systems.
 */
export function planTemplates(set: IndicatorSet, period: Period, lang: Lang, units?: string[]): { plans: TemplatePlan[]; owingNothing: Unit[]; fromSystems: SystemOnlyUnit[] } {
  const plans: TemplatePlan[] = [];
  const owingNothing: Unit[] = [];
  const fromSystems: SystemOnlyUnit[] = [];
  // Units owing the same rows share them (3,300 communes, a few kinds of form): the plans are only read.
  const memo: PlanMemo = new WeakMap();
  for (const unit of set.units) {
    if (unit.kind === 'province' || (units && !units.includes(unit.code))) continue;
    const plan = planTemplate(set, unit, period, lang, memo);
    if (plan) {
      plans.push(plan);
      continue;
    }
    const systems = systemsOwed(set, unit, period);
    if (systems.length) fromSystems.push({ unit, systems });
    else owingNothing.push(unit);
  }
  return { plans, owingNothing, fromSystems };
}

/**
 * Writes one workbook per unit that owes data, plus manifest.json; never overwrites a different file unless forced.
 * manifest.json is the record of what the folder holds: the entries of earlier runs whose files are still there with
 * the same bytes, plus this run's. A refused run (a different file without --force, or the set's content changed
 * under the same version, which --force does not override) writes nothing at all.
 * Workbooks are written into a hidden staging folder inside `outDir` and moved into place together at the end, in one
 * synchronous run of renames: an interrupted compile (Ctrl+C, SIGTERM, an error) leaves the previous files, never some
 * old and some new.
 */
export async function compileTemplates(options: CompileOptions): Promise<CompileResult> {
  const { set, period, outDir, lang } = options;
  const { plans, owingNothing, fromSystems } = planTemplates(set, period, lang, options.units);
  const previous = await readFolderManifest(outDir);
  const notBumped = versionNotBumpedInManifest(previous, set, outDir);
  if (notBumped.length) return { written: [], unchanged: [], owingNothing, fromSystems, diagnostics: notBumped, refused: true };
  await mkdir(outDir, { recursive: true });
  const staging = join(outDir, `.compile-${randomBytes(4).toString('hex')}.tmp`);
  const done = removeIfInterrupted(staging);
  try {
    // Synchronously: an interrupt's clean-up (between event-loop turns) must not run while the folder is being made
    // on the thread pool, or the folder appears after it was removed.
    mkdirSync(staging);
    const result = await writeStaged(options, plans, owingNothing, fromSystems, staging, previous);
    if (!result.refused) for (const f of readdirSync(staging)) renameSync(join(staging, f), join(outDir, f));
    return result;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    done();
  }
}

async function writeStaged(
  options: CompileOptions,
  plans: TemplatePlan[],
  owingNothing: Unit[],
  fromSystems: SystemOnlyUnit[],
  staging: string,
  previous: FolderManifest | undefined,
): Promise<CompileResult> {
  const { set, period, outDir } = options;
  const result: CompileResult = { written: [], unchanged: [], owingNothing, fromSystems, diagnostics: [], refused: false };
  const refusals: Diagnostic[] = [];
  let done = 0;
  for await (const { plan, bytes } of renderTemplates(plans, options.toolVersion, options.workers)) {
    const hash = sha256(bytes);
    const path = join(outDir, plan.fileName);
    const existing = await readFile(path).catch(() => undefined);
    const entry: ManifestFile = {
      file: plan.fileName,
      unit: plan.unit.code,
      unit_name: plan.unit.name,
      indicators: [...new Set(plan.valueRows.map((r) => r.indicator.code))],
      sha256: hash,
      set_version: set.info.version,
      content_hash: set.contentHash,
      period: period.id,
    };
    const same = existing !== undefined && sha256(existing) === hash;
    const notBumped = existing && !same ? await versionNotBumpedInTemplate(path, plan.fileName, await options.readStamp?.(existing), set) : undefined;
    if (notBumped) {
      refusals.push(notBumped);
    } else if (same) {
      result.unchanged.push(plan.fileName);
      result.written.push(entry);
    } else if (existing && !options.force) {
      refusals.push(makeDiagnostic('output-exists', { location: { file: path } }));
    } else {
      writeFileSync(join(staging, plan.fileName), bytes);
      result.written.push(entry);
    }
    options.onProgress?.(++done, plans.length);
  }
  for (const unit of owingNothing) {
    result.diagnostics.push(makeDiagnostic('nothing-owed', { location: { file: outDir }, params: { unit: unit.code, period: period.id } }));
  }
  if (refusals.length) {
    const bumped = refusals.filter((d) => d.code === 'version-not-bumped');
    return { ...result, written: [], unchanged: [], diagnostics: [...(bumped.length ? bumped : refusals), ...result.diagnostics], refused: true };
  }
  const manifest = await manifestText(options, result.written, previous);
  // Written synchronously, as the templates: no write is left in flight for an interrupt's clean-up to race.
  if (manifest !== undefined) writeFileSync(join(staging, MANIFEST), manifest);
  return result;
}

/**
 * The new manifest.json: this run's entries and the earlier entries whose file is still in the folder with the bytes
 * recorded. Undefined when the folder's manifest already says exactly that (a run that wrote nothing leaves it as is).
 */
async function manifestText(options: CompileOptions, entries: ManifestFile[], previous: FolderManifest | undefined): Promise<string | undefined> {
  const { set, period, outDir, lang } = options;
  const mine = new Set(entries.map((e) => e.file));
  const kept: ManifestFile[] = [];
  for (const old of previous?.files ?? []) {
    if (mine.has(old.file)) continue;
    const bytes = await readFile(join(outDir, old.file)).catch(() => undefined);
    if (bytes && sha256(bytes) === old.sha256) kept.push(old);
  }
  const files = [...kept, ...entries].sort((a, b) => (a.file < b.file ? -1 : 1));
  const sameFiles = previous && JSON.stringify(previous.files) === JSON.stringify(files);
  if (sameFiles && (!options.changes || JSON.stringify(options.changes) === JSON.stringify(previous.changes))) return undefined;
  // `compile --since` recorded the changes of this version: a later run of the same content keeps them.
  const changes = options.changes ?? (previous?.set_version === set.info.version && previous.content_hash === set.contentHash ? previous.changes : undefined);
  const manifest = {
    set_id: set.info.id,
    set_version: set.info.version,
    content_hash: set.contentHash,
    period: period.id,
    lang,
    tool_version: options.toolVersion,
    ...(changes ? { changes } : {}),
    files,
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}
