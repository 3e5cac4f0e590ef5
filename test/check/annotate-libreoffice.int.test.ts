import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSubmissions } from '../../src/submission/check-submissions.js';
import { writeAnnotatedCopy } from '../../src/submission/annotate.js';
import type { SubmissionResult } from '../../src/model/index.js';
import { bundledTemplates } from '../helpers/bundled-fixture.js';
import { requireSoffice, sofficeConvert } from '../helpers/soffice.js';
import { generateSubmissions } from '../helpers/generator.js';

const enabled = requireSoffice();
const MARKS = new Set(['FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']);

describe.skipIf(!enabled)('check with LibreOffice (the real client)', () => {
  let fixture: Awaited<ReturnType<typeof bundledTemplates>>;
  let results: SubmissionResult[];
  let inbox: string;
  const mistakes: Record<string, string[]> = {};
  // Unit codes are numeric strings, which JavaScript orders numerically among an object's keys: keep our own order.
  let order: string[] = [];

  beforeAll(async () => {
    fixture = await bundledTemplates();
    const { set, period, dir, templates } = fixture;
    const communes = set.units.filter((u) => u.kind === 'commune').map((u) => u.code);
    order = communes.slice(0, 5);
    const kinds = [[], ['ratio-mismatch'], ['number-as-text-vi', 'not-a-number'], ['required-blank'], ['formula-overwritten']];
    order.forEach((code, i) => (mistakes[code] = kinds[i]));
    const filled = join(dir, 'filled');
    await generateSubmissions({ set, period, templatesDir: templates, outDir: filled, units: order, mistakes });
    // Each commune opens its file in LibreOffice and saves it again as .xlsx.
    inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    sofficeConvert(
      readdirSync(filled).map((f) => join(filled, f)),
      'xlsx',
      inbox,
    );
    results = (await checkSubmissions({ set, inputs: [inbox], period })).results;
  }, 600_000);

  it('accepts a correct file re-saved by LibreOffice', () => {
    const ok = results.find((r) => r.unit === order[0])!;
    expect(ok.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(ok.status).toBe('accepted');
  });

  it('finds each mistake at its sheet and cell after the re-save, numbers typed as text included', () => {
    const codes = (unit: string) => results.find((r) => r.unit === unit)!.diagnostics.map((d) => `${d.code}@${d.location.sheet}!${d.location.cell}`);
    const [, a, b, c, d] = order;
    expect(codes(a).some((x) => x.startsWith('ratio-mismatch@Nhập liệu!G'))).toBe(true);
    expect(codes(b).some((x) => x.startsWith('number-as-text@Nhập liệu!G'))).toBe(true);
    expect(codes(b).some((x) => x.startsWith('not-a-number@Nhập liệu!G'))).toBe(true);
    expect(codes(c).some((x) => x.startsWith('required-blank@Nhập liệu!G'))).toBe(true);
    expect(codes(d).some((x) => x.startsWith('formula-overwritten@Nhập liệu!G'))).toBe(true);
  });

  it('writes annotated copies that LibreOffice opens, marking exactly the reported cells', async () => {
    const out = join(fixture.dir, 'returned');
    const bad = results.filter((r) => r.diagnostics.some((d) => d.severity !== 'info'));
    const before = bad.map((r) => readFileSync(r.file));
    const files = [];
    for (const r of bad) files.push((await writeAnnotatedCopy(r, out, 'vi')).path);
    bad.forEach((r, i) => expect(readFileSync(r.file).equals(before[i])).toBe(true)); // originals untouched
    const reopened = join(fixture.dir, 'reopened');
    mkdirSync(reopened);
    sofficeConvert(files, 'xlsx', reopened);
    for (const r of bad) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(reopened, basename(r.file)));
      expect(wb.worksheets[0].name).toBe('Lỗi cần sửa');
      const ws = wb.getWorksheet('Nhập liệu')!;
      const marked: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
          if (argb && MARKS.has(argb)) marked.push(cell.address);
        }),
      );
      const reported = [...new Set(r.diagnostics.filter((d) => d.location.cell).map((d) => d.location.cell!))];
      expect(marked.sort(), basename(r.file)).toEqual(reported.sort());
    }
  }, 300_000);
});
