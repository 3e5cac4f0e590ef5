/** A parsed formula: + - * / over numbers and indicator codes (design §3). */
export type Expr =
  { kind: 'number'; value: number } | { kind: 'ref'; code: string; offset: number } | { kind: 'neg'; operand: Expr } | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

export type Comparator = '<' | '<=' | '=' | '>=' | '>' | '!=';

/** A rule expression: two formulas compared. */
export interface Comparison {
  left: Expr;
  op: Comparator;
  right: Expr;
}

/** A parse failure with the 0-based offset in the source text; `describeFormulaError` words it. */
export interface FormulaError {
  kind: 'bad-char' | 'unexpected' | 'expected-operand' | 'unclosed' | 'expected-comparison' | 'too-deep' | 'too-long';
  /** The offending text, if any. */
  token?: string;
  offset: number;
}
