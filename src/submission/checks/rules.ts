import { pick, type Diagnostic } from '../../diagnostics/index.js';
import { evaluateComparison, parseComparison, referencesOf } from '../../model/formula/index.js';
import { valueCell } from '../../model/layout/index.js';
import { diagnosticAt, numberOf, round2, type FileCheck } from './context.js';

/** The set's rules (rules.yaml) on this file's totals; severity from the rule (warning by default). */
export const rulesHold: FileCheck = (ctx) => {
  const out: Diagnostic[] = [];
  for (const rule of ctx.set.rules) {
    const parsed = parseComparison(rule.expr);
    if (!parsed.ok) continue;
    const codes = [...new Set([...referencesOf(parsed.value.left), ...referencesOf(parsed.value.right)])];
    // A rule over indicators this unit does not report does not apply to its file.
    const row = ctx.rows.get(codes[0]);
    if (row === undefined || !codes.every((c) => ctx.rows.has(c))) continue;
    const result = evaluateComparison(parsed.value, (c) => numberOf(ctx, c), rule.tolerance ?? 1e-9);
    if (!result || result.holds) continue;
    const params = {
      message: pick({ vi: rule.message, en: rule.message_en ?? rule.message }),
      expr: rule.expr,
      detail: `${round2(result.left)} ${parsed.value.op} ${round2(result.right)}`,
      rule: rule.id,
    };
    out.push(diagnosticAt(ctx, 'rule-violated', valueCell(row), params, rule.severity ?? 'warning'));
  }
  return out;
};
