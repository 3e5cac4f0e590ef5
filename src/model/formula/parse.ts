import type { Comparator, Comparison, Expr, FormulaError } from './ast.js';
import { tokenize, type Token } from './tokenize.js';

/** Deepest nesting accepted; deeper input is refused instead of overflowing the stack. */
const MAX_DEPTH = 200;
/**
 * Most tokens in one formula (README, limits). A chain of N terms is a tree N deep, and every later walk over it
 * (references, evaluation, the Excel formula) recurses: 1,000 tokens is far beyond any real indicator.
 */
export const MAX_FORMULA_TOKENS = 1_000;

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.pos];
  }
  next(): Token {
    return this.tokens[this.pos++];
  }
  isOp(value: string): boolean {
    const t = this.peek();
    return t.type === 'op' && t.value === value;
  }

  // expr := term (('+'|'-') term)*
  expr(depth: number): Expr {
    let left = this.term(depth);
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next() as Token & { value: '+' | '-' };
      left = { kind: 'binary', op: op.value, left, right: this.term(depth) };
    }
    return left;
  }

  // term := unary (('*'|'/') unary)*
  term(depth: number): Expr {
    let left = this.unary(depth);
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.next() as Token & { value: '*' | '/' };
      left = { kind: 'binary', op: op.value, left, right: this.unary(depth) };
    }
    return left;
  }

  // unary := '-' unary | '+' unary | primary
  unary(depth: number): Expr {
    if (depth > MAX_DEPTH) throw { kind: 'too-deep', offset: this.peek().offset } satisfies FormulaError;
    if (this.isOp('-')) {
      this.next();
      return { kind: 'neg', operand: this.unary(depth + 1) };
    }
    if (this.isOp('+')) {
      this.next();
      return this.unary(depth + 1);
    }
    return this.primary(depth);
  }

  primary(depth: number): Expr {
    const t = this.next();
    if (t.type === 'number') return { kind: 'number', value: t.value };
    if (t.type === 'ref') return { kind: 'ref', code: t.code, offset: t.offset };
    if (t.type === 'op' && t.value === '(') {
      const inner = this.expr(depth + 1);
      const close = this.next();
      if (!(close.type === 'op' && close.value === ')')) {
        throw { kind: 'unclosed', offset: close.offset, token: close.text || undefined } satisfies FormulaError;
      }
      return inner;
    }
    throw { kind: 'expected-operand', offset: t.offset, token: t.text || undefined } satisfies FormulaError;
  }
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: FormulaError };

function run<T>(text: string, body: (p: Parser) => T): ParseResult<T> {
  const { tokens, error } = tokenize(text);
  if (error) return { ok: false, error };
  if (tokens.length > MAX_FORMULA_TOKENS) return { ok: false, error: { kind: 'too-long', offset: tokens[MAX_FORMULA_TOKENS].offset } };
  const parser = new Parser(tokens);
  try {
    const value = body(parser);
    const rest = parser.peek();
    if (rest.type !== 'end') return { ok: false, error: { kind: 'unexpected', offset: rest.offset, token: rest.text } };
    return { ok: true, value };
  } catch (e) {
    if (e && typeof e === 'object' && 'kind' in e) return { ok: false, error: e as FormulaError };
    throw e;
  }
}

/** Parses an arithmetic formula (`CDS.03a / CDS.03b * 100`). Never throws. */
export function parseFormula(text: string): ParseResult<Expr> {
  let parsed = parsedFormulas.get(text);
  if (!parsed) {
    parsed = run(text, (p) => p.expr(0));
    // Every form of a set uses the same few formulas: parse each once (results are never modified).
    if (parsedFormulas.size < 10_000) parsedFormulas.set(text, parsed);
  }
  return parsed;
}

const parsedFormulas = new Map<string, ParseResult<Expr>>();

const COMPARATORS = new Set(['<', '<=', '=', '>=', '>', '!=']);

/** Parses a rule expression: `formula comparator formula`. Never throws. */
export function parseComparison(text: string): ParseResult<Comparison> {
  let parsed = parsedComparisons.get(text);
  if (!parsed) {
    parsed = run(text, (p) => {
      const left = p.expr(0);
      const t = p.next();
      if (!(t.type === 'op' && COMPARATORS.has(t.value))) {
        throw { kind: 'expected-comparison', offset: t.offset, token: t.text || undefined } satisfies FormulaError;
      }
      return { left, op: t.value as Comparator, right: p.expr(0) };
    });
    // `check` holds every rule against every file: parse each once, like formulas (results are never modified).
    if (parsedComparisons.size < 10_000) parsedComparisons.set(text, parsed);
  }
  return parsed;
}

const parsedComparisons = new Map<string, ParseResult<Comparison>>();
