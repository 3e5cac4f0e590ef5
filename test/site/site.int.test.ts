import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/report/html-escape.js';
import { load } from '../helpers/built.js';
import { chromium, requireChromium } from '../helpers/chromium.js';
import { REPO, runCli } from '../helpers/run-cli.js';

// Issue 15, done when: four quarters from the demo's generator, merged, then `indicators site`; the site opened in
// headless Chromium, its links followed, its numbers compared with the datasets, axe-core run on it; DuckDB reads the
// Parquet export with the same rows as the CSV.

type Row = Record<string, string>;
let work: string;
let folders: string[];
let site: string;
const datasets = new Map<string, Row[]>();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'site-'));
  const { buildPeriods } = await load<{ buildPeriods: (o: object) => Promise<string[]> }>('bench/generate/quarters.mjs');
  folders = await buildPeriods({ setDir: join(REPO, 'indicators'), outDir: join(work, 'bao-cao'), cwd: REPO });
  for (const f of folders) datasets.set(f.split('/').pop()!, parse(readFileSync(join(f, 'dataset.csv'), 'utf8'), { columns: true }) as Row[]);
  site = join(work, 'trang');
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('indicators site', () => {
  it('writes the dashboard, a page per indicator, the static API and the data exports', () => {
    const r = runCli(['site', join(work, 'bao-cao'), '--out', site]);
    expect(r.stderr).toContain('4 kỳ');
    expect(r.code).toBe(0);
    for (const f of [
      'index.html',
      'api/indicators.json',
      'api/series/KT.01.json',
      'data/dataset-all.csv',
      'data/dataset-all.parquet',
      'data/sdmx/dataset-all.sdmx.csv',
      'data/sdmx/structure.xml',
      'indicators/KT.01.html',
    ])
      expect(statSync(join(site, f)).size, f).toBeGreaterThan(100);
    // Self-contained: no script, nothing from elsewhere; no page over 500 KB.
    for (const f of filesUnder(site).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      expect(html, f).not.toMatch(/<script|https?:\/\/(?!www\.sdmx)/);
      expect(statSync(f).size, f).toBeLessThan(500_000);
    }
  }, 120_000);

  it('is deterministic: the same datasets give the same bytes', () => {
    const again = join(work, 'trang-2');
    expect(runCli(['site', join(work, 'bao-cao'), '--out', again, '--quiet']).code).toBe(0);
    const digest = (dir: string) => filesUnder(dir).map((f) => `${relative(dir, f)} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`);
    expect(digest(again)).toEqual(digest(site));
  }, 120_000);

  it('puts the datasets’ numbers on the pages and in api/, in Vietnamese number format', () => {
    const api = JSON.parse(readFileSync(join(site, 'api/indicators.json'), 'utf8')) as { periods: { period: string }[]; indicators: { code: string; series: string; page: string }[] };
    expect(api.periods.map((p) => p.period)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    let compared = 0;
    let unitBreakdowns = 0;
    for (const ind of api.indicators) {
      const series = JSON.parse(readFileSync(join(site, ind.series), 'utf8')) as {
        code: string;
        name: string;
        unit_of_measure: string;
        observations: { period: string; unit_code: string; breakdown: string; category: string; value: number }[];
      };
      expect(Object.keys(series)).toEqual(['code', 'name', 'unit_of_measure', 'observations']);
      const page = readFileSync(join(site, ind.page), 'utf8');
      // Every observation of the datasets, units' breakdown rows included, and nothing else.
      const key = (o: { period: string; unit_code: string; breakdown: string; category: string }) => `${o.period}|${o.unit_code}|${o.breakdown}|${o.category}`;
      const observed = new Map(series.observations.map((o) => [key(o), o.value]));
      let expected = 0;
      for (const [period, rows] of datasets) {
        for (const r of rows.filter((x) => x.indicator_code === ind.code && x.value !== '' && Number.isFinite(Number(x.value)))) {
          expected++;
          if (r.breakdown && r.status !== 'consolidated') unitBreakdowns++;
          expect(observed.get(key({ period, unit_code: r.unit_code, breakdown: r.breakdown, category: r.category })), `${ind.code} ${period} ${r.unit_code} ${r.breakdown} ${r.category}`).toBeCloseTo(
            Number(r.value),
            8,
          );
          if (r.status === 'consolidated' && !r.breakdown) {
            // The province figure in the series table, formatted as a Vietnamese reader expects (1.245.649; 62,61).
            expect(page, `${ind.code} ${period}`).toContain(formatNumber(Number(r.value), 2, 'vi'));
            compared++;
          }
        }
      }
      expect(series.observations.length, ind.code).toBe(expected);
    }
    expect(compared).toBeGreaterThan(20);
    expect(unitBreakdowns).toBeGreaterThan(5);
    // The latest period's ranking of communes shows each commune's figure.
    const latest = datasets.get('2026-Q1')!.filter((r) => r.indicator_code === 'KT.07' && r.status !== 'consolidated' && r.value !== '');
    const page = readFileSync(join(site, 'indicators/KT.07.html'), 'utf8');
    expect(latest.length).toBeGreaterThan(50);
    for (const r of latest) expect(page).toContain(`${r.unit_name}`);
    expect(page).toContain('Xã, phường, đặc khu');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Quý I năm 2026');
  });

  it('opens in Chromium: every link leads to a page that exists, and it reads on a phone', () => {
    if (!requireChromium()) return;
    // Every link of every page leads to a file of the site.
    const pages = filesUnder(site).filter((x) => x.endsWith('.html'));
    let links = 0;
    for (const file of pages) {
      for (const m of readFileSync(file, 'utf8').matchAll(/href="([^"#]+)"/g)) {
        const target = resolve(dirname(file), decodeURIComponent(m[1]));
        expect(statSync(target, { throwIfNoEntry: false })?.isFile(), `${relative(site, file)} → ${m[1]}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(200);
    // Followed as a browser does: the dashboard, its first indicator link, and that page's link back home.
    const index = chromium(['--dump-dom'], `file://${join(site, 'index.html')}`, 1000, 900);
    const first = /href="(indicators\/[^"]+\.html)"/.exec(index)![1];
    const indicator = chromium(['--dump-dom'], `file://${join(site, first)}`, 1000, 900);
    expect(indicator).toContain('<h1>');
    expect(resolve(join(site, dirname(first)), /href="([^"]*index\.html)"/.exec(indicator)![1])).toBe(join(site, 'index.html'));
    // 390 px wide (a phone): no horizontal overflow of the page itself (tables scroll inside their region).
    for (const name of ['index.html', 'indicators/KT.07.html']) {
      copyFileSync(join(site, name), join(dirname(join(site, name)), 'probe-target.html'));
      const probe = join(dirname(join(site, name)), 'probe.html');
      writeFileSync(
        probe,
        '<!doctype html><body style="margin:0"><iframe id="f" src="probe-target.html" style="width:390px;height:844px;border:0"></iframe><script>f.onload=()=>{document.body.dataset.sw=f.contentDocument.documentElement.scrollWidth}</script></body>',
      );
      const probed = chromium(['--allow-file-access-from-files', '--virtual-time-budget=5000', '--dump-dom'], `file://${probe}`, 800, 900);
      expect(Number(/data-sw="(\d+)"/.exec(probed)?.[1]), name).toBeLessThanOrEqual(390);
      rmSync(probe);
      rmSync(join(dirname(join(site, name)), 'probe-target.html'));
    }
  }, 300_000);

  it('prints on A4: the table of all indicators fits the page width and keeps its names in whole words', () => {
    if (!requireChromium()) return;
    // 703 px: A4's 210 mm less the 12 mm margins at 96 px an inch. Before the fix the table was 806 px wide and the name
    // column 31 px (a letter a line), the numeric headers being kept on one line.
    const probe = join(site, 'probe-a4.html');
    writeFileSync(
      probe,
      `<!doctype html><body style="margin:0"><iframe id="f" src="index.html" style="width:703px;height:900px;border:0"></iframe><script>f.onload=()=>{const t=f.contentDocument.querySelector('[aria-label="Tất cả chỉ số"] table');document.body.dataset.tw=Math.round(t.getBoundingClientRect().width);document.body.dataset.nw=Math.round(t.rows[1].cells[1].getBoundingClientRect().width)}</script></body>`,
    );
    const probed = chromium(['--allow-file-access-from-files', '--virtual-time-budget=5000', '--dump-dom'], `file://${probe}`, 800, 900);
    rmSync(probe);
    expect(Number(/data-tw="(\d+)"/.exec(probed)?.[1])).toBeLessThanOrEqual(703);
    expect(Number(/data-nw="(\d+)"/.exec(probed)?.[1])).toBeGreaterThanOrEqual(60);
  }, 120_000);

  it('has no serious or critical accessibility violation (axe-core in Chromium)', () => {
    if (!requireChromium()) return;
    const axe = readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
    /** axe's violations on a copy of the page with axe inlined (the site itself has no script), read back from the DOM. */
    const violationsOf = (name: string, html: string) => {
      const copy = join(dirname(join(site, name)), 'axe-probe.html');
      const run = `<script>${axe}</script><script>axe.run(document,{resultTypes:['violations']}).then(r=>{const p=document.createElement('pre');p.id='axe-result';p.textContent=JSON.stringify(r.violations.map(v=>({id:v.id,impact:v.impact,nodes:v.nodes.length,target:v.nodes[0]&&v.nodes[0].target})));document.body.appendChild(p)})</script>`;
      writeFileSync(copy, html.replace('</body>', `${run}</body>`));
      const dom = chromium(['--virtual-time-budget=30000', '--dump-dom'], `file://${copy}`, 1000, 900);
      rmSync(copy);
      const json = /<pre id="axe-result">([\s\S]*?)<\/pre>/.exec(dom)?.[1];
      expect(json, `${name}: axe did not finish`).toBeDefined();
      return JSON.parse(
        json!
          .replace(/&quot;/g, '"')
          .replace(/&gt;/g, '>')
          .replace(/&lt;/g, '<')
          .replace(/&amp;/g, '&'),
      ) as { id: string; impact: string }[];
    };
    // The probe finds what it should: an image without a text alternative is a critical violation.
    expect(violationsOf('index.html', '<!doctype html><html lang="vi"><head><title>x</title></head><body><main><img src="x.png"></main></body></html>').map((v) => [v.id, v.impact])).toContainEqual([
      'image-alt',
      'critical',
    ]);
    for (const name of ['index.html', 'indicators/KT.07.html', 'indicators/CDS.04.html']) {
      const violations = violationsOf(name, readFileSync(join(site, name), 'utf8'));
      expect(
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        name,
      ).toEqual([]);
    }
  }, 300_000);

  it('DuckDB reads dataset-all.parquet with the same rows as dataset-all.csv, which holds every period’s dataset', async () => {
    const csv = parse(readFileSync(join(site, 'data/dataset-all.csv'), 'utf8'), { columns: true }) as Row[];
    expect(csv.length).toBe([...datasets.values()].reduce((n, rows) => n + rows.length, 0));
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const file = `read_parquet('${join(site, 'data/dataset-all.parquet').replace(/'/g, "''")}')`;
    const columns = Object.keys(csv[0]);
    expect(columns.at(-1)).toBe('higher_code');
    // Typed for a warehouse: `value` a DOUBLE (SUM works), the CSV's text in `value_text`, every other column text.
    const types = Object.fromEntries(
      ((await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${file}`)).getRowObjectsJS() as { column_name: string; column_type: string }[]).map((d) => [d.column_name, d.column_type]),
    );
    expect(Object.keys(types)).toEqual([...columns, 'value_text']);
    for (const c of columns) expect(types[c], c).toBe(c === 'value' ? 'DOUBLE' : 'VARCHAR');
    expect(types.value_text).toBe('VARCHAR');
    const numberOf = (text: string) => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : null);
    const numbers = csv.map((r) => numberOf(r.value)).filter((n): n is number => n !== null);
    expect(numbers.length).toBeGreaterThan(1000);
    const sums = (await conn.runAndReadAll(`SELECT SUM(value) AS total, COUNT(value) AS n, SUM(value) FILTER (WHERE status = 'consolidated') AS province FROM ${file}`)).getRowObjectsJS()[0] as {
      total: number;
      n: bigint;
      province: number;
    };
    expect(sums.total).toBeCloseTo(
      numbers.reduce((a, b) => a + b, 0),
      4,
    );
    expect(Number(sums.n)).toBe(numbers.length);
    expect(sums.province).toBeCloseTo(
      csv.filter((r) => r.status === 'consolidated').reduce((a, r) => a + (numberOf(r.value) ?? 0), 0),
      4,
    );
    // The same rows as the CSV, in the same order.
    const rows = (await conn.runAndReadAll(`SELECT * FROM ${file}`)).getRowObjectsJS() as Record<string, unknown>[];
    expect(rows.length).toBe(csv.length);
    rows.forEach((r, i) => {
      for (const c of columns) if (c !== 'value') expect(String(r[c] ?? ''), `${i} ${c}`).toBe(csv[i][c]);
      expect(r.value ?? null, `${i} value`).toBe(numberOf(csv[i].value));
      expect(r.value_text, `${i} value_text`).toBe(csv[i].value);
    });
  }, 120_000);

  it('speaks English with --lang en: periods, units of measure, headings', () => {
    const en = join(work, 'site-en');
    expect(runCli(['site', join(work, 'bao-cao'), '--out', en, '--lang', 'en', '--quiet']).code).toBe(0);
    const index = readFileSync(join(en, 'index.html'), 'utf8');
    expect(index).toContain('<html lang="en">');
    expect(index).toContain('Q1 2026');
    expect(index).toContain('Key indicators');
    const kt = readFileSync(join(en, 'indicators/KT.01.html'), 'utf8');
    expect(kt).toContain('billion VND');
    expect(kt).not.toContain('tỷ đồng');
  }, 120_000);

  it('warns about a dataset of another set and leaves it out', () => {
    const other = join(work, 'khac', '2026-Q1');
    const text = readFileSync(join(folders[3], 'dataset.csv'), 'utf8').replace(/^qng-bo-chi-so,/gm, 'bo-khac,');
    rmSync(join(work, 'khac'), { recursive: true, force: true });
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'dataset.csv'), text);
    const r = runCli(['site', folders[2], join(other, 'dataset.csv'), '--out', join(work, 'site-mixed')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('history-other-set');
    const api = JSON.parse(readFileSync(join(work, 'site-mixed', 'api/indicators.json'), 'utf8')) as { periods: { period: string }[] };
    expect(api.periods.map((p) => p.period)).toEqual(['2025-Q4']);
    expect(readFileSync(join(work, 'site-mixed', 'index.html'), 'utf8')).toContain('bo-khac');
  }, 120_000);

  it('merge --history adds the previous period and the same period last year to report.xlsx and report.html', async () => {
    const { loadAndValidateSet, parsePeriod } = await load<typeof import('../../src/model/index.js')>('dist/model/index.js');
    const { compileTemplates } = await load<typeof import('../../src/template/compile.js')>('dist/template/compile.js');
    const { generateSubmissions } = await load<{ generateSubmissions: (o: object) => Promise<unknown[]> }>('bench/generate/generate.mjs');
    const { set } = await loadAndValidateSet(join(REPO, 'indicators'));
    const period = parsePeriod('2026-Q2')!;
    const q2 = join(work, 'q2');
    await compileTemplates({ set: set!, period, outDir: join(q2, 'templates'), lang: 'vi', toolVersion: '0.1.0' });
    const units = set!.units.filter((u) => u.kind === 'commune').map((u) => u.code);
    await generateSubmissions({ set, period, templatesDir: join(q2, 'templates'), outDir: join(q2, 'inbox'), units });
    const out = join(work, 'bao-cao-q2');
    const r = runCli(['merge', join(q2, 'inbox'), '--period', '2026-Q2', '--out', out, '--history', join(work, 'bao-cao'), '--quiet']);
    expect(r.code, r.stderr).toBeLessThan(2);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('So sánh với các kỳ trước');
    expect(html).toContain('Kỳ trước (2026-Q1)');
    expect(html).toContain('Cùng kỳ năm trước (2025-Q2)');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'report.xlsx'));
    const ws = wb.getWorksheet('So sánh các kỳ')!;
    const row = [...Array(ws.rowCount).keys()].map((i) => (ws.getRow(i + 1).values as unknown[]).slice(1)).find((v) => v[0] === 'KT.07')!;
    const q1 = datasets.get('2026-Q1')!.find((x) => x.indicator_code === 'KT.07' && x.status === 'consolidated')!;
    const lastYear = datasets.get('2025-Q2')!.find((x) => x.indicator_code === 'KT.07' && x.status === 'consolidated')!;
    expect(row[5]).toBeCloseTo(Number(q1.value), 2);
    expect(row[7]).toBeCloseTo(Number(lastYear.value), 2);
  }, 300_000);
});
