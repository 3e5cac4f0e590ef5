import { evaluate, parseFormula } from '../model/formula/index.js';
import { rowKeyFor } from '../model/layout/index.js';
import type { Indicator } from '../model/types.js';

type Values = Map<string, number | string | boolean | undefined>;

/**
 * A unit's derived values whose components came from different returns (CDS.02 = CDS.02a typed on the form over
 * CDS.02b collected from the population database): neither return could compute them, so they are computed here, once
 * the unit's values are together. A value a return computed is kept; a blank component leaves the value blank.
 * `offForm` names the derived indicators the unit owes that are no row of its form (`derivedOffForm`): computed too.
 */
export function combineDerived(indicators: readonly Indicator[], values: Values, breakdownCategories: (id: string) => readonly string[], offForm: ReadonlySet<string> = new Set()): void {
  for (const ind of indicators) {
    if (!ind.formula) continue;
    const parsed = parseFormula(ind.formula);
    if (!parsed.ok) continue;
    const keys: { key: string; b?: string; c?: string }[] = [{ key: ind.code }, ...(ind.breakdown ?? []).flatMap((b) => breakdownCategories(b).map((c) => ({ key: rowKeyFor(ind.code, b, c), b, c })))];
    for (const { key, b, c } of keys) {
      // Only rows the unit owes (held by its returns, or off its form), and only those no return could compute.
      if ((!values.has(key) && !offForm.has(ind.code)) || typeof values.get(key) === 'number') continue;
      const value = evaluate(parsed.value, (code) => {
        const v = values.get(rowKeyFor(code, b, c));
        return typeof v === 'number' ? v : undefined;
      });
      if (value !== undefined) values.set(key, value);
    }
  }
}
