import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCheckResults } from '../../src/formatters/check-results.js';
import type { SubmissionResult } from '../../src/model/index.js';
import { checkFile } from '../../src/submission/check-file.js';
import { checkSubmissions } from '../../src/submission/check-submissions.js';
import { forgetParsedParts } from '../../src/submission/read-workbook.js';
import { bundledTemplates } from '../helpers/bundled-fixture.js';
import { FILE_MISTAKES, generateSubmissions, WORKBOOK_MISTAKES } from '../helpers/generator.js';

// Issue 17: `check` reuses what it parsed from one return for the next (the plan of units owing the same rows, the
// styles, workbook, relationships and content-types parts of byte-identical copies). A run must give exactly what
// checking every file on its own, from scratch, gives: same results, same values, same JSON bytes.

let fixture: Awaited<ReturnType<typeof bundledTemplates>>;
let inbox: string;
let files: string[];

beforeAll(async () => {
  fixture = await bundledTemplates();
  const { set, period, dir, templates } = fixture;
  inbox = join(dir, 'inbox');
  const communes = set.units.filter((u) => u.kind === 'commune').map((u) => u.code);
  const departments = set.units.filter((u) => u.kind === 'department').map((u) => u.code);
  const kinds = [...Object.keys(WORKBOOK_MISTAKES), ...Object.keys(FILE_MISTAKES)];
  // Mistakes on one commune each, and correct returns around them (communes share a plan; departments do not).
  const mistakes = Object.fromEntries(kinds.map((k, i) => [communes[i], [k]]));
  const units = [...communes.slice(0, kinds.length + 12), ...departments.slice(0, 8)];
  await generateSubmissions({ set, period, templatesDir: templates, outDir: inbox, units, mistakes });
  files = readdirSync(inbox)
    .sort()
    .map((f) => join(inbox, f));
}, 600_000);

const json = (results: readonly SubmissionResult[]) => formatCheckResults(results, [], 'json', { color: false, lang: 'vi' });

describe('check with shared plans and parsed parts', () => {
  it('gives the results of checking each file from scratch, byte for byte', async () => {
    const { set, period } = fixture;
    forgetParsedParts();
    const run = (await checkSubmissions({ set, inputs: [inbox], period, workers: 1 })).results;
    // Each file alone: a fresh options object (no plan kept) and no part kept from the file before.
    const alone: SubmissionResult[] = [];
    for (const file of files) {
      forgetParsedParts();
      alone.push(await checkFile(file, { set, period }));
    }
    expect(run.map((r) => r.file)).toEqual(files);
    expect(run.some((r) => r.status === 'rejected')).toBe(true);
    expect(run.filter((r) => r.status === 'accepted').length).toBeGreaterThan(10);
    expect(run).toEqual(alone);
    expect(json(run)).toBe(json(alone));
    // A second run starts with every part already kept: still the same.
    const again = (await checkSubmissions({ set, inputs: [inbox], period, workers: 1 })).results;
    expect(json(again)).toBe(json(run));
    expect(again).toEqual(run);
  });
});
