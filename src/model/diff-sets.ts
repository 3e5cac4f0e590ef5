import type { Indicator, IndicatorSet } from './types.js';

/** The indicator fields whose change matters to the units that fill the forms. */
export const WATCHED = ['name', 'unit', 'value_type', 'frequency', 'owner', 'formula', 'reported_by', 'breakdown'] as const;
export type WatchedField = (typeof WATCHED)[number];

export interface IndicatorChange {
  code: string;
  field: WatchedField;
  from: string;
  to: string;
}

export interface SetDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  added: string[];
  removed: string[];
  /** A code that changed while the name stayed (the indicator was re-coded). */
  recoded: { from: string; to: string }[];
  changed: IndicatorChange[];
}

const show = (v: unknown): string => (v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));

/** What changed between two versions of a set, indicator by indicator. Pure; deterministic order (by code). */
export function diffSets(older: IndicatorSet, newer: IndicatorSet): SetDiff {
  const before = new Map(older.indicators.map((i) => [i.code, i]));
  const after = new Map(newer.indicators.map((i) => [i.code, i]));
  let removed = [...before.keys()].filter((c) => !after.has(c)).sort();
  let added = [...after.keys()].filter((c) => !before.has(c)).sort();
  const recoded: SetDiff['recoded'] = [];
  for (const code of [...removed]) {
    const match = added.find((a) => after.get(a)!.name === before.get(code)!.name);
    if (!match) continue;
    recoded.push({ from: code, to: match });
    removed = removed.filter((c) => c !== code);
    added = added.filter((c) => c !== match);
  }
  const changed: IndicatorChange[] = [];
  const pairs: [Indicator, Indicator][] = [
    ...[...before.keys()]
      .filter((c) => after.has(c))
      .sort()
      .map((c) => [before.get(c)!, after.get(c)!] as [Indicator, Indicator]),
    ...recoded.map((r) => [before.get(r.from)!, after.get(r.to)!] as [Indicator, Indicator]),
  ];
  for (const [a, b] of pairs) {
    for (const field of WATCHED) {
      const [x, y] = [show(a[field]), show(b[field])];
      if (x !== y) changed.push({ code: b.code, field, from: x, to: y });
    }
  }
  return { from: { id: older.info.id, version: older.info.version }, to: { id: newer.info.id, version: newer.info.version }, added, removed, recoded, changed };
}

/** How many things changed in all. */
export function diffSize(d: SetDiff): number {
  return d.added.length + d.removed.length + d.recoded.length + d.changed.length;
}
