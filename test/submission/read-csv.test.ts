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

describe('readCsv: a line with more or fewer fields than the header', () => {
  it('does not read an unquoted decimal comma in a comma-separated file as its integer part', () => {
    const csv = readCsv(Buffer.from('code,category,value,note\nKT.01,,3640,6,\nKT.02,,"3640,6",\n'));
    if ('missing' in csv) throw new Error('columns');
    // KT.01's line has 5 fields for 4 columns: it is reported, and no value is read from it.
    expect(csv.badLines).toEqual([{ line: 2, found: 5, expected: 4, text: 'KT.01,,3640,6,' }]);
    expect(csv.rows.find((r) => r.code === 'KT.01')?.value ?? '').toBe('');
    expect(csv.rows.find((r) => r.code === 'KT.02')?.value).toBe('3640,6');
  });

  it('reports a line with fewer fields, with its own line number after a quoted line break', () => {
    const csv = readCsv(Buffer.from('Mã chỉ số;Phân tổ;Giá trị;Ghi chú\r\nA.01a;;5;"hai\r\ndòng"\r\nA.01b;7\r\n'));
    if ('missing' in csv) throw new Error('columns');
    expect(csv.badLines).toEqual([{ line: 4, found: 2, expected: 4, text: 'A.01b;7' }]);
    expect(csv.rows.map((r) => [r.line, r.code, r.value])).toEqual([
      [3, 'A.01a', '5'],
      [4, 'A.01b', ''],
    ]);
  });

  it('has no bad lines when every line matches the header', () => {
    const csv = readCsv(Buffer.from(TEXT));
    expect('missing' in csv ? csv : csv.badLines).toEqual([]);
  });
});

describe('readCsv: a decimal comma split into the empty column after the value', () => {
  it('reports "3640,6" when the split leaves as many fields as the header', () => {
    const csv = readCsv(Buffer.from('code,value,note\nKT.01,3640,6\nKT.02,1.245,5\nKT.03,12,ghi chú 2\nKT.04,"3640,6",7\n'));
    if ('missing' in csv) throw new Error('columns');
    expect(csv.badLines.map((b) => [b.line, b.split])).toEqual([
      [2, '3640,6'],
      [3, '1.245,5'],
    ]);
    expect(csv.rows.map((r) => r.value)).toEqual(['', '', '12', '3640,6']);
  });

  it('reads a comma file whose column after the value is a unit code or a period (numbers, not a decimal part)', () => {
    const csv = readCsv(Buffer.from('code,value,unit,period\nCDS.03a,1245649,21109,2026-Q1\nKT.01,12,51,2026\n'));
    if ('missing' in csv) throw new Error('columns');
    expect(csv.badLines).toEqual([]);
    expect(csv.rows.map((r) => [r.value, r.unit, r.period])).toEqual([
      ['1245649', '21109', '2026-Q1'],
      ['12', '51', '2026'],
    ]);
  });

  it('leaves a ";"-separated line alone: there a comma is part of the field', () => {
    const csv = readCsv(Buffer.from('code;value;note\nKT.01;3640;6\n'));
    expect('missing' in csv ? csv : csv.badLines).toEqual([]);
  });
});
