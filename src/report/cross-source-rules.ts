import { makeDiagnostic, pick, type Diagnostic } from '../diagnostics/index.js';
import { evaluateComparison, parseComparison, referencesOf } from '../model/formula/index.js';
import type { Rule } from '../model/types.js';

type Values = ReadonlyMap<string, number | string | boolean | undefined>;

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The set's rules over a unit's values that came from different returns (`CDS.02a <= CDS.02b`, the form's count
 * against the one collected from a system): no single return could check them, so they are checked once the unit's
 * values are together. `fromSystem` holds the row keys that came from systems; a rule whose indicators all come from
 * one return was checked with that return. Reported at the unit's form, with the rule's severity.
 */
export function crossSourceRules(rules: readonly Rule[], unit: string, values: Values, fromSystem: ReadonlySet<string>, formFile: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const num = (code: string) => {
    const v = values.get(code);
    return typeof v === 'number' ? v : undefined;
  };
  for (const rule of rules) {
    const parsed = parseComparison(rule.expr);
    if (!parsed.ok) continue;
    const codes = [...new Set([...referencesOf(parsed.value.left), ...referencesOf(parsed.value.right)])];
    const collected = codes.filter((c) => fromSystem.has(c)).length;
    if (collected === 0 || collected === codes.length || !codes.every((c) => values.has(c))) continue;
    const result = evaluateComparison(parsed.value, num, rule.tolerance ?? 1e-9);
    if (!result || result.holds) continue;
    const params = {
      message: `${unit}: ${pick({ vi: rule.message, en: rule.message_en ?? rule.message })}`,
      expr: rule.expr,
      detail: `${round2(result.left)} ${parsed.value.op} ${round2(result.right)}`,
      rule: rule.id,
    };
    out.push(makeDiagnostic('rule-violated', { location: { file: formFile }, params, severity: rule.severity ?? 'warning' }));
  }
  return out;
}
