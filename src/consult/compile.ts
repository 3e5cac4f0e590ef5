import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDiagnostic, type Diagnostic, type Lang } from '../diagnostics/index.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { IndicatorSet } from '../model/types.js';
import { consultAddressees } from './addressees.js';
import { planConsultForm, type ConsultFormPlan } from './plan-form.js';
import { writeConsultForm } from './write-form.js';

export interface ConsultCompileOptions {
  set: IndicatorSet;
  outDir: string;
  lang: Lang;
  toolVersion: string;
  /** ISO date printed on the forms and stamped in `_meta`. */
  deadline?: string;
  /** Only these codes (units or agencies); when absent, `consultAddressees`: every unit but the province and the drafting office, and every agency that is not a unit. */
  units?: string[];
  /** Overwrite an existing form whose content differs. */
  force?: boolean;
  /** Called after each form is rendered, for a progress counter. */
  onProgress?: (done: number, total: number) => void;
}

export interface ConsultCompileResult {
  written: string[];
  unchanged: string[];
  diagnostics: Diagnostic[];
  /** True when an existing, different form was found without --force: nothing was written. */
  refused: boolean;
}

/** Plans the comment form of every unit asked (pure). */
export function planConsultForms(set: IndicatorSet, lang: Lang, deadline?: string, units?: string[]): ConsultFormPlan[] {
  return consultAddressees(set, units).map((u) => planConsultForm(set, u, lang, deadline));
}

/**
 * Writes one comment form per unit asked. A form already in the folder with the same bytes is left as it is; one with
 * other bytes is not overwritten without `force` (then nothing is written at all, as compile does).
 */
export async function compileConsultForms(options: ConsultCompileOptions): Promise<ConsultCompileResult> {
  const plans = planConsultForms(options.set, options.lang, options.deadline, options.units);
  const rendered: { path: string; bytes: Buffer; same: boolean }[] = [];
  const refusals: Diagnostic[] = [];
  for (const plan of plans) {
    const bytes = await writeConsultForm(plan, options.toolVersion);
    const path = join(options.outDir, plan.fileName);
    const existing = await readFile(path).catch(() => undefined);
    const same = existing !== undefined && existing.equals(bytes);
    if (existing && !same && !options.force) refusals.push(makeDiagnostic('output-exists', { location: { file: path } }));
    rendered.push({ path, bytes, same });
    options.onProgress?.(rendered.length, plans.length);
  }
  if (refusals.length) return { written: [], unchanged: [], diagnostics: refusals, refused: true };
  await mkdir(options.outDir, { recursive: true });
  const result: ConsultCompileResult = { written: [], unchanged: [], diagnostics: [], refused: false };
  for (const r of rendered) {
    if (r.same) result.unchanged.push(r.path);
    else await writeFileAtomic(r.path, r.bytes);
    result.written.push(r.path);
  }
  return result;
}
