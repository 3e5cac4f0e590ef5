import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndValidateSet, parsePeriod, type IndicatorSet, type Period } from '../../src/model/index.js';

/** The bundled set, 2026-Q1, and its compiled templates in a temp folder (the built compile in dist/). */
export async function bundledTemplates(): Promise<{ set: IndicatorSet; period: Period; dir: string; templates: string }> {
  const { set } = await loadAndValidateSet('indicators');
  const period = parsePeriod('2026-Q1')!;
  const dir = mkdtempSync(join(tmpdir(), 'bundled-'));
  const templates = join(dir, 'templates');
  // @ts-expect-error plain ESM from dist
  const { compileTemplates } = await import('../../dist/template/compile.js');
  await compileTemplates({ set, period, outDir: templates, lang: 'vi', toolVersion: '0.1.0' });
  return { set: set!, period, dir, templates };
}
