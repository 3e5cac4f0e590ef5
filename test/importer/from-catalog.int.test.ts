// `init --from-catalog`: a province's existing list (the bundled set's indicators written out as a Vietnamese
// annex would be: Roman-numbered group rows, STT, Tên chỉ tiêu, ĐVT, Kỳ báo cáo, Cơ quan chủ trì…) imports into a set
// that validates, from .xlsx and from .csv (Vietnamese headers with and without diacritics).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidateSet, type IndicatorSet } from '../../src/model/index.js';
import { runCli } from '../helpers/run-cli.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';

const FREQ: Record<string, string> = { month: 'Tháng', quarter: 'Quý', 'half-year': '6 tháng', 'nine-months': '9 tháng', year: 'Năm' };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
let set: IndicatorSet;
let dir: string;
let rows: string[][];

beforeAll(async () => {
  set = (await loadAndValidateSet('indicators')).set!;
  dir = mkdtempSync(join(tmpdir(), 'from-catalog-'));
  const agency = (code: string) => set.agencies.find((a) => a.code === code)?.name ?? code;
  rows = [['PHỤ LỤC: DANH MỤC CHỈ TIÊU'], [], ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kỳ báo cáo', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Nguồn số liệu', 'Phương pháp tính', 'Ghi chú']];
  set.groups.forEach((g, gi) => {
    rows.push([`${ROMAN[gi]}`, g.name]);
    g.indicators.forEach((ind, i) =>
      rows.push([String(i + 1), ind.name, ind.unit, FREQ[ind.frequency], agency(ind.owner), (ind.cooperating ?? []).map(agency).join('; '), ind.source, ind.method, '']),
    );
  });
});

function importAndValidate(file: string) {
  const target = join(dir, `set-${file.split('/').pop()!.replace(/\W+/g, '-')}`);
  const imported = runCli(['init', target, '--from-catalog', file]);
  const validated = runCli(['validate', '--set', target, '--format', 'json']);
  return { target, imported, validated, json: JSON.parse(validated.stdout) as { diagnostics: { code: string; severity: string }[]; summary: { indicators: number; groups: number } } };
}

describe('init --from-catalog', () => {
  it("imports an .xlsx annex of the bundled set's indicators into a set that validates", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    for (const r of rows) ws.addRow(r);
    const file = join(dir, 'danh-muc-chi-tieu.xlsx');
    await wb.xlsx.writeFile(file);
    const { imported, validated, json, target } = importAndValidate(file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain(`Đã nhập ${set.indicators.length} chỉ số, ${set.groups.length} nhóm`);
    expect(imported.stderr).toContain('Cột không dùng: Ghi chú');
    expect(validated.code, validated.stdout).toBe(0);
    expect(json.summary).toMatchObject({ indicators: set.indicators.length, groups: set.groups.length });
    expect(json.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The YAML files carry the editor schema comment.
    expect(readFileSync(join(target, 'groups', 'cai-cach-hanh-chinh.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/group\.schema\.json/);
  });

  it('imports a CSV in Windows-1258 with ";" and headers without diacritics', () => {
    const csv = rows.slice(2).map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'));
    csv[0] = 'STT;Ten chi tieu;Don vi tinh;Ky bao cao;Co quan chu tri;Co quan phoi hop;Nguon so lieu;Phuong phap tinh;Ghi chu';
    const file = join(dir, 'danh-muc.csv');
    writeFileSync(file, encodeWindows1258(csv.join('\r\n')));
    const { imported, validated, json } = importAndValidate(file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('windows-1258');
    expect(validated.code, validated.stdout).toBe(0);
    expect(json.summary.indicators).toBe(set.indicators.length);
  });

  it('reports what it could not map, and refuses a file without a name column', () => {
    const file = join(dir, 'thieu.csv');
    writeFileSync(file, 'STT,Tên chỉ tiêu,ĐVT,Kỳ,Cột lạ\n1,Số hồ sơ,hồ sơ,hằng tháng,x\n2,Tỷ lệ hài lòng,%,thỉnh thoảng,y\n3,Diện tích,,Năm,\n');
    const { imported, validated } = importAndValidate(file);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('Cột không dùng: Cột lạ');
    expect(imported.stderr).toContain('kỳ "thỉnh thoảng" không rõ');
    expect(imported.stderr).toContain('thiếu đơn vị tính');
    expect(imported.stderr).toContain('thiếu cơ quan chủ trì');
    expect(validated.code, validated.stdout).toBe(0);
    const none = join(dir, 'khong-co-ten.csv');
    writeFileSync(none, 'a,b\n1,2\n');
    const refused = runCli(['init', join(dir, 'refused'), '--from-catalog', none]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('không tìm thấy dòng tiêu đề');
  });

  it('names a catalog .xlsx that is not a workbook in words, not by its diagnostic code', () => {
    const bad = join(dir, 'hong.xlsx');
    writeFileSync(bad, 'not a workbook at all');
    const refused = runCli(['init', join(dir, 'refused-bad'), '--from-catalog', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(bad);
    expect(refused.stderr).toContain('Tệp hỏng hoặc không phải tệp Excel');
    expect(refused.stderr).not.toContain('corrupt-file');
  });
});
