import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDiagnostic, type Diagnostic, type Lang } from '../diagnostics/index.js';
import { planTemplate, type TemplatePlan } from '../model/layout/index.js';
import type { Period } from '../model/period.js';
import type { IndicatorSet, Unit } from '../model/types.js';
import type { SetDiff } from '../model/diff-sets.js';
import { removeIfInterrupted } from '../io/cleanup.js';
import { renderTemplates } from './render-pool.js';

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
}

export interface ManifestFile {
  file: string;
  unit: string;
  unit_name: string;
  indicators: string[];
  sha256: string;
}

export interface CompileResult {
  written: ManifestFile[];
  /** Files that already existed with identical bytes. */
  unchanged: string[];
  /** Units that owe nothing in the period: no workbook. */
  owingNothing: Unit[];
  diagnostics: Diagnostic[];
}

/** Plans every unit's workbook for the period (pure). */
export function planTemplates(set: IndicatorSet, period: Period, lang: Lang, units?: string[]): { plans: TemplatePlan[]; owingNothing: Unit[] } {
  const plans: TemplatePlan[] = [];
  const owingNothing: Unit[] = [];
  for (const unit of set.units) {
    if (unit.kind === 'province' || (units && !units.includes(unit.code))) continue;
    const plan = planTemplate(set, unit, period, lang);
    if (plan) plans.push(plan);
    else owingNothing.push(unit);
  }
  return { plans, owingNothing };
}

/**
 * Writes one workbook per unit that owes data, plus manifest.json; never overwrites a different file unless forced.
 * Workbooks are written into a hidden staging folder inside `outDir` and moved into place together at the end, in one
 * synchronous run of renames: an interrupted compile (Ctrl+C, SIGTERM, an error) leaves the previous files, never some
 * old and some new.
 */
export async function compileTemplates(options: CompileOptions): Promise<CompileResult> {
  const { set, period, outDir, lang } = options;
  const { plans, owingNothing } = planTemplates(set, period, lang, options.units);
  await mkdir(outDir, { recursive: true });
  const staging = join(outDir, `.compile-${randomBytes(4).toString('hex')}.tmp`);
  const done = removeIfInterrupted(staging);
  try {
    await mkdir(staging);
    const result = await writeStaged(options, plans, owingNothing, staging);
    for (const f of readdirSync(staging)) renameSync(join(staging, f), join(outDir, f));
    return result;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    done();
  }
}

async function writeStaged(options: CompileOptions, plans: TemplatePlan[], owingNothing: Unit[], staging: string): Promise<CompileResult> {
  const { set, period, outDir, lang } = options;
  const result: CompileResult = { written: [], unchanged: [], owingNothing, diagnostics: [] };
  let done = 0;
  for await (const { plan, bytes } of renderTemplates(plans, options.toolVersion, options.workers)) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = join(outDir, plan.fileName);
    const existing = await readFile(path).catch(() => undefined);
    const entry = { file: plan.fileName, unit: plan.unit.code, unit_name: plan.unit.name, indicators: [...new Set(plan.valueRows.map((r) => r.indicator.code))], sha256 };
    if (existing && createHash('sha256').update(existing).digest('hex') === sha256) {
      result.unchanged.push(plan.fileName);
      result.written.push(entry);
    } else if (existing && !options.force) {
      result.diagnostics.push(makeDiagnostic('output-exists', { location: { file: path } }));
    } else {
      await writeFile(join(staging, plan.fileName), bytes);
      result.written.push(entry);
    }
    options.onProgress?.(++done, plans.length);
  }
  for (const unit of owingNothing) {
    result.diagnostics.push(makeDiagnostic('nothing-owed', { location: { file: outDir }, params: { unit: unit.code, period: period.id } }));
  }
  const manifest = {
    set_id: set.info.id,
    set_version: set.info.version,
    content_hash: set.contentHash,
    period: period.id,
    lang,
    tool_version: options.toolVersion,
    ...(options.changes ? { changes: options.changes } : {}),
    files: [...result.written].sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
  await writeFile(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return result;
}
