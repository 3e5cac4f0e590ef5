// How the importer reads the words real lists use for frequency, its qualifier, the reporting level and the 7146 type.
import { describe, expect, it } from 'vitest';
import { readAccumulation, readFrequency } from '../../src/importer/frequency.js';
import { readLevel } from '../../src/importer/level.js';
import { readType, statedType } from '../../src/importer/typology.js';

describe('readFrequency: the frequency and its qualifier', () => {
  it.each([
    ['tháng (lũy kế)', { frequency: 'month', accumulation: 'year-to-date' }],
    ['Hang thang (luy ke)', { frequency: 'month', accumulation: 'year-to-date' }],
    ['Tháng, cộng dồn', { frequency: 'month', accumulation: 'year-to-date' }],
    ['Monthly (cumulative)', { frequency: 'month', accumulation: 'year-to-date' }],
    ['quý, lũy kế từ đầu năm', { frequency: 'quarter', accumulation: 'year-to-date' }],
    ['Quy (luy ke tu dau nam)', { frequency: 'quarter', accumulation: 'year-to-date' }],
    ['Quarterly, year-to-date', { frequency: 'quarter', accumulation: 'year-to-date' }],
    ['Năm (số liệu tại ngày 31/12)', { frequency: 'year', accumulation: 'stock' }],
    ['Hằng năm (tại thời điểm 31/12)', { frequency: 'year', accumulation: 'stock' }],
    ['6 tháng (trong kỳ)', { frequency: 'half-year', accumulation: 'period' }],
    ['Hằng tháng', { frequency: 'month' }],
    ['Hàng quý', { frequency: 'quarter' }],
    ['9 tháng', { frequency: 'nine-months' }],
    ['Bán niên', { frequency: 'half-year' }],
    ['Năm', { frequency: 'year' }],
  ])('%s', (text, expected) => {
    const r = readFrequency(text);
    expect(r).toEqual(expected);
  });

  it.each([
    ['năm (bình quân 5 năm)', 'year', 'average'],
    ['thời gian thực', 'month', 'realtime'],
    ['Thoi gian thuc', 'month', 'realtime'],
    ['theo kỳ đánh giá', 'year', 'evaluation'],
    ['Per evaluation round', 'year', 'evaluation'],
    ['Hằng ngày', 'month', 'daily'],
    ['Đột xuất', 'year', 'ad-hoc'],
    ['Giai đoạn 2021-2025', 'year', 'multi-year'],
    ['6 tháng, năm', 'half-year', 'several'],
    ['Quý/Năm', 'quarter', 'several'],
    ['thỉnh thoảng', 'year', 'unclear'],
    ['', 'year', 'unclear'],
  ])('%s: the nearest supported frequency, with the guess named', (text, frequency, guess) => {
    expect(readFrequency(text)).toMatchObject({ frequency, guess });
  });

  it('reads a qualifier column of its own', () => {
    expect(readAccumulation('Lũy kế')).toBe('year-to-date');
    expect(readAccumulation('Số phát sinh trong kỳ')).toBe('period');
    expect(readAccumulation('Tại thời điểm báo cáo')).toBe('stock');
    expect(readAccumulation('x')).toBeUndefined();
  });
});

describe('readLevel: who reports', () => {
  it.each([
    ['tỉnh', 'province'],
    ['Cấp tỉnh', 'province'],
    ['Province', 'province'],
    ['xã', 'communes'],
    ['cấp xã', 'communes'],
    ['Cap xa', 'communes'],
    ['UBND các xã, phường', 'communes'],
    ['Communes', 'communes'],
    ['các sở, ban, ngành', 'departments'],
    ['Sở, ngành', 'departments'],
    ['sở/huyện/xã (mọi đơn vị tiếp nhận)', 'all'],
    ['So/huyen/xa (moi don vi tiep nhan)', 'all'],
    ['Các sở, ngành và UBND cấp xã', 'all'],
    ['Mọi đơn vị', 'all'],
    ['All units', 'all'],
    ['Cơ quan chủ trì', 'owner'],
  ])('%s → %s', (text, level) => {
    expect(readLevel(text)).toEqual({ level });
  });

  it('names what it guessed, and reads nothing from words it does not know', () => {
    expect(readLevel('sở')).toEqual({ level: 'departments', guess: 'department' });
    expect(readLevel('Huyện')).toEqual({ level: 'communes', guess: 'district' });
    expect(readLevel('Tỉnh, xã')).toEqual({ level: 'communes', guess: 'province-and-communes' });
    expect(readLevel('Theo phân cấp')).toBeUndefined();
    // "quản lý" is not "quận": a management board is one agency, not every department and commune.
    expect(readLevel('Ban quản lý KKT')).toEqual({ level: 'departments', guess: 'department' });
    expect(readLevel('Ban Quản lý Khu kinh tế Dung Quất và các KCN')).toEqual({ level: 'departments' });
    expect(readLevel('Quản lý thị trường tỉnh')).toEqual({ level: 'province' });
    expect(readLevel('Quận, huyện')).toEqual({ level: 'communes', guess: 'district' });
    expect(readLevel('Hệ thống')).toBeUndefined();
    expect(readLevel('')).toBeUndefined();
  });
});

describe('the 7146 type', () => {
  it('reads a type column', () => {
    expect(readType('Đầu vào')).toBe('input');
    expect(readType('Quá trình')).toBe('process');
    expect(readType('Dau ra')).toBe('output');
    expect(readType('Kết quả')).toBe('result');
    expect(readType('outcome')).toBe('result');
    expect(readType('Tác động')).toBe('impact');
    expect(readType('Tổng hợp')).toBeUndefined();
    expect(readType('Đầu vào/Đầu ra')).toBeUndefined();
  });

  it('takes a type from words that state it, not from any "kết quả" in a name', () => {
    expect(statedType('A. NHÓM CHỈ SỐ ĐẦU VÀO')).toBe('input');
    expect(statedType('Chỉ tiêu tác động: tăng trưởng GRDP')).toBe('impact');
    expect(statedType('Impact indicators')).toBe('impact');
    expect(statedType('Tỷ lệ kết quả giải quyết hồ sơ đúng hạn')).toBeUndefined();
    expect(statedType('Số hồ sơ tiếp nhận')).toBeUndefined();
  });
});
