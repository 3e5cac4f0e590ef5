import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeWindows1258 } from '../helpers/windows-1258.js';
import { readCsv } from '../../src/submission/read-csv.js';

const TEXT = 'Mã chỉ số;Phân tổ;Giá trị;Ghi chú\r\nA.01a;;1.245.649;Đã rà soát\r\nA.01b;Cấp xã;"71,54";\r\n';

describe('readCsv', () => {
  it.each<[string, Buffer, string]>([
    ['UTF-8 with BOM', Buffer.from('\uFEFF' + TEXT), 'utf-8'],
    ['UTF-8 without BOM', Buffer.from(TEXT), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]), 'utf-16'],
    // Windows-1258 stores Vietnamese tones as combining marks: what Excel's "CSV" save writes on a Vietnamese Windows.
    ['Windows-1258', encodeWindows1258(TEXT), 'windows-1258'],
  ])('reads %s with ";" and Vietnamese headers', (_name, bytes, encoding) => {
    const csv = readCsv(bytes);
    expect(csv).toMatchObject({ encoding });
    if ('missing' in csv) throw new Error('columns');
    expect(csv.rows.map((r) => [r.line, r.code, r.category, r.value, r.note])).toEqual([
      [2, 'A.01a', '', '1.245.649', 'Đã rà soát'],
      [3, 'A.01b', 'Cấp xã', '71,54', ''],
    ]);
  });

  it('reads "," separators and English headers, with unit and period columns', () => {
    const csv = readCsv(Buffer.from('unit,period,code,value,note\n1001,2026-Q1,A.01a,"1,245,649",ok\n'));
    if ('missing' in csv) throw new Error('columns');
    expect(csv.rows).toEqual([{ line: 2, code: 'A.01a', category: '', value: '1,245,649', note: 'ok', unit: '1001', period: '2026-Q1' }]);
  });

  it('matches headers without diacritics', () => {
    const csv = readCsv(Buffer.from('ma;gia tri\nA.01a;5\n'));
    expect('missing' in csv ? csv : csv.rows[0].value).toBe('5');
  });

  it('names the missing column', () => {
    expect(readCsv(Buffer.from('code;amount\nA.01a;5\n'))).toEqual({ missing: 'value / giá trị' });
  });
});
