import { pick } from '../diagnostics/index.js';
import { COL, rowKeyFor } from '../model/layout/index.js';
import { evaluateComparison, parseComparison, referencesOf } from '../model/formula/index.js';
import { report, type FileContext } from './file-context.js';

/** The set's rules on this file's totals, and totals against the sum of their categories. */
export function checkRulesAndSums(ctx: FileContext): void {
  const num = (key: string) => {
    const v = ctx.values.get(key);
    return typeof v === 'number' ? v : undefined;
  };
  for (const rule of ctx.set.rules) {
    const parsed = parseComparison(rule.expr);
    if (!parsed.ok) continue;
    const codes = [...referencesOf(parsed.value.left), ...referencesOf(parsed.value.right)];
    if (!codes.every((c) => ctx.rows.has(c))) continue;
    const result = evaluateComparison(parsed.value, num, rule.tolerance ?? 1e-9);
    if (!result || result.holds) continue;
    report(
      ctx,
      'rule-violated',
      `${COL.value}${ctx.rows.get(codes[0])}`,
      { message: pick({ vi: rule.message, en: rule.message_en ?? rule.message }), expr: rule.expr, detail: `${round(result.left)} ${parsed.value.op} ${round(result.right)}` },
      rule.severity ?? 'warning',
    );
  }
  for (const r of ctx.plan.valueRows) {
    if (!r.hasCategories || r.indicator.formula || r.indicator.aggregation !== 'sum') continue;
    const total = num(r.key);
    if (total === undefined) continue;
    for (const b of r.indicator.breakdown ?? []) {
      const cats = ctx.set.breakdowns.find((x) => x.id === b)?.categories ?? [];
      const parts = cats.map((c) => num(rowKeyFor(r.indicator.code, b, c.code)));
      if (parts.some((p) => p === undefined)) continue;
      const sum = parts.reduce((a, p) => a! + p!, 0)!;
      if (Math.abs(sum - total) > 0.5) report(ctx, 'breakdown-sum-mismatch', `${COL.value}${ctx.rows.get(r.key)}`, { code: r.indicator.code, total, sum: round(sum) });
    }
  }
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
