import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod, planTemplate, type IndicatorSet, type Period, type SubmissionResult, type TemplatePlan, type ValueRow } from '../../src/model/index.js';
import { checkSubmissions } from '../../src/submission/check-submissions.js';
import { writeAnnotatedCopy } from '../../src/submission/annotate.js';
import { builtCompile } from '../helpers/built.js';
import { checkOoxml, requireXmllint } from '../helpers/ooxml-check.js';
import { PYTHON, requireOpenpyxl, requireSsconvert } from '../helpers/programs.js';
import { runCli } from '../helpers/run-cli.js';
import { requireSoffice, sofficeConvert } from '../helpers/soffice.js';

// Returns of one commune's template, as four programs leave them: the template as the tool wrote it (every value
// blank), filled by openpyxl with wrong values, and that file re-saved by LibreOffice and by Gnumeric.
const hasOpenpyxl = requireOpenpyxl();
const hasSoffice = requireSoffice();
const hasSsconvert = requireSsconvert();
const hasXmllint = requireXmllint();
const UNIT = '21211';
const MARKS = new Set(['FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']);
const FILL = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb['Nhập liệu']
for cell, value in json.loads(sys.argv[3]).items():
    ws[cell] = value
wb.save(sys.argv[2])
`;
/**
 * The wrong values typed into the commune's form, by cell, from its plan (rows move when the set or the layout
 * changes): not-a-number, out-of-range, required-blank, numerator > denominator with the rate overwritten
 * (formula-overwritten); the rest plausible (numerators 10, denominators 20).
 */
function wrongValues(plan: TemplatePlan): Record<string, string | number | null> {
  const numeric = (r: ValueRow) => ['integer', 'decimal', 'percent'].includes(r.indicator.value_type);
  const typed = plan.valueRows.filter((r) => !r.formula && numeric(r));
  const rate = plan.valueRows.find((r) => r.indicator.formula && r.formulaInputs?.length === 2)!;
  const [num, den] = rate.formulaInputs!;
  const out: Record<string, string | number | null> = Object.fromEntries(typed.map((r) => [r.valueCell, r.indicator.code.endsWith('b') ? 20 : 10]));
  const others = typed.filter((r) => r.valueCell !== num && r.valueCell !== den);
  Object.assign(out, { [others[0].valueCell]: 'abc', [others[1].valueCell]: -5, [others[2].valueCell]: null, [num]: 500, [den]: 100, [rate.valueCell]: 42 });
  return out;
}
/** The cell holding "abc" (an unlocked input cell the copy marks). */
let notANumber: string;

type Zip = Record<string, Uint8Array>;
const text = (zip: Zip, name: string) => (zip[name] ? strFromU8(zip[name]) : '');

interface Case {
  name: string;
  enabled: boolean;
  file?: string;
  result?: SubmissionResult;
  copy?: string;
}

const cases: Case[] = [
  { name: 'the template as the tool wrote it', enabled: true },
  { name: 'saved by openpyxl', enabled: hasOpenpyxl },
  { name: 'saved by LibreOffice', enabled: hasOpenpyxl && hasSoffice },
  { name: 'saved by Gnumeric (ssconvert)', enabled: hasOpenpyxl && hasSsconvert },
];

let set: IndicatorSet;
let period: Period;
let dir: string;

beforeAll(async () => {
  set = (await loadAndValidateSet('indicators')).set!;
  period = parsePeriod('2026-Q1')!;
  dir = mkdtempSync(join(tmpdir(), 'annotate-package-'));
  const { compileTemplates } = await builtCompile();
  await compileTemplates({ set, period, outDir: join(dir, 'templates'), lang: 'vi', toolVersion: '0.1.0', units: [UNIT] });
  const template = join(
    dir,
    'templates',
    readdirSync(join(dir, 'templates')).find((f) => f.startsWith(`${UNIT}_`))!,
  );
  const name = basename(template);
  const plan = planTemplate(
    set,
    set.units.find((u) => u.code === UNIT)!,
    period,
  )!;
  const WRONG = wrongValues(plan);
  notANumber = Object.keys(WRONG).find((k) => WRONG[k] === 'abc')!;
  const folder = (n: string) => {
    mkdirSync(join(dir, n), { recursive: true });
    return join(dir, n);
  };
  cases[0].file = join(folder('tool'), name);
  copyFileSync(template, cases[0].file);
  if (hasOpenpyxl) {
    cases[1].file = join(folder('openpyxl'), name);
    execFileSync(PYTHON, ['-c', FILL, template, cases[1].file, JSON.stringify(WRONG)]);
  }
  if (cases[2].enabled) {
    sofficeConvert([cases[1].file!], 'xlsx', folder('libreoffice'));
    cases[2].file = join(dir, 'libreoffice', name);
  }
  if (cases[3].enabled) {
    cases[3].file = join(folder('gnumeric'), name);
    execFileSync('ssconvert', [cases[1].file!, cases[3].file], { stdio: 'ignore' });
  }
  for (const c of cases.filter((x) => x.enabled)) {
    c.result = (await checkSubmissions({ set, inputs: [c.file!], period })).results[0];
    c.copy = (await writeAnnotatedCopy(c.result, join(dir, 'returned', basename(join(c.file!, '..'))), 'vi')).path;
  }
}, 600_000);

/** The part of sheet `name`, by the workbook's relationships. */
function sheetPart(zip: Zip, name: string): string {
  const wb = text(zip, 'xl/workbook.xml');
  const tag = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`))!;
  const id = /:id="([^"]+)"/.exec(tag)![1];
  const rel = [...text(zip, 'xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${id}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function relTargets(zip: Zip, part: string, type: string): string[] {
  const rels = text(zip, part.replace(/([^/]+)$/, '_rels/$1.rels'));
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => t.includes(`/relationships/${type}"`))
    .map((t) => /Target="([^"]+)"/.exec(t)![1])
    .map((t) => (t.startsWith('/') ? t.slice(1) : join(part, '..', t)));
}

/** The fill colour (fgColor rgb) of a cell, through its cell format. */
function cellFill(zip: Zip, sheetXml: string, address: string): string | undefined {
  const cell = new RegExp(`<c\\b[^>]*\\sr="${address}"[^>]*>`).exec(sheetXml)?.[0];
  const s = Number(/\ss="(\d+)"/.exec(cell ?? '')?.[1] ?? 0);
  const styles = text(zip, 'xl/styles.xml');
  const xfs = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
  const fillId = Number(/fillId="(\d+)"/.exec(xfs[s] ?? '')?.[1] ?? 0);
  const fills = [...(/<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? '').matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => m[1]);
  return /<fgColor rgb="(\w+)"/.exec(fills[fillId] ?? '')?.[1];
}

const diagnosticKeys = (r: SubmissionResult) => r.diagnostics.map((d) => `${d.severity} ${d.code}@${d.location.sheet ?? ''}!${d.location.cell ?? ''}`).sort();

describe.each(cases)('check --annotate on a return $name', (c) => {
  const load = () => ({ before: unzipSync(readFileSync(c.file!)), after: unzipSync(readFileSync(c.copy!)) });

  it.skipIf(!c.enabled)("writes the unit's own workbook (not a list alone) and leaves the original untouched", () => {
    expect(basename(c.copy!)).toBe(basename(c.file!));
    expect(c.result!.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const { after } = load();
    expect(Object.keys(after)).toContain('xl/workbook.xml');
  });

  it.skipIf(!c.enabled)('copies every part it has no need to change byte for byte (theme, printer settings, docProps, _meta…)', () => {
    const { before, after } = load();
    const entry = sheetPart(before, 'Nhập liệu');
    const changed = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', entry, entry.replace(/([^/]+)$/, '_rels/$1.rels')]);
    for (const t of [...relTargets(before, entry, 'comments'), ...relTargets(before, entry, 'vmlDrawing')]) changed.add(t);
    const kept = Object.keys(before).filter((n) => !changed.has(n));
    // The only change allowed elsewhere: a sheet that was the selected tab is no longer (the list is).
    const same = (n: string) => after[n] && (Buffer.from(after[n]).equals(Buffer.from(before[n])) || text(after, n) === text(before, n).replace(/(<sheetView\b[^>]*?)\stabSelected="(1|true)"/, '$1'));
    expect(kept.filter((n) => !same(n))).toEqual([]);
    expect(kept).toContain(sheetPart(before, '_meta'));
    expect(kept.some((n) => n.startsWith('docProps/'))).toBe(true);
  });

  it.skipIf(!c.enabled)('keeps the sheet protection, the locked and unlocked cells, and the print setup (fit to page) of the entry sheet', () => {
    const { before, after } = load();
    const was = text(before, sheetPart(before, 'Nhập liệu'));
    const is = text(after, sheetPart(after, 'Nhập liệu'));
    const protection = /<sheetProtection\b[^>]*>/.exec(was)?.[0];
    expect(protection).toMatch(/sheet="(1|true)"/);
    expect(/<sheetProtection\b[^>]*>/.exec(is)?.[0]).toBe(protection);
    expect(/<pageSetUpPr\b[^>]*>/.exec(is)?.[0]).toMatch(/fitToPage="(1|true)"/);
    expect(/<pageSetup\b[^>]*>/.exec(is)?.[0]).toBe(/<pageSetup\b[^>]*>/.exec(was)?.[0]);
    // A marked input cell stays unlocked: its new format keeps the protection of the one it was copied from.
    const styles = text(after, 'xl/styles.xml');
    const xfs = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const s = Number(new RegExp(`<c\\b[^>]*\\sr="${notANumber}"[^>]*\\ss="(\\d+)"`).exec(is)?.[1] ?? new RegExp(`<c\\b[^>]*\\ss="(\\d+)"[^>]*\\sr="${notANumber}"`).exec(is)?.[1]);
    expect(xfs[s]).toMatch(/locked="(0|false)"/);
  });

  it.skipIf(!c.enabled)('opens on the list of problems, whose links are internal locations of cells the copy contains', () => {
    const { after } = load();
    const wb = text(after, 'xl/workbook.xml');
    expect(/<sheet\b[^>]*name="([^"]+)"/.exec(wb)?.[1]).toBe('Lỗi cần sửa');
    expect(/activeTab="(\d+)"/.exec(wb)?.[1] ?? '0').toBe('0');
    const list = sheetPart(after, 'Lỗi cần sửa');
    const links = [...text(after, list).matchAll(/<hyperlink\b[^>]*>/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).not.toMatch(/:id=/);
      expect(link).toMatch(/location="&apos;Nhập liệu&apos;!G\d+"|location="'Nhập liệu'!G\d+"/);
    }
    expect(relTargets(after, list, 'hyperlink')).toEqual([]);
    // Only the list sheet is selected: two selected tabs would open as a group.
    const selected = Object.keys(after).filter((n) => n.startsWith('xl/worksheets/sheet') && /tabSelected="(1|true)"/.test(text(after, n)));
    expect(selected).toEqual([list]);
  });

  it.skipIf(!c.enabled)('fills every reported cell and gives it a note', () => {
    const { after } = load();
    const part = sheetPart(after, 'Nhập liệu');
    const xml = text(after, part);
    const comments = relTargets(after, part, 'comments')
      .map((t) => text(after, t))
      .join('');
    const vml = relTargets(after, part, 'vmlDrawing')
      .map((t) => text(after, t))
      .join('');
    const cells = [...new Set(c.result!.diagnostics.filter((d) => d.location.cell).map((d) => d.location.cell!))];
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((cell) => !MARKS.has(cellFill(after, xml, cell) ?? ''))).toEqual([]);
    expect(cells.filter((cell) => !new RegExp(`<comment\\b[^>]*ref="${cell}"`).test(comments))).toEqual([]);
    for (const cell of cells) {
      const row = Number(cell.slice(1)) - 1;
      expect(vml, cell).toMatch(new RegExp(`<(\\w+:)?Row>${row}</(\\w+:)?Row>\\s*<(\\w+:)?Column>6</`));
    }
  });

  it.skipIf(!c.enabled)("is still the unit's workbook: check finds the same problems in the copy", async () => {
    const again = (await checkSubmissions({ set, inputs: [c.copy!], period })).results[0];
    expect(diagnosticKeys(again)).toEqual(diagnosticKeys(c.result!));
  });

  it.skipIf(!c.enabled || !hasXmllint)(
    "passes the ECMA-376 schemas and Excel's rules",
    () => {
      // Including what the programs got wrong in the parts the copy rewrites: LibreOffice's and Gnumeric's duplicate
      // or missing note shape ids, Gnumeric's `#REF!` print areas, openpyxl's empty inline strings, and LibreOffice's
      // `dateCompatibility` (ISO/IEC 29500 only: written when `--convert-to xlsx` picks the ISO "Office Open XML" filter,
      // as it does once LibreOffice Writer is installed), dropped as it changes no date; workbookPr otherwise kept.
      const { before, after } = load();
      const workbookPr = (zip: Zip) => /<workbookPr\b[^>]*?\/?>/.exec(text(zip, 'xl/workbook.xml'))?.[0];
      expect(workbookPr(after)).toBe(workbookPr(before)?.replace(/\sdateCompatibility="(false|0)"/, ''));
      const serious = (file: string) =>
        checkOoxml(file)
          .filter((f) => f.level === 'ERROR' || f.level === 'WARN')
          .map((f) => `${f.part}: ${f.message}`);
      expect(serious(c.copy!)).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!c.enabled || !hasSoffice)(
    'opens in LibreOffice (converted to CSV: the first sheet, the list)',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'annotate-csv-'));
      sofficeConvert([c.copy!], 'csv', out);
      const csv = readFileSync(join(out, basename(c.copy!).replace(/\.xlsx$/, '.csv')), 'utf8');
      expect(csv).toContain('STT');
      expect(csv).toContain(c.result!.diagnostics[0].code);
    },
    120_000,
  );
});

describe('check --annotate on a file that cannot be patched', () => {
  it('writes <name>.loi.xlsx: the list of problems alone, with no link to a sheet it does not contain', async () => {
    const tool = cases[0];
    // The return's problems (with their cells), but the file now cut in half: no zip directory to patch.
    const file = join(dir, 'truncated', basename(tool.file!));
    mkdirSync(join(dir, 'truncated'), { recursive: true });
    const bytes = readFileSync(tool.file!);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    const copy = (await writeAnnotatedCopy({ ...tool.result!, file }, join(dir, 'returned', 'truncated'), 'vi')).path;
    expect(basename(copy)).toBe(basename(file).replace(/\.xlsx$/, '.loi.xlsx'));
    const zip = unzipSync(readFileSync(copy));
    const sheets = [...text(zip, 'xl/workbook.xml').matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(['Lỗi cần sửa']);
    const list = text(zip, sheetPart(zip, 'Lỗi cần sửa'));
    expect(list).not.toMatch(/<hyperlink\b/);
    for (const d of tool.result!.diagnostics) expect(list).toContain(d.code);
    if (hasXmllint) expect(checkOoxml(copy).filter((f) => f.level === 'ERROR' || f.level === 'WARN')).toEqual([]);
  });
});

describe('check --annotate on a CSV return', () => {
  it('writes <name>.loi.xlsx listing the problems by line, with no links', async () => {
    const file = join(dir, 'csv', `${UNIT}_qng-bo-chi-so_2026-Q1.csv`);
    mkdirSync(join(dir, 'csv'), { recursive: true });
    writeFileSync(file, 'code,category,value,note\nKT.07,,abc,\n');
    const result = (await checkSubmissions({ set, inputs: [file], period })).results[0];
    expect(result.diagnostics.some((d) => d.location.line !== undefined)).toBe(true);
    const written = await writeAnnotatedCopy(result, join(dir, 'returned', 'csv'), 'en');
    expect(written.marked).toBe(false);
    expect(written.reason).toBeUndefined();
    const copy = written.path;
    expect(basename(copy)).toBe(`${UNIT}_qng-bo-chi-so_2026-Q1.loi.xlsx`);
    const zip = unzipSync(readFileSync(copy));
    const list = text(zip, sheetPart(zip, 'Problems to fix'));
    expect(list).not.toMatch(/<hyperlink\b/);
    expect(list).toMatch(/line \d+/);
    if (hasXmllint) expect(checkOoxml(copy).filter((f) => f.level === 'ERROR' || f.level === 'WARN')).toEqual([]);
    const out = join(dir, 'returned', 'csv-cli');
    const r = runCli(['check', file, '--period', '2026-Q1', '--annotate', out]);
    expect(r.stderr).toContain(`Danh sách lỗi (biểu CSV không có ô để tô): ${join(out, basename(copy))}`);
    expect(r.stderr).not.toContain('Bản đánh dấu lỗi');
  });
});

describe('indicators check --annotate (the CLI)', () => {
  it.skipIf(!hasOpenpyxl)(
    'writes a marked copy of every readable return and the list alone for a broken one, originals untouched',
    () => {
      const inbox = join(dir, 'cli-inbox');
      mkdirSync(join(inbox, 'broken'), { recursive: true });
      const good = join(inbox, basename(cases[1].file!));
      copyFileSync(cases[1].file!, good);
      const bytes = readFileSync(good);
      writeFileSync(join(inbox, 'broken', basename(good)), bytes.subarray(0, bytes.length >> 1));
      const out = join(dir, 'cli-returned');
      const r = runCli(['check', inbox, '--period', '2026-Q1', '--annotate', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(readdirSync(out).sort()).toEqual([basename(good), basename(good).replace(/\.xlsx$/, '.loi.xlsx')].sort());
      expect(readFileSync(good).equals(bytes)).toBe(true);
      expect(r.stderr).toContain(`Bản đánh dấu lỗi: ${join(out, basename(good))}`);
      const list = join(out, basename(good).replace(/\.xlsx$/, '.loi.xlsx'));
      expect(r.stderr).toContain(`Danh sách lỗi (không tô được ô trên tệp gốc: kiểm tra không đọc được tệp này): ${list}`);
    },
    120_000,
  );
});

describe('a returned copy sent back again', () => {
  it.skipIf(!hasOpenpyxl || !hasSoffice)(
    're-saved by LibreOffice and annotated again: one list, each note once, still valid',
    async () => {
      const resaved = join(dir, 'resent');
      mkdirSync(resaved, { recursive: true });
      sofficeConvert([cases[1].copy!], 'xlsx', resaved);
      const file = join(resaved, basename(cases[1].copy!));
      const result = (await checkSubmissions({ set, inputs: [file], period })).results[0];
      expect(diagnosticKeys(result)).toEqual(diagnosticKeys(cases[1].result!));
      const copy = (await writeAnnotatedCopy(result, join(dir, 'returned', 'resent'), 'vi')).path;
      expect(basename(copy)).toBe(basename(file));
      const zip = unzipSync(readFileSync(copy));
      expect([...text(zip, 'xl/workbook.xml').matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1]).filter((n) => n === 'Lỗi cần sửa')).toHaveLength(1);
      const part = sheetPart(zip, 'Nhập liệu');
      const comments = relTargets(zip, part, 'comments')
        .map((t) => text(zip, t))
        .join('');
      for (const cell of new Set(result.diagnostics.map((d) => d.location.cell).filter(Boolean))) {
        expect(comments.match(new RegExp(`<comment\\b[^>]*ref="${cell}"`, 'g')), cell).toHaveLength(1);
      }
      // The earlier copy's notes were replaced, not kept beside today's: as many of ours as cells reported.
      const ours = [...(/<authors>([\s\S]*?)<\/authors>/.exec(comments)?.[1] ?? '').matchAll(/<author>([^<]*)<\/author>/g)].findIndex((m) => m[1] === 'indicators check');
      const cells = new Set(result.diagnostics.map((d) => d.location.cell).filter(Boolean));
      expect(comments.match(new RegExp(`<comment\\b[^>]*authorId="${ours}"`, 'g'))).toHaveLength(cells.size);
      if (hasXmllint)
        expect(
          checkOoxml(copy)
            .filter((f) => f.level === 'ERROR' || f.level === 'WARN')
            .map((f) => `${f.part}: ${f.message}`),
        ).toEqual([]);
    },
    300_000,
  );
});
