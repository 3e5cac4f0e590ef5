// CSV returns in the encodings and shapes that arrive by e-mail. Each holds one value that is not a number, so the
// case also proves the text was decoded right: the message must quote it with its Vietnamese letters intact.
import { join } from 'node:path';
import { expect } from 'vitest';
import { encodeWindows1258 } from '../helpers/windows-1258.js';
import type { HostileCase } from './hostile-case.js';
import { write } from './workbook-cases.js';

const BAD = 'chưa có số liệu';

/** `codes` are the indicators of the unit's form (manifest.json); derived ones stay blank. */
export function csvCases(dir: string, unit: string, codes: string[], derived: Set<string>): HostileCase[] {
  const name = `${unit}_qng-bo-chi-so_2026-Q1.csv`;
  const rows = (sep: string, first: string) => [
    ['Mã chỉ số', 'Phân tổ', 'Giá trị', 'Ghi chú'].join(sep),
    ...codes.map((code, i) => [code, '', derived.has(code) ? '' : i === 0 ? first : code.endsWith('b') ? '20000' : '1000', 'Đã rà soát'].join(sep)),
  ];
  const quotesBad = (json: Parameters<NonNullable<HostileCase['verify']>>[0]) => expect(json.files![0].diagnostics.find((d) => d.code === 'not-a-number')?.message).toContain(BAD);
  const cases: HostileCase[] = [];
  const add = (caseName: string, code: string, bytes: Uint8Array | string, verify = quotesBad) => {
    const file = join(dir, caseName, name);
    write(file, bytes);
    cases.push({ name: caseName, group: 'csv', args: ['check', file], code, verify });
  };
  add('csv-windows-1258', 'csv-encoding', encodeWindows1258(rows(';', BAD).join('\r\n')));
  add('csv-utf16-bom', 'csv-encoding', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows(',', BAD).join('\r\n'), 'utf16le')]));
  add('csv-semicolons', 'not-a-number', rows(';', BAD).join('\n'));
  const quoted = rows(',', BAD);
  quoted[2] = quoted[2].replace(/Đã rà soát$/, '"Ghi chú hai dòng:\nsố liệu tạm tính, ""chưa"" chốt"');
  add('csv-quoted-newlines', 'not-a-number', quoted.join('\r\n'));
  add('csv-formula-cells', 'not-a-number', rows(',', '=1+2*3').join('\r\n'), (json) => {
    const d = json.files![0].diagnostics.find((x) => x.code === 'not-a-number')!;
    expect(d.message).toContain('=1+2*3');
  });
  // A Vietnamese decimal unquoted in a comma-separated file splits into two fields: never read as 3640.
  add('csv-unquoted-decimal-comma', 'csv-field-count', rows(',', '3640,6').join('\r\n'), (json) => {
    const d = json.files![0].diagnostics.filter((x) => x.message.includes('3640'));
    expect(d.map((x) => x.code)).toEqual(['csv-field-count']);
  });
  return cases;
}
