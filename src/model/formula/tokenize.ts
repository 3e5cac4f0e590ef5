import type { FormulaError } from './ast.js';

export type Token =
  | { type: 'number'; value: number; offset: number; text: string }
  | { type: 'ref'; code: string; offset: number; text: string }
  | { type: 'op'; value: string; offset: number; text: string }
  | { type: 'end'; offset: number; text: string };

/** Indicator codes start with a letter and may hold letters, digits, `.` and `_` (CDS.03a, CCHC_01). */
const CODE = /[A-Za-z][A-Za-z0-9._]*/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const OPERATOR = /<=|>=|!=|<>|==|[-+*/()<>=]/y;
const SPACE = /[ \t\r\n\u00a0]+/y;

function matchAt(re: RegExp, text: string, i: number): string | undefined {
  re.lastIndex = i;
  return re.exec(text)?.[0];
}

/** Splits a formula into tokens; never throws. A code's trailing dot (`A.`) is left out of the code. */
export function tokenize(text: string): { tokens: Token[]; error?: FormulaError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const space = matchAt(SPACE, text, i);
    if (space) {
      i += space.length;
      continue;
    }
    const code = matchAt(CODE, text, i)?.replace(/[._]+$/, '');
    if (code) {
      tokens.push({ type: 'ref', code, offset: i, text: code });
      i += code.length;
      continue;
    }
    const num = matchAt(NUMBER, text, i);
    if (num) {
      tokens.push({ type: 'number', value: Number(num), offset: i, text: num });
      i += num.length;
      continue;
    }
    const op = matchAt(OPERATOR, text, i);
    if (op) {
      const value = op === '==' ? '=' : op === '<>' ? '!=' : op;
      tokens.push({ type: 'op', value, offset: i, text: op });
      i += op.length;
      continue;
    }
    return { tokens, error: { kind: 'bad-char', token: text[i], offset: i } };
  }
  tokens.push({ type: 'end', offset: text.length, text: '' });
  return { tokens };
}
