import { pick } from '../../diagnostics/index.js';
import type { FormulaError } from './ast.js';

/** Words a formula parse error in the current language, with its 1-based position. */
export function describeFormulaError(error: FormulaError): string {
  const at = error.offset + 1;
  const tok = error.token ?? '';
  const texts = {
    'bad-char': { vi: `ký tự không hợp lệ "${tok}" ở vị trí ${at}`, en: `invalid character "${tok}" at position ${at}` },
    unexpected: { vi: `thừa "${tok}" ở vị trí ${at}`, en: `unexpected "${tok}" at position ${at}` },
    'expected-operand': {
      vi: tok ? `cần số hoặc mã chỉ số ở vị trí ${at}, gặp "${tok}"` : `thiếu số hoặc mã chỉ số ở cuối biểu thức`,
      en: tok ? `expected a number or code at position ${at}, found "${tok}"` : 'a number or code is missing at the end',
    },
    unclosed: { vi: `thiếu dấu ")" ở vị trí ${at}`, en: `missing ")" at position ${at}` },
    'expected-comparison': {
      vi: `cần phép so sánh (<, <=, =, >=, >, !=) ở vị trí ${at}`,
      en: `expected a comparison (<, <=, =, >=, >, !=) at position ${at}`,
    },
    'too-long': { vi: `biểu thức quá dài (quá 1.000 phần tử, ở vị trí ${at})`, en: `expression too long (over 1,000 tokens, at position ${at})` },
    'too-deep': { vi: `biểu thức lồng quá sâu ở vị trí ${at}`, en: `expression nested too deeply at position ${at}` },
  } as const;
  return pick(texts[error.kind]);
}
