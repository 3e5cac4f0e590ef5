import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndValidateSet, parsePeriod, type IndicatorSet, type Period } from '../../src/model/index.js';
import { builtCompile } from './built.js';

/** The bundled set, 2026-Q1, and its compiled templates in a temp folder (the built compile in dist/). */
export async function bundledTemplates(): Promise<{ set: IndicatorSet; period: Period; dir: string; templates: string }> {
  const set = (await loadAndValidateSet('indicators')).set!;
  const period = parsePeriod('2026-Q1')!;
  const dir = mkdtempSync(join(tmpdir(), 'bundled-'));
  const templates = join(dir, 'templates');
  const { compileTemplates } = await builtCompile();
  await compileTemplates({ set, period, outDir: templates, lang: 'vi', toolVersion: '0.1.0' });
  return { set, period, dir, templates };
}
