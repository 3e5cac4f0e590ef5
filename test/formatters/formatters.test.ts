import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { FORMATTERS } from '../../src/formatters/index.js';

const DIAGNOSTICS: Diagnostic[] = [
  { code: 'yaml-syntax', severity: 'error', message: 'Lỗi cú pháp YAML: thiếu }', location: { file: 'indicators/units.yaml', line: 4, column: 3 }, hint: 'Kiểm tra thụt lề' },
  { code: 'ratio-averaged', severity: 'warning', message: 'Tỷ lệ "A.01" 50% trung bình\ndòng 2', location: { file: 'sets/a:b,c.yaml', line: 12, column: 5 } },
  { code: 'number-as-text', severity: 'info', message: 'Số nhập dạng văn bản "1.245.649", đọc là 1245649', location: { file: 'inbox/21211.xlsx', sheet: 'Nhập liệu', cell: 'G12' } },
];

describe('stylish', () => {
  it('groups by file, one line per problem, hint, count (vi)', () => {
    expect(FORMATTERS.stylish(DIAGNOSTICS, { color: false, lang: 'vi' }).split('\n')).toEqual(
      [
        'indicators/units.yaml',
        '  indicators/units.yaml:4:3  lỗi  Lỗi cú pháp YAML: thiếu }  yaml-syntax',
        '      → Kiểm tra thụt lề',
        '',
        'sets/a:b,c.yaml',
        '  sets/a:b,c.yaml:12:5  cảnh báo  Tỷ lệ "A.01" 50% trung bình\ndòng 2  ratio-averaged',
        '',
        'inbox/21211.xlsx',
        '  inbox/21211.xlsx:Nhập liệu!G12  thông tin  Số nhập dạng văn bản "1.245.649", đọc là 1245649  number-as-text',
        '',
        '✖ 1 lỗi, 1 cảnh báo, 1 thông tin',
        '',
      ]
        .join('\n')
        .split('\n'),
    );
  });

  it('uses English severity words with lang en', () => {
    const out = FORMATTERS.stylish(DIAGNOSTICS.slice(0, 1), { color: false, lang: 'en' });
    expect(out).toContain('indicators/units.yaml:4:3  error  ');
    expect(out).toContain('✖ 1 error(s), 0 warning(s), 0 info');
  });

  it('says so when clean', () => {
    expect(FORMATTERS.stylish([], { color: false, lang: 'vi' })).toBe('✔ 0 lỗi, 0 cảnh báo, 0 thông tin\n');
  });
});

describe('github', () => {
  it('writes escaped workflow commands', () => {
    expect(FORMATTERS.github(DIAGNOSTICS, { color: false, lang: 'vi' }).split('\n')).toEqual([
      '::error file=indicators/units.yaml,line=4,col=3,title=yaml-syntax::Lỗi cú pháp YAML: thiếu }%0AKiểm tra thụt lề',
      '::warning file=sets/a%3Ab%2Cc.yaml,line=12,col=5,title=ratio-averaged::Tỷ lệ "A.01" 50%25 trung bình%0Adòng 2',
      '::notice file=inbox/21211.xlsx,title=number-as-text::Nhập liệu!G12: Số nhập dạng văn bản "1.245.649", đọc là 1245649',
      '',
    ]);
  });
});

describe('json', () => {
  it('prints diagnostics and a summary', () => {
    const out = JSON.parse(FORMATTERS.json(DIAGNOSTICS, { color: false, lang: 'vi', summary: { indicators: 3 } }));
    expect(out.summary).toEqual({ errors: 1, warnings: 1, infos: 1, indicators: 3 });
    expect(out.diagnostics[2]).toEqual({
      code: 'number-as-text',
      severity: 'info',
      message: 'Số nhập dạng văn bản "1.245.649", đọc là 1245649',
      location: { file: 'inbox/21211.xlsx', sheet: 'Nhập liệu', cell: 'G12' },
    });
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with rules and located results', () => {
    const log = JSON.parse(FORMATTERS.sarif(DIAGNOSTICS, { color: false, lang: 'en', version: '1.2.3' }));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'indicators', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['number-as-text', 'ratio-averaged', 'yaml-syntax']);
    expect(run.tool.driver.rules[2].shortDescription.text).toBe('YAML syntax error');
    expect(run.results[0]).toEqual({
      ruleId: 'yaml-syntax',
      level: 'error',
      message: { text: 'Lỗi cú pháp YAML: thiếu }\nKiểm tra thụt lề' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'indicators/units.yaml' }, region: { startLine: 4, startColumn: 3 } } }],
    });
    expect(run.results[2].level).toBe('note');
    expect(run.results[2].locations[0].logicalLocations).toEqual([{ name: 'Nhập liệu!G12', kind: 'member' }]);
  });
});

describe('stylish: a code repeated across many files', () => {
  const repeated = (n: number): Diagnostic[] =>
    Array.from(
      { length: n },
      (_, i) =>
        ({
          code: 'output-exists',
          severity: 'error',
          message: 'Tệp đã tồn tại với nội dung khác; không ghi đè',
          location: { file: `out/${1000 + i}_tiny_2026-Q1.xlsx` },
          hint: 'Dùng --force để ghi đè.',
        }) satisfies Diagnostic,
    );

  it('is one entry with the count and the first files, not one block per file', () => {
    const out = FORMATTERS.stylish([...repeated(116), DIAGNOSTICS[0]], { color: false, lang: 'vi' });
    expect(out.match(/output-exists/g)).toHaveLength(1);
    expect(out).toContain('116');
    expect(out).toContain('out/1000_tiny_2026-Q1.xlsx');
    expect(out).not.toContain('out/1115_tiny_2026-Q1.xlsx');
    expect(out).toContain('và 111 tệp khác');
    expect(out).toContain('indicators/units.yaml:4:3');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 117 lỗi, 0 cảnh báo, 0 thông tin');
    expect(out.split('\n').length).toBeLessThan(15);
    expect(FORMATTERS.stylish(repeated(116), { color: false, lang: 'en' })).toContain('and 111 more files');
  });

  it('counts units, not files, when the places are units that sent nothing', () => {
    const missing = ['SNV', '21457', '21388', '21343', '23512', '21109', '21154'].map((unit): Diagnostic => ({
      code: 'missing-submission',
      severity: 'warning',
      message: `Đơn vị "${unit}" chưa nộp báo cáo`,
      location: { file: unit },
    }));
    const out = FORMATTERS.stylish(missing, { color: false, lang: 'vi' });
    expect(out).toContain('7 đơn vị');
    expect(out).toContain('và 2 đơn vị khác');
    expect(out).not.toContain('tệp');
    expect(FORMATTERS.stylish(missing, { color: false, lang: 'en' })).toContain('and 2 more units');
  });

  it('keeps every diagnostic at a sheet and cell in its place, however many files have it', () => {
    const atCells = Array.from({ length: 7 }, (_, i): Diagnostic => ({
      code: 'number-as-text',
      severity: 'info',
      message: 'Số nhập dạng văn bản',
      location: { file: `in/${1000 + i}.xlsx`, sheet: 'Nhập liệu', cell: `G${10 + i}` },
    }));
    const out = FORMATTERS.stylish(atCells, { color: false, lang: 'vi' });
    expect(out.match(/number-as-text/g)).toHaveLength(7);
    expect(out).toContain('in/1006.xlsx:Nhập liệu!G16');
  });

  it('keeps up to five files as they are', () => {
    const out = FORMATTERS.stylish(repeated(5), { color: false, lang: 'vi' });
    expect(out.match(/output-exists/g)).toHaveLength(5);
  });

  it('keeps every diagnostic in json, github and sarif', () => {
    expect(JSON.parse(FORMATTERS.json(repeated(116), { color: false, lang: 'vi' })).diagnostics).toHaveLength(116);
    expect(FORMATTERS.github(repeated(116), { color: false, lang: 'vi' }).trimEnd().split('\n')).toHaveLength(116);
    expect(JSON.parse(FORMATTERS.sarif(repeated(116), { color: false, lang: 'vi' })).runs[0].results).toHaveLength(116);
  });
});
