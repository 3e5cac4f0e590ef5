import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpWorkbook } from '../helpers/dump-workbook.js';
import { countIndicators, loadAndValidateSet } from '../../src/model/index.js';
import { REPO, runCli } from '../helpers/run-cli.js';

describe('catalog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'));

  it('writes the annex as a workbook: summary plus one sheet per group', async () => {
    const out = join(dir, 'catalog.xlsx');
    expect(runCli(['catalog', '--out', out]).code).toBe(0);
    const dump = await dumpWorkbook(out);
    expect(dump.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Kinh tế', 'Văn hóa - xã hội', 'Cải cách hành chính', 'Chuyển đổi số']);
    const cds = dump.sheets[4];
    expect(
      Object.values(cds.cells)
        .slice(0, 14)
        .map((c) => (c as { value: string }).value),
    ).toEqual(['STT', 'Mã', 'Tên chỉ số', 'Nhóm', 'Loại', 'Đơn vị tính', 'Tần suất', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Nguồn số liệu', 'Khái niệm', 'Phương pháp tính', 'Phân tổ', 'Chỉ tiêu']);
    // The total counts indicators as the set defines them; components (numerators, denominators) have their own column.
    const { set } = await loadAndValidateSet(join(REPO, 'indicators'));
    const count = countIndicators(set!.indicators);
    expect(dump.sheets[0].cells.B8).toEqual({ value: count.indicators });
    if (count.components) expect(dump.sheets[0].cells.C8).toEqual({ value: count.components });
  });

  it('writes markdown with one table per group, and the same bytes twice', () => {
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    expect(runCli(['catalog', '--out', a]).code).toBe(0);
    expect(runCli(['catalog', '--out', b]).code).toBe(0);
    const text = readFileSync(a, 'utf8');
    expect(text).toBe(readFileSync(b, 'utf8'));
    expect(text.match(/^## /gm)).toHaveLength(4);
    expect(text).toContain('| CDS.01 | Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số |');
  });

  it('takes the kind of file from the extension of --out; any other is a usage error', () => {
    const r = runCli(['catalog', '--out', join(dir, 'annex.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.xlsx');
  });
});
