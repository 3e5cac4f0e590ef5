// How the importer plans a set from a catalog's table, in process (the `init --from-catalog` runs are in from-catalog.int.test.ts).
import { describe, expect, it } from 'vitest';
import { importerTexts } from '../../src/i18n/index.js';
import { mapColumns } from '../../src/importer/columns.js';
import { planImportedSet, type ImportedSet } from '../../src/importer/plan-set.js';
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
      expect(r.constraints, r.name).toBeUndefined();
      expect(r.value_type, r.name).toBe('percent');
      expect(r.constraints?.min, r.name).toBeUndefined();
      expect(r.constraints?.max, r.name).toBeUndefined();
    }
  });
});

/** A table as the reader returns it (1-based lines), from rows of cells. */
function tableOf(rows: string[][], sheet?: string): Table {
  return { origin: sheet ?? 'utf-8', ...(sheet ? { sheet } : {}), rows: rows.map((cells, i) => ({ line: i + 1, cells })) };
}
const vi = importerTexts.vi.notes;

describe('mapColumns: headers as provinces write them', () => {
  it('reads a header of two rows whose upper cells are merged over sub-columns, under title lines, above a numbering row', () => {
    const table = tableOf([
      ['ỦY BAN NHÂN DÂN TỈNH'],
      ['(Kèm theo Quyết định số 123/QĐ-UBND ngày 10/3/2025)'],
      ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Kỳ báo cáo', '', 'Cấp báo cáo', 'Cơ quan', ''],
      ['', '', '', 'Tần suất', 'Tính chất số liệu', '', 'Chủ trì', 'Phối hợp'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['1', 'Số hồ sơ', 'hồ sơ', 'Tháng', 'Lũy kế', 'Cấp xã', 'Văn phòng UBND tỉnh', 'Sở Tài chính'],
    ]);
    const map = mapColumns(table.rows)!;
    expect(map.headerRow).toBe(3);
    expect(map.columns).toEqual({ stt: 0, name: 1, unit: 2, frequency: 3, accumulation: 4, level: 5, owner: 6, cooperating: 7 });
    expect(map.unmapped).toEqual([]);
    const [ind] = planImportedSet(table, map).groups.flatMap((g) => g.indicators);
    expect(ind).toMatchObject({ name: 'Số hồ sơ', frequency: 'month', accumulation: 'year-to-date', reported_by: 'communes', owner: 'VPUT', cooperating: ['STC'] });
  });

  it('reads a frequency and a level given as a column per choice, ticked with "x"', () => {
    const table = tableOf([
      ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kỳ báo cáo', '', '', 'Cấp báo cáo', '', '', 'Cơ quan chủ trì'],
      ['', '', '', 'Tháng', 'Quý', 'Năm', 'Tỉnh', 'Sở', 'Xã', ''],
      ['1', 'Số hồ sơ', 'hồ sơ', 'x', '', 'x', '', 'x', 'x', 'Văn phòng UBND tỉnh'],
      ['2', 'Số doanh nghiệp', 'doanh nghiệp', '', 'X', '', 'x', '', '', 'Sở Tài chính'],
      ['3', 'Số vụ', 'vụ', '', '', '', '', '', '', 'Công an tỉnh'],
    ]);
    const map = mapColumns(table.rows)!;
    expect(map.ticks).toEqual({
      frequency: [
        { column: 3, label: 'Tháng' },
        { column: 4, label: 'Quý' },
        { column: 5, label: 'Năm' },
      ],
      level: [
        { column: 6, label: 'Tỉnh' },
        { column: 7, label: 'Sở' },
        { column: 8, label: 'Xã' },
      ],
    });
    expect(map.unmapped).toEqual([]);
    const set = planImportedSet(table, map);
    const [a, b, c] = set.groups.flatMap((g) => g.indicators);
    expect([a.frequency, a.reported_by]).toEqual(['month', 'all']);
    expect([b.frequency, b.reported_by]).toEqual(['quarter', 'province']);
    expect([c.frequency, c.reported_by]).toEqual(['year', ['CAT']]);
    const notes = set.notes.map((n) => `${n.line}:${n.column} ${n.say(vi)}`);
    expect(notes).toContain(`3:3 ${vi.severalFrequencies('CSC.01', 'Tháng, Năm', 'month')}`);
    expect(notes).toContain(`5:3 ${vi.unclearFrequency('CSC.03', '')}`);
    expect(notes).toContain(`5:6 ${vi.emptyLevel('CSC.03', 'Cấp báo cáo', 'CAT')}`);
  });

  it('matches longer titles by their start ("Tên chỉ số đánh giá", "Tần suất thu thập/cập nhật") but not "Đơn vị thực hiện" as the unit', () => {
    const map = mapColumns([{ cells: ['TT', 'Tên chỉ số đánh giá', 'Đơn vị thực hiện', 'Tần suất thu thập/cập nhật', 'ĐVT'] }])!;
    expect(map.columns).toEqual({ stt: 0, name: 1, level: 2, frequency: 3, unit: 4 });
  });
});

describe('planImportedSet: frequency, accumulation, who reports, type', () => {
  const header = ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kỳ báo cáo', 'Cấp báo cáo', 'Cơ quan chủ trì'];
  const plan = (rows: string[][], head = header, sheet?: string) => {
    const table = tableOf([head, ...rows], sheet);
    return planImportedSet(table, mapColumns(table.rows)!);
  };
  const say = (set: ImportedSet) => set.notes.map((n) => `${n.line ?? '-'}:${n.column ?? '-'} ${n.say(vi)}`);

  it('keeps a cumulative monthly, a year-to-date quarterly, a commune-reported and an all-units indicator as such', () => {
    const set = plan([
      ['1', 'Số hồ sơ trực tuyến', 'hồ sơ', 'Tháng (lũy kế)', 'Tỉnh', 'Văn phòng UBND tỉnh'],
      ['2', 'Số hồ sơ đúng hạn', 'hồ sơ', 'Quý, lũy kế từ đầu năm', 'Các sở, ban, ngành', 'Văn phòng UBND tỉnh'],
      ['3', 'Số văn bản ký số', 'văn bản', 'Tháng', 'UBND các xã, phường', 'Sở Khoa học và Công nghệ'],
      ['4', 'Số hồ sơ tiếp nhận', 'hồ sơ', 'Tháng', 'sở/huyện/xã (mọi đơn vị tiếp nhận)', 'Văn phòng UBND tỉnh'],
    ]);
    const [a, b, c, d] = set.groups.flatMap((g) => g.indicators);
    expect([a.frequency, a.accumulation, a.reported_by]).toEqual(['month', 'year-to-date', 'province']);
    expect([b.frequency, b.accumulation, b.reported_by]).toEqual(['quarter', 'year-to-date', 'departments']);
    expect([c.frequency, c.accumulation, c.reported_by]).toEqual(['month', 'period', 'communes']);
    expect([d.frequency, d.accumulation, d.reported_by]).toEqual(['month', 'period', 'all']);
    expect(set.communeReported).toBe(2);
    expect(say(set)).toContain(`-:- ${vi.noAccumulation(['CSC.03', 'CSC.04'], 4)}`);
  });

  it('maps a frequency the model cannot express to the nearest, and names the guess with the row and column', () => {
    const set = plan([
      ['1', 'Lượt truy cập', 'lượt', 'Thời gian thực', 'Tỉnh', 'Sở Khoa học và Công nghệ'],
      ['2', 'Chỉ số DTI', 'điểm', 'Theo kỳ đánh giá', 'Tỉnh', 'Sở Khoa học và Công nghệ'],
      ['3', 'Tăng trưởng kinh tế số bình quân', '%', 'Năm (bình quân 5 năm)', 'Tỉnh', 'Thống kê tỉnh'],
    ]);
    expect(set.groups[0].indicators.map((i) => i.frequency)).toEqual(['month', 'year', 'year']);
    const notes = say(set);
    expect(notes).toContain(`2:3 ${vi.nearestFrequency('CSC.01', 'Thời gian thực', 'realtime', 'month')}`);
    expect(notes).toContain(`3:3 ${vi.nearestFrequency('CSC.02', 'Theo kỳ đánh giá', 'evaluation', 'year')}`);
    expect(notes).toContain(`4:3 ${vi.nearestFrequency('CSC.03', 'Năm (bình quân 5 năm)', 'average', 'year')}`);
    expect(notes.join('\n')).toContain('kỳ "Thời gian thực" không có trong mô hình; đặt kỳ gần nhất là tháng');
  });

  it('lists every level it guessed or could not read, and says when the list has no level column', () => {
    const set = plan([
      ['1', 'A', 'hồ sơ', 'Năm', 'Sở', 'Sở Tài chính'],
      ['2', 'B', 'hồ sơ', 'Năm', 'Theo phân cấp', 'Sở Tài chính'],
      ['3', 'C', 'hồ sơ', 'Năm', '', 'Sở Tài chính'],
    ]);
    const [a, b, c] = set.groups[0].indicators;
    expect([a.reported_by, b.reported_by, c.reported_by]).toEqual(['departments', ['STC'], ['STC']]);
    const notes = say(set);
    expect(notes).toContain(`2:4 ${vi.levelGuess('CSC.01', 'Sở', 'department')}`);
    expect(notes).toContain(`3:4 ${vi.unclearLevel('CSC.02', 'Theo phân cấp', 'Cấp báo cáo', 'STC')}`);
    expect(notes).toContain(`4:4 ${vi.emptyLevel('CSC.03', 'Cấp báo cáo', 'STC')}`);
    const none = plan([['1', 'A', 'hồ sơ', 'Năm', 'Sở Tài chính']], ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kỳ báo cáo', 'Cơ quan chủ trì']);
    expect(none.groups[0].indicators[0].reported_by).toEqual(['STC']);
    expect(say(none)).toContain(`-:- ${vi.noLevelColumn}`);
  });

  it('does not make a typed-in value an input: the type comes from a type column, stated words, else a default listed as a guess', () => {
    const head = ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kỳ báo cáo', 'Cơ quan chủ trì', 'Loại chỉ số'];
    const set = plan(
      [
        ['A', 'Nhóm chỉ số đầu vào'],
        ['1', 'Kinh phí chuyển đổi số', 'triệu đồng', 'Năm', 'Sở Tài chính', ''],
        ['B', 'Chính quyền số'],
        ['2', 'Số hồ sơ tiếp nhận', 'hồ sơ', 'Tháng', 'Văn phòng UBND tỉnh', 'Đầu ra'],
        ['3', 'Tỷ lệ hồ sơ đúng hạn', '%', 'Quý', 'Văn phòng UBND tỉnh', 'Kết quả'],
        ['4', 'Số máy chủ', 'cái', 'Năm', 'Sở Khoa học và Công nghệ', 'Tổng hợp'],
        ['5', 'Số người dùng', 'người', 'Năm', 'Sở Khoa học và Công nghệ', ''],
      ],
      head,
    );
    const types = Object.fromEntries(set.groups.flatMap((g) => g.indicators).map((i) => [i.name, i.type]));
    expect(types).toEqual({ 'Kinh phí chuyển đổi số': 'input', 'Số hồ sơ tiếp nhận': 'output', 'Tỷ lệ hồ sơ đúng hạn': 'result', 'Số máy chủ': 'output', 'Số người dùng': 'output' });
    const notes = say(set);
    expect(notes).toContain(`7:5 ${vi.unclearType('CQS.03', 'Tổng hợp', 'Loại chỉ số', 'output')}`);
    expect(notes).toContain(`-:- ${vi.defaultType(['CQS.04'], 5, 'output')}`);
    // Without a type column every indicator gets the default, and one note says so (no "input" because a count is typed in).
    const plain = plan([['1', 'Số hồ sơ', 'hồ sơ', 'Năm', 'Tỉnh', 'Sở Tài chính']]);
    expect(plain.groups[0].indicators[0].type).toBe('output');
    expect(say(plain)).toContain(`-:- ${vi.defaultType(['CSC.01'], 1, 'output')}`);
  });

  it('gives "tốc độ tăng" no bounds whatever its unit, but keeps min 0 on a count whose name says "tăng trưởng"', () => {
    const set = plan([
      ['1', 'Tốc độ tăng dân số', 'lần', 'Năm', 'Tỉnh', 'Thống kê tỉnh'],
      ['2', 'Số doanh nghiệp tăng trưởng', 'doanh nghiệp', 'Năm', 'Tỉnh', 'Thống kê tỉnh'],
      ['3', 'Tăng trưởng tín dụng', '%', 'Năm', 'Tỉnh', 'Ngân hàng Nhà nước Khu vực 9'],
    ]);
    expect(set.groups[0].indicators.map((i) => i.constraints)).toEqual([undefined, { min: 0 }, undefined]);
  });

  it('warns that a percentage typed by many units must not be averaged, but not one the owner alone reports', () => {
    const set = plan([
      ['1', 'Tỷ lệ văn bản ký số', '%', 'Quý', 'Cấp xã', 'Sở Khoa học và Công nghệ'],
      ['2', 'Tỷ lệ hộ nghèo', '%', 'Năm', 'Tỉnh', 'Sở Nông nghiệp và Môi trường'],
    ]);
    const notes = say(set);
    expect(notes).toContain(`2:2 ${vi.percentFromUnits('CSC.01')}`);
    expect(notes.filter((n) => n.includes('CSC.02'))).toEqual([]);
  });

  it('gives a growth rate no 0–100 bounds and a target above 100, and reads the target direction', () => {
    const head = ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kỳ báo cáo', 'Cơ quan chủ trì', 'Chỉ tiêu kế hoạch'];
    const set = plan(
      [
        ['1', 'Tốc độ tăng doanh thu thương mại điện tử', '%', 'Năm', 'Sở Công Thương', '120'],
        ['2', 'Tỷ lệ hồ sơ trễ hạn', '%', 'Quý', 'Văn phòng UBND tỉnh', '≤ 2'],
        ['3', 'Tỷ lệ hồ sơ trực tuyến', '%', 'Quý', 'Văn phòng UBND tỉnh', 'Tối thiểu 80%'],
        ['4', 'Số vụ', 'vụ', 'Năm', 'Công an tỉnh', 'Giảm 10%'],
      ],
      head,
    );
    const [rate, late, online, cases] = set.groups[0].indicators;
    expect(rate.constraints).toBeUndefined();
    expect(rate.target).toEqual({ value: 120, direction: 'higher' });
    expect(late.target).toEqual({ value: 2, direction: 'lower' });
    expect(online.target).toEqual({ value: 80, direction: 'higher' });
    expect(cases.target).toBeUndefined();
    const notes = say(set);
    expect(notes).toContain(`2:1 ${vi.changeRate('CSC.01')}`);
    expect(notes).toContain(`2:5 ${vi.targetDirection('CSC.01', '120')}`);
    expect(notes).toContain(`5:5 ${vi.unclearTarget('CSC.04', 'Giảm 10%')}`);
    expect(notes.filter((n) => n.includes('CSC.02') || n.includes('CSC.03'))).toEqual([]);
  });
});
