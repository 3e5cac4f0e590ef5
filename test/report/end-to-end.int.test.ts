import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorsOwed, planObligations } from '../../src/model/index.js';
import { bundledTemplates } from '../helpers/bundled-fixture.js';
import { chromium, requireChromium } from '../helpers/chromium.js';
import { runCli } from '../helpers/run-cli.js';
import { requireSoffice, sofficeConvert } from '../helpers/soffice.js';
import { copyAs, generateSubmissions, type GeneratedSubmission } from '../helpers/generator.js';

let fixture: Awaited<ReturnType<typeof bundledTemplates>>;
let out: string;
let merged: ReturnType<typeof runCli>;
let generated: GeneratedSubmission[];
const missing: string[] = [];
const rejected: string[] = [];

beforeAll(async () => {
  fixture = await bundledTemplates();
  const { set, period, dir, templates } = fixture;
  const units = set.units.filter((u) => u.kind !== 'province').map((u) => u.code);
  missing.push(...units.slice(20, 30)); // 10 units send nothing
  rejected.push(...units.slice(30, 35)); // 5 send a file with an error
  const inbox = join(dir, 'inbox');
  generated = await generateSubmissions({
    set,
    period,
    templatesDir: templates,
    outDir: inbox,
    units: units.filter((u) => !missing.includes(u)),
    mistakes: Object.fromEntries(rejected.map((u) => [u, ['ratio-mismatch']])),
  });
  // Two units send their file twice.
  mkdirSync(join(inbox, 'gui-lai'));
  for (const g of generated.slice(0, 2)) copyAs(g.file, join(inbox, 'gui-lai', basename(g.file)));
  const received = [
    'file,received',
    ...readdirSync(inbox)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => `${f},18/03/2026`),
  ];
  writeFileSync(join(dir, 'received.csv'), received.join('\n'));
  out = join(dir, 'report');
  merged = runCli(['merge', inbox, '--period', '2026-Q1', '--out', out, '--received', join(dir, 'received.csv'), '--format', 'json']);
}, 600_000);

/** The province figures computed here, independently of merge: sums of accepted inputs, rates from the sums. */
function expectedProvince(): Map<string, number> {
  const accepted = generated.filter((g) => !rejected.includes(g.unit));
  const sums = new Map<string, number>();
  for (const g of accepted) for (const [k, v] of g.values) if (typeof v === 'number') sums.set(k, (sums.get(k) ?? 0) + v);
  const out = new Map(sums);
  for (const ind of fixture.set.indicators.filter((i) => i.formula)) {
    const [num, den] = ind.formula!.split(' / ').map((s) => s.trim().split(' ')[0]);
    if (sums.has(num) && sums.has(den)) out.set(ind.code, (sums.get(num)! / sums.get(den)!) * 100);
  }
  return out;
}

describe('merge end to end', () => {
  it('writes the four outputs and exits 1 because files were rejected', () => {
    expect(merged.code).toBe(1);
    for (const f of ['report.xlsx', 'report.html', 'dataset.csv', 'dataset.json']) expect(existsSync(join(out, f)), f).toBe(true);
  });

  it('writes the same bytes on a second run, and dataset.json reads back with the rows of dataset.csv', () => {
    const again = join(fixture.dir, 'report-again');
    const second = runCli(['merge', join(fixture.dir, 'inbox'), '--period', '2026-Q1', '--out', again, '--received', join(fixture.dir, 'received.csv'), '--format', 'json']);
    expect(second.code).toBe(1);
    for (const f of ['report.xlsx', 'report.html', 'dataset.csv', 'dataset.json']) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    const json = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    const csv = parse(readFileSync(join(out, 'dataset.csv')), { columns: true, bom: true }) as Record<string, string>[];
    expect(json.columns).toEqual(Object.keys(csv[0]));
    expect(json.rows).toEqual(csv);
  });

  it('counts add up to the units owed and the files given', () => {
    const s = JSON.parse(merged.stdout).summary;
    // 14 departments, 96 communes, the police and social insurance owe a form; the Dung Quất economic zone board owes
    // only dossier counts, taken from the administrative-procedure system.
    expect(planObligations(fixture.set, fixture.period).filter((o) => o.indicators.length > 0)).toHaveLength(112);
    expect(s.unitsOwed).toBe(112);
    expect(s.accepted + s.rejected + s.missing).toBe(112);
    expect(s.missing).toBe(10);
    expect(s.rejected).toBe(5);
    expect(s.files).toBe(112 - 10 + 2);
    expect(s.byState).toEqual({ accepted: 102 - 5, rejected: 5, duplicate: 2, unreadable: 0, 'not-in-period': 0 });
    expect(s.late).toBe(0);
  });

  it("report.xlsx names each unit's kind in Vietnamese, not by the model's English value", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const ws = wb.getWorksheet('Tình hình nộp báo cáo')!;
    expect(ws.getRow(1).getCell(3).value).toBe('Loại');
    const kinds = new Set<string>();
    ws.eachRow((row, n) => {
      if (n > 1) kinds.add(String(row.getCell(3).value));
    });
    expect(kinds.has('Xã')).toBe(true);
    for (const raw of ['commune', 'ward', 'department', 'province', 'special-zone', 'other']) expect(kinds.has(raw), raw).toBe(false);
  });

  it('dataset.csv holds the province figures computed independently', () => {
    const rows = parse(readFileSync(join(out, 'dataset.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const province = new Map(rows.filter((r) => r.unit_code === '51' && !r.category).map((r) => [r.indicator_code, r.value]));
    const expected = expectedProvince();
    let compared = 0;
    for (const [code, value] of expected) {
      if (code.includes('|') || !province.has(code)) continue;
      expect(Number(province.get(code)), code).toBeCloseTo(value, 6);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
    expect(rows.filter((r) => r.unit_code !== '51').every((r) => r.status === 'accepted')).toBe(true);
  });

  it('report.xlsx, recalculated and re-saved by LibreOffice, shows the same province values', async () => {
    if (!requireSoffice()) return;
    const lo = join(fixture.dir, 'report-lo');
    mkdirSync(lo, { recursive: true });
    sofficeConvert([join(out, 'report.xlsx')], 'xlsx', lo);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(lo, 'report.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Theo đơn vị', 'Tình hình nộp báo cáo', 'Kiểm tra', 'Dữ liệu']);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const expected = expectedProvince();
    let compared = 0;
    ws.eachRow((row, n) => {
      if (n === 1 || row.getCell(4).value) return; // heading, category rows
      const code = String(row.getCell(1).value);
      const value = row.getCell(5).value;
      if (expected.has(code) && typeof value === 'number') {
        expect(value, code).toBeCloseTo(expected.get(code)!, 1);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(30);
  }, 300_000);

  it('report.html renders in Chromium at 390 px without horizontal overflow and shows every unit', () => {
    if (!requireChromium()) return;
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script|https?:\/\//); // self-contained: no script, no network
    // Headless Chromium will not make a window narrower than 500 px: measure the page inside a 390 px iframe of a
    // probe page (the report itself has no script).
    copyFileSync(join(out, 'report.html'), join(fixture.dir, 'report.html'));
    const probe = join(fixture.dir, 'probe.html');
    writeFileSync(
      probe,
      '<!doctype html><body style="margin:0"><iframe id="f" src="report.html" style="width:390px;height:844px;border:0"></iframe><script>f.onload=()=>{const d=f.contentDocument;document.body.dataset.sw=d.documentElement.scrollWidth;document.body.dataset.iw=f.contentWindow.innerWidth;' +
        // a code or a number split over two lines ("3.161" / ".522 người") misreads: tables scroll sideways instead
        'let broken=0,seen=0;for(const tr of d.querySelectorAll(".scroll table tbody tr")){const code=tr.querySelector("td code"),v=tr.children[2]?.firstChild;if(code&&code.getClientRects().length>1)broken++;' +
        'if(v&&v.nodeType===3&&/^[0-9]/.test(v.data)){seen++;const r=d.createRange();r.setStart(v,0);r.setEnd(v,v.data.split(" ")[0].length);if(r.getClientRects().length>1)broken++}}document.body.dataset.broken=broken;document.body.dataset.seen=seen}</script></body>',
    );
    const probed = chromium(['--allow-file-access-from-files', '--virtual-time-budget=5000', '--dump-dom'], `file://${probe}`, 800, 900);
    expect(Number(/data-iw="(\d+)"/.exec(probed)?.[1])).toBe(390);
    expect(Number(/data-sw="(\d+)"/.exec(probed)?.[1])).toBeLessThanOrEqual(390);
    expect(Number(/data-seen="(\d+)"/.exec(probed)?.[1])).toBeGreaterThan(5);
    expect(Number(/data-broken="(\d+)"/.exec(probed)?.[1])).toBe(0);
    const dom = chromium(['--dump-dom'], `file://${join(fixture.dir, 'report.html')}`);
    for (const u of fixture.set.units.filter((x) => x.kind !== 'province' && indicatorsOwed(fixture.set, x, fixture.period).length > 0)) expect(dom, u.name).toContain(u.name);
    chromium([`--screenshot=${join(fixture.dir, 'report.png')}`], `file://${join(fixture.dir, 'report.html')}`);
    chromium([`--print-to-pdf=${join(fixture.dir, 'report.pdf')}`, '--no-pdf-header-footer'], `file://${join(fixture.dir, 'report.html')}`);
    expect(statSync(join(fixture.dir, 'report.png')).size).toBeGreaterThan(10_000);
    expect(readFileSync(join(fixture.dir, 'report.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  }, 120_000);
});
