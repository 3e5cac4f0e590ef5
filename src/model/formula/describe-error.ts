import { formulaErrors, textsOf } from '../../i18n/index.js';
import type { FormulaError } from './ast.js';

/** Words a formula parse error in the current language, with its 1-based position. */
export function describeFormulaError(error: FormulaError): string {
  return textsOf(formulaErrors)[error.kind](error.token ?? '', error.offset + 1);
}
