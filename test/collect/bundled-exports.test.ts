import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { collectRun } from '../../src/collect/collect-run.js';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { mergeRun } from '../../src/report/merge-run.js';

it('the bundled set collects every system indicator of 2026-Q1 from its bundled exports, and merge accepts every return', async () => {
  const { set } = await loadAndValidateSet('indicators');
  const period = parsePeriod('2026-Q1')!;
  const out = mkdtempSync(join(tmpdir(), 'bundled-collect-'));
  const run = await collectRun({ set: set!, period, out });
  expect(run.diagnostics).toEqual([]);
  const collected = run.outcomes.flatMap((o) => o.answers.map((a) => a.query.indicator.code));
  const expected = set!.indicators.filter((i) => i.collection === 'system' && !i.formula).map((i) => i.code);
  expect(collected.sort()).toEqual(expected.sort());
  // One system at a time: under 200 files, merge checks in this thread (from 200 on, on workers that run dist/).
  for (const system of run.outcomes.map((o) => o.system.id)) {
    const merged = await mergeRun({ set: set!, inputs: [join(out, system)], period });
    expect(merged.results.filter((r) => r.status !== 'accepted').map((r) => [r.file, r.diagnostics.map((d) => d.code)])).toEqual([]);
    const province = new Map(merged.report!.province.map((p) => [p.key, p.value]));
    for (const code of expected.filter((c) => set!.indicators.find((i) => i.code === c)!.system === system)) expect(province.get(code), code).toBeGreaterThan(0);
  }
});
