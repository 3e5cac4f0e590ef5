import type { Expr } from '../formula/index.js';

/**
 * Turns a parsed formula into an Excel formula over value cells. Blank components give a blank result
 * (a blank is never zero) and a division by zero gives a blank, not #DIV/0!.
 */
export function excelFormula(expr: Expr, cellOf: (code: string) => string | undefined): { formula: string; inputs: string[] } | undefined {
  const inputs: string[] = [];
  let missing = false;
  const walk = (e: Expr, parentPrec: number): string => {
    switch (e.kind) {
      case 'number':
        return String(e.value);
      case 'ref': {
        const cell = cellOf(e.code);
        if (!cell) {
          missing = true;
          return '0';
        }
        if (!inputs.includes(cell)) inputs.push(cell);
        return cell;
      }
      case 'neg':
        return `-${walk(e.operand, 3)}`;
      case 'binary': {
        const prec = e.op === '+' || e.op === '-' ? 1 : 2;
        const text = `${walk(e.left, prec)}${e.op}${walk(e.right, prec + 1)}`;
        return prec < parentPrec ? `(${text})` : text;
      }
    }
  };
  const body = walk(expr, 0);
  if (missing) return undefined;
  if (inputs.length === 0) return { formula: body, inputs };
  return { formula: `IF(COUNT(${inputs.join(',')})<${inputs.length},"",IFERROR(${body},""))`, inputs };
}
