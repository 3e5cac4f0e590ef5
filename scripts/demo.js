#!/usr/bin/env node
// `npm run demo`: the whole pipeline on the bundled Quảng Ngãi set, into ./demo-output, no setup needed.
// Each step runs the real CLI (bin/indicators.cjs) the way a data officer would type it; the submissions that
// units would send back are made by the synthetic generator in bench/generate (seeded, so always the same).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'indicators.cjs');
const out = join(root, 'demo-output');
/** Paths as a data officer types them: relative to the project folder. */
const rel = (...parts) => join('demo-output', ...parts);
const PERIOD = '2026-Q1';
const started = Date.now();

function step(title, args, { allowFail = false } = {}) {
  process.stderr.write(`\n\x1b[1m▶ ${title}\x1b[0m\n  $ npx indicators ${args.join(' ').replaceAll(root, '')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status === 2 || (!allowFail && r.status !== 0)) {
    process.stderr.write(`\nDemo dừng ở bước "${title}" (mã thoát ${r.status}).\n`);
    process.exit(1);
  }
  return r.status;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
step('1. Kiểm tra bộ chỉ số / validate the set', ['validate', '--set', 'indicators']);
await printSummary();
step('2. Tạo biểu mẫu cho quý I/2026 / compile the templates', ['compile', '--period', PERIOD, '--out', rel('bieu-mau')]);
step('   Phụ lục danh mục chỉ số / the annex', ['catalog', '--out', rel('phu-luc.xlsx')]);
await makeSubmissions();
// Figures held by the province's systems (dossiers, population) are not typed by any unit: collect reads the systems'
// exports bundled with the set (indicators/he-thong/*.csv; kind: csv in systems.yaml) into the same inbox.
step('   Lấy số liệu từ hệ thống / collect from the systems', ['collect', '--period', PERIOD, '--out', rel('hop-thu'), '--quiet']);
step('4. Kiểm tra biểu đã nộp, trả lại bản đánh dấu lỗi / check, annotate', ['check', rel('hop-thu'), '--period', PERIOD, '--annotate', rel('tra-lai'), '--quiet'], { allowFail: true });
step('5. Tổng hợp báo cáo / merge', ['merge', rel('hop-thu'), '--period', PERIOD, '--out', rel('bao-cao'), '--received', rel('ngay-nhan.csv')], { allowFail: true });
step('6. Lấy ý kiến góp ý dự thảo: phiếu góp ý / consultation: comment forms', ['consult', 'compile', '--out', rel('gop-y', 'phieu'), '--deadline', '2025-11-04', '--quiet']);
await makeConsultReplies();
step('   Tổng hợp ý kiến góp ý / merge the replies', ['consult', 'merge', rel('gop-y', 'hop-thu'), '--out', rel('gop-y', 'tong-hop'), '--quiet'], { allowFail: true });
await makeEarlierQuarters();
step('   Trang tổng hợp bốn quý / the many-period site', ['site', rel('cac-ky'), rel('bao-cao'), '--out', rel('trang-tong-hop'), '--quiet']);
process.stderr.write(`
\x1b[1mXong trong ${((Date.now() - started) / 1000).toFixed(1)} giây. Kết quả trong demo-output/:\x1b[0m
  bieu-mau/     biểu mẫu gửi các đơn vị (${readdirSync(join(out, 'bieu-mau')).length - 1} tệp .xlsx + manifest.json)
  phu-luc.xlsx  phụ lục danh mục chỉ số
  hop-thu/      biểu các đơn vị gửi về (dữ liệu mô phỏng)
  hop-thu/TTHC/, hop-thu/CSDLQGDC/  số liệu lấy từ hệ thống (indicators collect)
  tra-lai/      bản đánh dấu lỗi để gửi trả đơn vị
  bao-cao/      report.xlsx, report.html (mở bằng trình duyệt), dataset.csv, dataset.json
  cac-ky/       kết quả merge của ba quý trước (2025-Q2, 2025-Q3, 2025-Q4; dữ liệu mô phỏng)
  trang-tong-hop/  trang tổng hợp bốn quý: index.html (mở bằng trình duyệt), api/, data/ (CSV, Parquet, SDMX)
  gop-y/        lấy ý kiến dự thảo: phieu/ (phiếu góp ý), hop-thu/ (trả lời mô phỏng), tong-hop/ (bảng tổng hợp .xlsx, .docx)
`);

/** 7. The three quarters before 2026-Q1, for the site: every unit sends a CSV return, merged like it (bench/generate/quarters.mjs). */
async function makeEarlierQuarters() {
  process.stderr.write('\n\x1b[1m▶ 7. Ba quý trước (dữ liệu mô phỏng) / the three quarters before\x1b[0m\n');
  const { buildPeriods } = await import('../bench/generate/quarters.mjs');
  await buildPeriods({ setDir: join(root, 'indicators'), outDir: join(out, 'cac-ky'), periods: ['2025-Q2', '2025-Q3', '2025-Q4'], cwd: root, log: (line) => process.stderr.write(`${line}\n`) });
}

/** 6. Units reply to the consultation on the draft (simulated): filled forms, a CSV, a scanned letter, one late. */
async function makeConsultReplies() {
  const { loadAndValidateSet } = await import('../dist/model/validate-set.js');
  const { generateConsultReplies } = await import('../bench/generate/consult.mjs');
  const { set } = await loadAndValidateSet(join(root, 'indicators'));
  const replies = await generateConsultReplies({ set, formsDir: join(out, 'gop-y', 'phieu'), outDir: join(out, 'gop-y', 'hop-thu'), sent: '2025-11-03', late: '2025-11-06' });
  process.stderr.write(`  ${replies.length} đơn vị trả lời (${replies.filter((r) => r.kind !== 'agree').length} có ý kiến, đề xuất, CSV, văn bản hoặc trả lời muộn); các đơn vị khác không trả lời\n`);
}

/** 3. Units fill in their workbooks: most correctly, five with mistakes, six not at all, one re-saved by LibreOffice. */
async function makeSubmissions() {
  process.stderr.write('\n\x1b[1m▶ 3. Các đơn vị nhập và gửi biểu (dữ liệu mô phỏng) / units fill in and send back\x1b[0m\n');
  const { loadAndValidateSet } = await import('../dist/model/validate-set.js');
  const { parsePeriod } = await import('../dist/model/period.js');
  const { generateSubmissions } = await import('../bench/generate/generate.mjs');
  const { set } = await loadAndValidateSet(join(root, 'indicators'));
  const units = set.units.filter((u) => u.kind !== 'province').map((u) => u.code);
  const missing = new Set(units.filter((_, i) => i % 19 === 7));
  const communes = set.units.filter((u) => u.kind === 'commune').map((u) => u.code);
  const mistakes = {
    [communes[3]]: ['ratio-mismatch'],
    [communes[8]]: ['required-blank', 'number-as-text-vi'],
    [communes[27]]: ['formula-overwritten'],
    SCT: ['stale-version'],
    STC: ['ambiguous-number'],
  };
  const inbox = join(out, 'hop-thu');
  const generated = await generateSubmissions({ set, period: parsePeriod(PERIOD), templatesDir: join(out, 'bieu-mau'), outDir: inbox, units: units.filter((u) => !missing.has(u)), mistakes });
  const resaved = generated.find((g) => g.unit === communes[1]);
  if (resaved && hasSoffice()) {
    const tmp = join(out, '.lo');
    mkdirSync(tmp, { recursive: true });
    execFileSync('soffice', [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', tmp, resaved.file], { stdio: 'ignore' });
    copyFileSync(join(tmp, resaved.file.split('/').pop()), resaved.file);
    rmSync(tmp, { recursive: true, force: true });
    process.stderr.write(`  ${resaved.unit}: mở và lưu lại bằng LibreOffice\n`);
  }
  const received = ['file,received', ...readdirSync(inbox).map((f, i) => `${f},${i % 23 === 5 ? '24/03/2026' : '19/03/2026'}`)];
  writeFileSync(join(out, 'ngay-nhan.csv'), received.join('\n') + '\n');
  process.stderr.write(`  ${generated.length} tệp gửi về; ${missing.size} đơn vị chưa nộp; ${Object.keys(mistakes).length} tệp có lỗi cố ý\n`);
}

function hasSoffice() {
  return spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0;
}

/** Indicators by group, units by kind and indicators by owner: what the set holds. */
async function printSummary() {
  const { loadAndValidateSet } = await import('../dist/model/validate-set.js');
  const { words } = await import('../dist/i18n/words.js');
  const { set } = await loadAndValidateSet(join(root, 'indicators'));
  const count = (items, key) => [...items.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map())];
  const lines = ['', `Bộ chỉ số: ${set.info.name} (v${set.info.version}, ${set.info.status ?? ''})`, '', 'Chỉ số theo nhóm / indicators by group:'];
  for (const g of set.groups) {
    const main = g.indicators.filter((i) => !i.component);
    lines.push(`  ${g.name.padEnd(28)} ${String(main.length).padStart(3)}  (${main.filter((i) => i.formula).length} tính bằng công thức; ${g.indicators.length - main.length} số liệu thành phần)`);
  }
  lines.push('', 'Đơn vị báo cáo / units:');
  for (const [kind, n] of count(set.units, (u) => u.kind)) lines.push(`  ${(words.vi.unitKind[kind] ?? kind).padEnd(28)} ${String(n).padStart(3)}`);
  lines.push('', 'Chỉ số theo cơ quan chủ trì / indicators by owner:');
  const agencyName = new Map(set.agencies.map((a) => [a.code, a.name]));
  const owned = set.indicators.filter((i) => !i.component);
  for (const [owner, n] of count(owned, (i) => i.owner).sort((a, b) => b[1] - a[1])) {
    lines.push(`  ${(agencyName.get(owner) ?? owner).padEnd(40)} ${String(n).padStart(3)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}
