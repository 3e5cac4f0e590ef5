import { defineCatalog } from './catalog.js';

// Words the model produces: period texts, formula and YAML parse errors, schema error wording, and quoted-text
// truncation. The diagnostics that carry them are in src/i18n/diagnostics/.

interface PeriodTexts {
  year: (y: number) => string;
  nineMonths: (y: number) => string;
  /** `half` is 1 or 2. */
  halfYear: (half: number, y: number) => string;
  /** `quarter` is 1 to 4. */
  quarter: (quarter: number, y: number) => string;
  /** `month` is 1 to 12. */
  month: (month: number, y: number) => string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý I năm 2026", "6 tháng đầu năm 2026", "Tháng 03/2026" / "Q1 2026", "H1 2026", "March 2026". */
export const periodTexts = defineCatalog<PeriodTexts>(
  {
    year: (y) => `Năm ${y}`,
    nineMonths: (y) => `9 tháng năm ${y}`,
    halfYear: (half, y) => (half === 1 ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`),
    quarter: (quarter, y) => `Quý ${ROMAN[quarter - 1]} năm ${y}`,
    month: (month, y) => `Tháng ${String(month).padStart(2, '0')}/${y}`,
  },
  {
    year: (y) => `Year ${y}`,
    nineMonths: (y) => `First nine months of ${y}`,
    halfYear: (half, y) => `H${half} ${y}`,
    quarter: (quarter, y) => `Q${quarter} ${y}`,
    month: (month, y) => `${new Date(Date.UTC(y, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${y}`,
  },
);

type FormulaErrorKind = 'bad-char' | 'unexpected' | 'expected-operand' | 'unclosed' | 'expected-comparison' | 'too-long' | 'too-deep';

/** A formula parse error, from the offending token (may be empty) and its 1-based position. */
export const formulaErrors = defineCatalog<Record<FormulaErrorKind, (tok: string, at: number) => string>>(
  {
    'bad-char': (tok, at) => `ký tự không hợp lệ "${tok}" ở vị trí ${at}`,
    unexpected: (tok, at) => `thừa "${tok}" ở vị trí ${at}`,
    'expected-operand': (tok, at) => (tok ? `cần số hoặc mã chỉ số ở vị trí ${at}, gặp "${tok}"` : `thiếu số hoặc mã chỉ số ở cuối biểu thức`),
    unclosed: (_tok, at) => `thiếu dấu ")" ở vị trí ${at}`,
    'expected-comparison': (_tok, at) => `cần phép so sánh (<, <=, =, >=, >, !=) ở vị trí ${at}`,
    'too-long': (_tok, at) => `biểu thức quá dài (quá 1.000 phần tử, ở vị trí ${at})`,
    'too-deep': (_tok, at) => `biểu thức lồng quá sâu ở vị trí ${at}`,
  },
  {
    'bad-char': (tok, at) => `invalid character "${tok}" at position ${at}`,
    unexpected: (tok, at) => `unexpected "${tok}" at position ${at}`,
    'expected-operand': (tok, at) => (tok ? `expected a number or code at position ${at}, found "${tok}"` : 'a number or code is missing at the end'),
    unclosed: (_tok, at) => `missing ")" at position ${at}`,
    'expected-comparison': (_tok, at) => `expected a comparison (<, <=, =, >=, >, !=) at position ${at}`,
    'too-long': (_tok, at) => `expression too long (over 1,000 tokens, at position ${at})`,
    'too-deep': (_tok, at) => `expression nested too deeply at position ${at}`,
  },
);

interface YamlTexts {
  /** Our wording of the yaml package's error codes; an unknown code keeps the package's English text. */
  errors: Record<string, string>;
  /** An unclosed `{`, `[` or quote, at the place it was opened. */
  unclosed: (opener: string, closer: string) => string;
  notUtf8: string;
}

export const yamlTexts = defineCatalog<YamlTexts>(
  {
    errors: {
      BAD_INDENT: 'thụt lề không đúng',
      BLOCK_AS_IMPLICIT_KEY: 'khóa không được là một khối nhiều dòng',
      MULTILINE_IMPLICIT_KEY: 'khóa phải nằm trên một dòng (thiếu dấu hai chấm hoặc thụt lề sai?)',
      MISSING_CHAR: 'thiếu ký tự đóng (", \', ], })',
      UNEXPECTED_TOKEN: 'ký tự không mong đợi',
      BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; đặt giá trị trong dấu nháy',
      BLOCK_IN_FLOW: 'không viết khối nhiều dòng bên trong { } hoặc [ ]',
      KEY_OVER_1024_CHARS: 'khóa dài quá 1024 ký tự',
      MISSING_ANCHOR: 'alias trỏ tới anchor không tồn tại',
      BAD_DIRECTIVE: 'chỉ thị YAML không hợp lệ',
      BAD_COLLECTION_TYPE: 'kiểu tập hợp không hợp lệ',
      DUPLICATE_KEY: 'khóa lặp',
      IMPOSSIBLE: 'cấu trúc YAML không đọc được',
      TAG_RESOLVE_FAILED: 'không hiểu thẻ kiểu (!tag)',
      UNEXPECTED_CHARS: 'ký tự thừa sau giá trị',
    },
    unclosed: (opener, closer) => `dấu ${opener} mở ở đây chưa được đóng bằng ${closer}`,
    notUtf8: 'không phải UTF-8 / not UTF-8',
  },
  {
    errors: {
      BAD_INDENT: 'wrong indentation',
      BLOCK_AS_IMPLICIT_KEY: 'a key cannot be a multi-line block',
      MULTILINE_IMPLICIT_KEY: 'a key must be on one line (missing colon or wrong indentation?)',
      MISSING_CHAR: 'a closing character is missing (", \', ], })',
      UNEXPECTED_TOKEN: 'unexpected character',
      BAD_SCALAR_START: 'a value starts with a special character; quote it',
      BLOCK_IN_FLOW: 'no multi-line block inside { } or [ ]',
      KEY_OVER_1024_CHARS: 'a key longer than 1024 characters',
      MISSING_ANCHOR: 'an alias to an unknown anchor',
      BAD_DIRECTIVE: 'invalid YAML directive',
      BAD_COLLECTION_TYPE: 'invalid collection type',
      DUPLICATE_KEY: 'duplicate key',
      IMPOSSIBLE: 'unreadable YAML structure',
      TAG_RESOLVE_FAILED: 'unknown tag (!tag)',
      UNEXPECTED_CHARS: 'extra characters after a value',
    },
    unclosed: (opener, closer) => `the ${opener} opened here is not closed with ${closer}`,
    // The same words in both languages: the reason is shown before --lang is known to every caller.
    notUtf8: 'không phải UTF-8 / not UTF-8',
  },
);

interface SchemaTexts {
  /** JSON types as an error says what was expected. */
  types: Record<string, string>;
  or: string;
  fileRoot: string;
  atLeast: string;
  atMost: string;
  items: string;
  characters: string;
}

export const schemaTexts = defineCatalog<SchemaTexts>(
  {
    types: {
      string: 'chuỗi ký tự',
      integer: 'số nguyên',
      number: 'số',
      boolean: 'true hoặc false',
      array: 'danh sách (- …)',
      object: 'đối tượng (khóa: giá trị)',
      null: 'rỗng',
    },
    or: ' hoặc ',
    fileRoot: '(gốc tệp)',
    atLeast: 'cần ít nhất',
    atMost: 'chỉ được tối đa',
    items: 'phần tử',
    characters: 'ký tự',
  },
  {
    types: { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'true or false', array: 'a list (- …)', object: 'a mapping (key: value)', null: 'null' },
    or: ' or ',
    fileRoot: '(file root)',
    atLeast: 'needs at least',
    atMost: 'allows at most',
    items: 'item(s)',
    characters: 'character(s)',
  },
);
