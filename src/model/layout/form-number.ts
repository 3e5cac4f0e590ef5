import { indicatorsOwed } from '../owes.js';
import type { Period } from '../period.js';
import type { Indicator, IndicatorSet, Unit } from '../types.js';

// The number of each unit's form in a period ("01", "02" …): it identifies the rows, not the kind of unit. Units whose
// forms hold the same indicators get the same number; different rows, different numbers. Forms are numbered in the
// order units.yaml first lists a unit receiving them, so the numbers depend only on the set and the period's frequency
// (Q1 and Q3 forms carry the same numbers) and a run for some units (`--units`) numbers like a run for all.

/** A unit's form in a period: its number, and the indicators on it (`indicatorsOwed`; shared by the units owing the same rows). */
export interface UnitForm {
  no: string;
  owed: readonly Indicator[];
  /** The province's own unit: not numbered among the forms (its form, if it owes one, reads 01). */
  unnumbered?: true;
}

/**
 * The form of `unit` in `period`, or undefined when it owes nothing: its rows are what `indicatorsOwed` gives, worked
 * out once per set and frequency for every unit (check plans a form per file; numbering needs every unit's rows anyway).
 */
export function formOf(set: IndicatorSet, unit: Unit, period: Period): UnitForm | undefined {
  return formsOf(set, period).get(String(unit.code));
}

/** Unit code → form number for every unit owing something in the period (pure; cached per set and frequency). */
export function formNumbers(set: IndicatorSet, period: Period): ReadonlyMap<string, string> {
  return new Map([...formsOf(set, period)].filter(([, form]) => !form.unnumbered).map(([code, form]) => [code, form.no]));
}

const cache = new WeakMap<IndicatorSet, Map<string, Map<string, UnitForm>>>();

function formsOf(set: IndicatorSet, period: Period): ReadonlyMap<string, UnitForm> {
  let bySet = cache.get(set);
  if (!bySet) cache.set(set, (bySet = new Map()));
  // Every period of a frequency asks for the same indicators (isDueIn looks at the period's length and frequency only).
  const key = period.frequency;
  let forms = bySet.get(key);
  if (forms) return forms;
  forms = new Map();
  const byRows = new Map<string, UnitForm>();
  for (const unit of set.units) {
    const owed = indicatorsOwed(set, unit, period);
    if (owed.length === 0) continue;
    if (unit.kind === 'province') {
      forms.set(String(unit.code), { no: '01', owed, unnumbered: true });
      continue;
    }
    const rows = owed.map((i) => i.code).join('\n');
    let form = byRows.get(rows);
    if (!form) byRows.set(rows, (form = { no: String(byRows.size + 1).padStart(2, '0'), owed }));
    forms.set(String(unit.code), form);
  }
  bySet.set(key, forms);
  return forms;
}
