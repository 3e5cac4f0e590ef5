import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { parseReceivedDate, readReceived, ReceivedError } from '../../src/report/read-received.js';
import { makeSet } from '../helpers/make-set.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';
import { acceptedResult } from '../helpers/submission-result.js';

const dir = mkdtempSync(join(tmpdir(), 'received-'));
const write = (name: string, bytes: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

describe('parseReceivedDate', () => {
  it.each([
    ['2026-03-18', '2026-03-18'],
    ['2026-3-8', '2026-03-08'],
    ['18/03/2026', '2026-03-18'],
    ['8/3/2026', '2026-03-08'],
    ['08-03-2026', '2026-03-08'],
    ['18/03/2026 14:05', '2026-03-18'],
    ['2026-03-18T09:30:00', '2026-03-18'],
    ['46099', '2026-03-18'], // an Excel date serial
    ['46099.5', '2026-03-18'],
    // A time with its zone is an instant, dated in Vietnam (UTC+7): 17:30 UTC on the 20th is 00:30 on the 21st there.
    ['2026-03-20T17:30:00Z', '2026-03-21'],
    ['2026-03-20T16:59:59Z', '2026-03-20'],
    ['20/03/2026 11:30 PM+0000', '2026-03-21'],
    ['20/03/2026 12:10 AM+00:00', '2026-03-20'],
    ['2026-03-21 00:30+07:00', '2026-03-21'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseReceivedDate(text)).toEqual({ date: iso });
  });

  it.each([
    ['31/02/2026', 'impossible'],
    ['2026-13-01', 'impossible'],
    ['29/02/2026', 'impossible'],
    ['18 tháng 3', 'unreadable'],
    ['', 'unreadable'],
    ['12', 'unreadable'], // a day serial of 1900 is no receipt date
    ['03/18/2026', 'impossible'], // month first is not read as day first
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseReceivedDate(text)).toEqual({ problem });
  });
});

describe('readReceived', () => {
  const expected = new Map([
    ['a.xlsx', { date: '2026-03-18', line: 2 }],
    ['b.xlsx', { date: '2026-04-09', line: 3 }],
  ]);

  it.each<[string, Buffer]>([
    ['"," and English headers', Buffer.from('file,received\na.xlsx,2026-03-18\nb.xlsx,9/4/2026\n')],
    ['";" with a BOM (Vietnamese Excel)', Buffer.from('\uFEFFTệp;Ngày nhận\r\na.xlsx;18/03/2026\r\nb.xlsx;09/04/2026\r\n')],
    ['Windows-1258', encodeWindows1258('Tệp;Ngày nhận\r\na.xlsx;18/03/2026\r\nb.xlsx;46121\r\n')],
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('file;received\na.xlsx;2026-3-18\nb.xlsx;2026-04-09\n', 'utf-16le')])],
  ])('reads %s', async (name, bytes) => {
    const r = await readReceived(write(`${name.replace(/\W+/g, '-')}.csv`, bytes));
    expect(r.dates).toEqual(expected);
    expect(r.diagnostics).toEqual([]);
  });

  it('refuses a list it cannot use at all (missing, a folder, no file or date column) with a ReceivedError naming it', async () => {
    for (const [file, reason] of [
      [join(dir, 'none.csv'), 'ENOENT'],
      [dir, 'EISDIR'],
      [write('cols.csv', 'name;day\na.xlsx;18/03/2026\n'), 'file'],
    ]) {
      const error = await readReceived(file).catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(ReceivedError);
      expect(error).toMatchObject({ path: file, reason: expect.stringContaining(reason) });
    }
  });

  it('reports an impossible or unreadable date as an error naming the list and the line', async () => {
    const file = write('bad.csv', 'file;received\na.xlsx;31/02/2026\nb.xlsx;hôm qua\nc.xlsx;18/03/2026\n');
    const r = await readReceived(file);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location])).toEqual([
      ['received-date-invalid', 'error', { file, line: 2 }],
      ['received-date-invalid', 'error', { file, line: 3 }],
    ]);
    // The listed files stay listed, without a date: their lateness is not judged (not by file time either).
    expect([...r.dates]).toEqual([
      ['a.xlsx', { line: 2 }],
      ['b.xlsx', { line: 3 }],
      ['c.xlsx', { date: '2026-03-18', line: 4 }],
    ]);
  });
});

describe('merge with --received', () => {
  const period = parsePeriod('2026-Q1')!;
  const result = (unit: string, file: string) => acceptedResult(unit, { 'A.01a': 1, 'A.01b': 2 }, { file, sha256: 'x' });

  it('compares dates, not text: 2026-3-8 and an Excel serial are on time, 9/4/2026 is late', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    // The tiny set's 2026-Q1 deadline is 2026-03-20.
    // By name, by the end of the path, and by name when the row holds a path of another computer.
    const list = write('dates.csv', 'file;received\n1001_tiny_2026-Q1.xlsx;2026-3-8\nhop-thu/1002_tiny_2026-Q1.xlsx;46099\nC:\\Hộp thư\\1003_tiny_2026-Q1.xlsx;9/4/2026\n');
    const results = [result('1001', 'in/1001_tiny_2026-Q1.xlsx'), result('1002', 'in/hop-thu/1002_tiny_2026-Q1.xlsx'), result('1003', 'in/1003_tiny_2026-Q1.xlsx')];
    const report = mergeSubmissions({ set: set!, period, results, received: await readReceived(list) });
    expect(report.files.map((f) => [f.received, f.late])).toEqual([
      ['2026-03-08', false],
      ['2026-03-18', false],
      ['2026-04-09', true],
    ]);
  });

  it('without --received, dates a file by its time in Vietnam: saved 00:30 (+07:00) the day after the deadline is late', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    // The tiny set's 2026-Q1 deadline is 2026-03-20; 2026-03-20T17:30:00Z is 00:30 on 21/03 in Vietnam.
    const results = [
      acceptedResult('1001', { 'A.01a': 1, 'A.01b': 2 }, { file: 'in/1001_tiny_2026-Q1.xlsx', modified: '2026-03-20T17:30:00.000Z' }),
      acceptedResult('1002', { 'A.01a': 1, 'A.01b': 2 }, { file: 'in/1002_tiny_2026-Q1.xlsx', modified: '2026-03-20T16:30:00.000Z' }),
    ];
    const report = mergeSubmissions({ set: set!, period, results });
    expect(report.files.map((f) => [f.received, f.late])).toEqual([
      ['2026-03-21', true],
      ['2026-03-20', false],
    ]);
  });

  it('warns about a row naming a file that is not in the inbox, at its line', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const list = write('unknown.csv', 'file,received\n1001_tiny_2026-Q1.xlsx,18/03/2026\n1009_tiny_2026-Q1.xlsx,18/03/2026\n');
    const report = mergeSubmissions({ set: set!, period, results: [result('1001', 'in/1001_tiny_2026-Q1.xlsx')], received: await readReceived(list) });
    expect(report.diagnostics.filter((d) => d.location.file === list).map((d) => [d.code, d.severity, d.location.line])).toEqual([['received-unknown-file', 'warning', 3]]);
  });

  it("dates each file by the row sharing most of its path, and never gives a file another file's date", async () => {
    const { set } = await loadAndValidateSet(makeSet());
    const list = write(
      'folders.csv',
      'file;received\nD:\\Hop thu\\lan-2\\1001_tiny_2026-Q1.xlsx;25/04/2026\nD:\\Hop thu\\lan-1\\1001_tiny_2026-Q1.xlsx;10/03/2026\n1002_tiny_2026-Q1.xlsx;11/03/2026\nA\\1002_tiny_2026-Q1.xlsx;30/04/2026\n',
    );
    const results = [result('1001', 'hop-thu/lan-1/1001_tiny_2026-Q1.xlsx'), result('1001', 'hop-thu/lan-2/1001_tiny_2026-Q1.xlsx'), result('1002', 'in/1002_tiny_2026-Q1.xlsx')];
    const report = mergeSubmissions({ set: set!, period, results, received: await readReceived(list) });
    expect(report.files.map((f) => f.received)).toEqual(['2026-03-10', '2026-04-25', undefined]);
    expect(report.files[2].late).toBe(false);
    const rows = report.diagnostics.filter((d) => d.location.file === list).map((d) => [d.code, d.location.line]);
    expect(rows).toEqual([['received-ambiguous', 4]]);
  });
});
