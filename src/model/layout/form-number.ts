import { indicatorsOwed } from '../owes.js';
import type { Period } from '../period.js';
import type { IndicatorSet, Unit } from '../types.js';

/**
 * The number of each unit's form in a period ("01", "02" …): it identifies the rows, not the kind of unit. Units whose
 * forms hold the same indicators get the same number; different rows, different numbers. Forms are numbered in the
 * order units.yaml first lists a unit receiving them, so the numbers depend only on the set and the period's frequency
 * (Q1 and Q3 forms carry the same numbers) and a run for some units (`--units`) numbers like a run for all.
 */
export function formNumberOf(set: IndicatorSet, unit: Unit, period: Period): string | undefined {
  return formNumbers(set, period).get(unit.code);
}

const cache = new WeakMap<IndicatorSet, Map<string, Map<string, string>>>();

/** Unit code → form number for every unit owing something in the period (pure; cached per set and frequency). */
export function formNumbers(set: IndicatorSet, period: Period): ReadonlyMap<string, string> {
  let bySet = cache.get(set);
  if (!bySet) cache.set(set, (bySet = new Map()));
  // Every period of a frequency asks for the same indicators (isDueIn looks at lengths only).
  const key = period.frequency;
  let numbers = bySet.get(key);
  if (numbers) return numbers;
  numbers = new Map();
  const byRows = new Map<string, string>();
  for (const unit of set.units) {
    if (unit.kind === 'province') continue;
    const owed = indicatorsOwed(set, unit, period);
    if (owed.length === 0) continue;
    const rows = owed.map((i) => i.code).join('\n');
    let no = byRows.get(rows);
    if (!no) byRows.set(rows, (no = String(byRows.size + 1).padStart(2, '0')));
    numbers.set(String(unit.code), no);
  }
  bySet.set(key, numbers);
  return numbers;
}
