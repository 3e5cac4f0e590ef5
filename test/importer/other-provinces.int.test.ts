// `init --from-catalog` on lists written as other provinces write them (issue 13 §6): a workbook with title lines, a
// header of two rows whose upper cells are merged, a numbering row, qualifiers in parentheses and a level column; a
// CSV without diacritics; an English CSV. Monthly cumulative, quarterly year-to-date, commune-reported and all-units
// indicators keep what they are, every guess is in the import report with its row and column, and the set validates.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidateSet, type Indicator } from '../../src/model/index.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = 'test/fixtures/importer';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'other-provinces-'));
});

/** Imports `file`, validates the result with the CLI, and loads it: the indicators by code. */
async function importList(file: string, lang = 'vi') {
  const target = join(dir, file.split('/').pop()!.replace(/\W+/g, '-'));
  const imported = runCli(['init', target, '--from-catalog', file, '--lang', lang]);
  const validated = runCli(['validate', '--set', target, '--format', 'json']);
  const loaded = await loadAndValidateSet(target);
  const byCode = Object.fromEntries((loaded.set?.indicators ?? []).map((i) => [i.code, i])) as Record<string, Indicator>;
  const json = JSON.parse(validated.stdout) as { diagnostics: { code: string; severity: string; message: string }[] };
  return { target, imported, validated, errors: json.diagnostics.filter((d) => d.severity === 'error'), byCode };
}

/** The annex of a province's decision, as its office lays it out in Excel. */
async function writeAnnex(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  ws.addRow(['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ']);
  ws.addRow(['PHỤ LỤC']);
  ws.addRow(['BỘ CHỈ SỐ ĐÁNH GIÁ KẾT QUẢ CHUYỂN ĐỔI SỐ']);
  ws.addRow(['(Kèm theo Quyết định số 123/QĐ-UBND ngày 10/3/2025 của UBND tỉnh)']);
  for (const r of [1, 2, 3, 4]) ws.mergeCells(r, 1, r, 12);
  ws.addRow(['STT', 'Mã số', 'Tên chỉ tiêu', 'Loại chỉ số', 'Đơn vị tính', 'Kỳ báo cáo', null, 'Cấp báo cáo', 'Cơ quan', null, 'Chỉ tiêu kế hoạch năm 2025', 'Ghi chú']);
  ws.addRow([null, null, null, null, null, 'Tần suất', 'Tính chất số liệu', null, 'Chủ trì', 'Phối hợp', null, null]);
  for (const c of [1, 2, 3, 4, 5, 8, 11, 12]) ws.mergeCells(5, c, 6, c);
  ws.mergeCells('F5:G5');
  ws.mergeCells('I5:J5');
  ws.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)']);
  const rows: (string | number | null)[][] = [
    ['A', null, 'NHÓM CHỈ SỐ ĐẦU VÀO'],
    [1, 'CDS.01', 'Kinh phí chi cho chuyển đổi số', null, 'triệu đồng', 'Năm', 'Lũy kế', 'Tỉnh', 'Sở Tài chính', 'Sở Khoa học và Công nghệ', '≥ 50.000', null],
    ['B', null, 'CHÍNH QUYỀN SỐ'],
    [2, 'CDS.02', 'Số hồ sơ tiếp nhận trực tuyến', 'Đầu ra', 'hồ sơ', 'Tháng (lũy kế)', null, 'sở/huyện/xã (mọi đơn vị tiếp nhận)', 'Văn phòng UBND tỉnh', null, null, null],
    [3, 'CDS.03', 'Số hồ sơ giải quyết đúng hạn', 'Kết quả', 'hồ sơ', 'Quý', 'Lũy kế từ đầu năm', 'UBND các xã, phường', 'Văn phòng UBND tỉnh', null, null, null],
    [4, 'CDS.04', 'Số văn bản điện tử được ký số', 'Kết quả', 'văn bản', 'Tháng', null, 'Các sở, ban, ngành', 'Sở Khoa học và Công nghệ', null, null, null],
    [5, 'CDS.05', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Tác động', 'điểm', 'Theo kỳ đánh giá', null, 'Tỉnh', 'Sở Khoa học và Công nghệ', null, null, null],
    [6, 'CDS.06', 'Tốc độ tăng trưởng kinh tế số', 'Tác động', '%', 'Năm (bình quân 5 năm)', null, 'Tỉnh', 'Thống kê tỉnh', null, 20, null],
    [7, 'CDS.07', 'Số lượt truy cập Cổng dịch vụ công', 'Tổng hợp', 'lượt', 'Thời gian thực', null, 'Hệ thống', 'Văn phòng UBND tỉnh', null, null, 'Trích từ hệ thống'],
    [8, 'CDS.08', 'Số máy chủ tại Trung tâm dữ liệu', 'Đầu vào', 'cái', 'Năm', 'Tại thời điểm 31/12', 'Cấp xã', 'Sở Khoa học và Công nghệ', null, null, null],
  ];
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

describe('init --from-catalog: lists as other provinces write them', () => {
  it('imports an annex with a merged two-row header: frequency, qualifier, level and type kept, guesses listed by cell', async () => {
    const file = join(dir, 'quang-tri-phu-luc.xlsx');
    await writeAnnex(file);
    const { imported, validated, errors, byCode, target } = await importList(file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(validated.code, validated.stdout).toBe(0);
    expect(errors).toEqual([]);
    const pick = (i: Indicator) => [i.frequency, i.accumulation, i.reported_by, i.type];
    expect(pick(byCode['CDS.01'])).toEqual(['year', 'year-to-date', 'province', 'input']); // type from "NHÓM CHỈ SỐ ĐẦU VÀO"
    expect(pick(byCode['CDS.02'])).toEqual(['month', 'year-to-date', 'all', 'output']);
    expect(pick(byCode['CDS.03'])).toEqual(['quarter', 'year-to-date', 'communes', 'result']);
    expect(pick(byCode['CDS.04'])).toEqual(['month', 'period', 'departments', 'result']);
    expect(pick(byCode['CDS.05'])).toEqual(['year', 'period', 'province', 'impact']);
    expect(pick(byCode['CDS.07'])).toEqual(['month', 'period', ['VPUT'], 'output']);
    expect(pick(byCode['CDS.08'])).toEqual(['year', 'stock', 'communes', 'input']);
    expect(byCode['CDS.01'].target).toEqual({ value: 50000, direction: 'higher' });
    expect(byCode['CDS.01'].cooperating).toEqual(['SKHVCN']);
    expect(byCode['CDS.06'].constraints).toBeUndefined();
    expect(byCode['CDS.06'].target).toEqual({ value: 20, direction: 'higher' });
    const report = imported.stderr;
    const at = (cell: string) => `${file}:Phụ lục!${cell}  `;
    expect(report).toContain('cột: stt, code, name, type, unit, frequency, accumulation, level, owner, cooperating, target');
    expect(report).toContain('Cột không dùng: Ghi chú');
    expect(report).toContain(`${at('F14')}CDS.05: kỳ "Theo kỳ đánh giá" không có trong mô hình; đặt kỳ gần nhất là năm`);
    expect(report).toContain(`${at('F15')}CDS.06: kỳ "Năm (bình quân 5 năm)" (bình quân nhiều kỳ) không có trong mô hình; đặt kỳ gần nhất là năm, ghi cách tính bình quân trong method`);
    expect(report).toContain(`${at('C15')}CDS.06: tốc độ tăng/giảm, có thể âm hoặc trên 100: không đặt giới hạn 0–100`);
    expect(report).toContain(`${at('K15')}CDS.06: chỉ tiêu kế hoạch "20" không nói là tối thiểu hay tối đa`);
    expect(report).toContain(`${at('F16')}CDS.07: kỳ "Thời gian thực" không có trong mô hình; đặt kỳ gần nhất là tháng; nếu số liệu lấy từ hệ thống thông tin, đặt collection: system`);
    expect(report).toContain(`${at('H16')}CDS.07: cột "Cấp báo cáo" ghi "Hệ thống", không rõ là tỉnh, sở hay xã; đặt là cơ quan chủ trì báo cáo (reported_by: [VPUT])`);
    expect(report).toContain(`${at('D16')}CDS.07: cột "Loại chỉ số" ghi "Tổng hợp", không phải loại nào của Công văn 7146`);
    expect(report).toContain('Kỳ không nói lũy kế hay thời điểm: CDS.04, CDS.05, CDS.06, CDS.07 đặt là số trong kỳ (accumulation: period)');
    expect(report).toContain('3 chỉ số do các xã, phường báo cáo (reported_by: communes hoặc all) nhưng units.yaml chưa có xã nào');
    // Every indicator has a type from the list, so no default is guessed for the whole list.
    expect(report).not.toContain('không có trong danh mục');
    // The same report is kept beside the set, and units.yaml says where the communes go.
    expect(readFileSync(join(target, 'import-report.txt'), 'utf8')).toBe(report.slice(0, report.indexOf('Danh sách trên được ghi vào')));
    expect(readFileSync(join(target, 'units.yaml'), 'utf8')).toContain('# Thêm các xã, phường, đặc khu báo cáo');
  });

  it('imports a CSV without diacritics whose qualifiers are in parentheses', async () => {
    const file = `${FIXTURES}/tinh-b-khong-dau.csv`;
    const { imported, validated, errors, byCode } = await importList(file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(validated.code, validated.stdout).toBe(0);
    expect(errors).toEqual([]);
    const pick = (i: Indicator) => [i.frequency, i.accumulation, i.reported_by];
    expect(pick(byCode['CQS.01'])).toEqual(['month', 'year-to-date', 'all']); // Hang thang (luy ke); So/huyen/xa (moi don vi tiep nhan)
    expect(pick(byCode['CQS.02'])).toEqual(['quarter', 'year-to-date', 'departments']); // Quy (luy ke tu dau nam); Cac so, ban, nganh
    expect(pick(byCode['CQS.03'])).toEqual(['month', 'period', 'communes']); // Hang thang; Cap xa
    expect(pick(byCode['CQS.04'])).toEqual(['half-year', 'period', 'province']); // 6 thang, nam; Tinh
    expect(pick(byCode['KTS.01'])).toEqual(['year', 'stock', 'province']); // Hang nam (tai thoi diem 31/12)
    expect(byCode['KTS.01'].constraints).toBeUndefined(); // Toc do tang truong … %
    expect(Object.values(byCode).map((i) => i.type)).toEqual(Array(6).fill('output'));
    const report = imported.stderr;
    expect(report).toContain('Cột không dùng: Ghi chu');
    expect(report).toContain(`${file}:9:4  CQS.04: kỳ "6 thang, nam" nêu nhiều kỳ; đặt kỳ ngắn nhất là 6 tháng`);
    expect(report).toContain(`${file}:12:4  KTS.02: kỳ "Thoi gian thuc" (thời gian thực) không có trong mô hình; đặt kỳ gần nhất là tháng`);
    expect(report).toContain(`${file}:12:5  KTS.02: cột "Cap thu thap" ghi "Theo phan cap"`);
    expect(report).toContain('Loại chỉ số (Công văn 7146) không có trong danh mục: tất cả 6 chỉ số đặt là output (đầu ra)');
  });

  it('imports an English list, and reports in English with --lang en', async () => {
    const file = `${FIXTURES}/tinh-c-english.csv`;
    const { imported, validated, errors, byCode, target } = await importList(file, 'en');
    expect(imported.code, imported.stderr).toBe(0);
    expect(validated.code, validated.stdout).toBe(0);
    expect(errors).toEqual([]);
    const pick = (i: Indicator) => [i.frequency, i.accumulation, i.reported_by, i.type];
    expect(pick(byCode['CSC.01'])).toEqual(['month', 'year-to-date', 'all', 'output']);
    expect(pick(byCode['CSC.02'])).toEqual(['quarter', 'year-to-date', 'communes', 'result']);
    expect(pick(byCode['CSC.03'])).toEqual(['year', 'period', 'province', 'impact']);
    expect(pick(byCode['CSC.04'])).toEqual(['year', 'period', 'province', 'output']);
    expect(byCode['CSC.02'].target).toEqual({ value: 95, direction: 'higher' });
    expect(imported.stderr).toContain(`${file}:5:4  CSC.04: frequency "Per evaluation round" is not in the model; set to the nearest, yearly`);
    expect(imported.stderr).toContain(`${file}:5:7  CSC.04: column "Type" says "Composite", none of the types of Guidance 7146`);
    expect(imported.stderr).toContain('2 indicators are reported by communes');
    expect(existsSync(join(target, 'import-report.txt'))).toBe(true);
  });
});
