import type { Indicator, IndicatorSet, System } from './types.js';

/**
 * The indicator fields whose change is reported: those that matter to the units that fill the forms, then the 7146
 * attributes of the decision's annex (issue 13).
 */
export const WATCHED = [
  'name',
  'unit',
  'value_type',
  'frequency',
  'owner',
  'formula',
  'reported_by',
  'breakdown',
  'type',
  'collection',
  'system',
  'sharing',
  'legal_basis',
  'baseline',
  'milestones',
  'warning',
  'component',
  'target',
  'higher_code',
] as const;
export type WatchedField = (typeof WATCHED)[number];

/** The fields of a systems.yaml entry whose change is reported. */
export const WATCHED_SYSTEM = ['name', 'name_en', 'owner', 'description'] as const;
export type WatchedSystemField = (typeof WATCHED_SYSTEM)[number];

export interface SystemChange {
  id: string;
  field: WatchedSystemField;
  from: string;
  to: string;
}

/** systems.yaml between the versions. */
export interface SystemsDiff {
  added: string[];
  removed: string[];
  changed: SystemChange[];
}

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
  systems: SystemsDiff;
}

/**
 * A field's value as one line: lists joined by ", ", objects as "key=value" in their schema order (a milestone list
 * as "2025=50, 2026=60"); `collection` absent is the default, form.
 */
function show(v: unknown, field?: WatchedField): string {
  if (v === undefined) return field === 'collection' ? 'form' : '';
  if (Array.isArray(v)) return v.map((x) => (isMilestone(x) ? `${x.year}=${x.value}` : show(x))).join(', ');
  if (typeof v === 'object' && v !== null)
    return Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${k}=${show(x)}`)
      .join(', ');
  return String(v);
}
const isMilestone = (x: unknown): x is { year: number; value: number } => typeof x === 'object' && x !== null && 'year' in x && 'value' in x;

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
      const [x, y] = [show(a[field], field), show(b[field], field)];
      if (x !== y) changed.push({ code: b.code, field, from: x, to: y });
    }
  }
  return {
    from: { id: older.info.id, version: older.info.version },
    to: { id: newer.info.id, version: newer.info.version },
    added,
    removed,
    recoded,
    changed,
    systems: diffSystems(older.systems ?? [], newer.systems ?? []),
  };
}

/** systems.yaml entries added, removed or changed, by id. */
function diffSystems(older: readonly System[], newer: readonly System[]): SystemsDiff {
  const before = new Map(older.map((s) => [s.id, s]));
  const after = new Map(newer.map((s) => [s.id, s]));
  const changed: SystemChange[] = [];
  for (const id of [...before.keys()].filter((k) => after.has(k)).sort()) {
    for (const field of WATCHED_SYSTEM) {
      const [x, y] = [show(before.get(id)![field]), show(after.get(id)![field])];
      if (x !== y) changed.push({ id, field, from: x, to: y });
    }
  }
  return {
    added: [...after.keys()].filter((k) => !before.has(k)).sort(),
    removed: [...before.keys()].filter((k) => !after.has(k)).sort(),
    changed,
  };
}

/** How many things changed in all. */
export function diffSize(d: SetDiff): number {
  const s = d.systems;
  return d.added.length + d.removed.length + d.recoded.length + d.changed.length + (s ? s.added.length + s.removed.length + s.changed.length : 0);
}
