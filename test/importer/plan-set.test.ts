// How the importer plans a set from a catalog's table, in process (the `init --from-catalog` runs are in from-catalog.int.test.ts).
import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../src/importer/columns.js';
import { planImportedSet } from '../../src/importer/plan-set.js';
import type { Table } from '../../src/importer/read-table.js';

describe('planImportedSet: bounds of "%" indicators', () => {
  const plan = (names: string[]) => {
    const cells = [['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kỳ báo cáo', 'Cơ quan chủ trì'], ...names.map((n, i) => [String(i + 1), n, '%', 'Năm', 'Sở Tài chính'])];
    const table = { rows: cells.map((c, i) => ({ line: i + 1, cells: c })) } as unknown as Table;
    return planImportedSet(table, mapColumns(table.rows)!).groups.flatMap((g) => g.indicators);
  };

  it('gives a share 0–100, and a growth or change rate (which may be negative) no bounds', () => {
    const [share, ...rates] = plan([
      'Tỷ lệ hồ sơ trực tuyến',
      'Tốc độ tăng trưởng kinh tế (GRDP)',
      'Tốc độ tăng tổng mức bán lẻ',
      'Tăng trưởng tín dụng',
      'Thu ngân sách so với cùng kỳ',
      'Vốn giải ngân so với năm trước',
      'GRDP growth rate',
      'Change in employment',
    ]);
    expect(share.constraints).toEqual({ min: 0, max: 100 });
    for (const r of rates) {
      expect(r.value_type, r.name).toBe('percent');
      expect(r.constraints?.min, r.name).toBeUndefined();
      expect(r.constraints?.max, r.name).toBeUndefined();
    }
  });
});
