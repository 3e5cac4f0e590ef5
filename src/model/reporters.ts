import type { Indicator, IndicatorSet, Unit } from './types.js';

const COMMUNE_KINDS = new Set(['commune', 'ward', 'special-zone']);

/** True for communes, wards and the special zone (xã, phường, đặc khu). */
export function isCommuneLevel(unit: Unit): boolean {
  return COMMUNE_KINDS.has(unit.kind);
}

/** The unit that reports a `reported_by: province` indicator: the owner agency's unit. */
export function ownerUnitCode(indicator: Indicator, set: Pick<IndicatorSet, 'agencies'>): string {
  const agency = set.agencies.find((a) => a.code === indicator.owner);
  return agency?.unit ?? indicator.owner;
}

/** Codes of the units that fill in `indicator`, in units.yaml order. Unknown codes are kept (validate reports them). */
export function reporterCodes(indicator: Indicator, set: Pick<IndicatorSet, 'units' | 'agencies'>): string[] {
  const rb = indicator.reported_by;
  if (Array.isArray(rb)) return rb.map(String);
  if (rb === 'province') return [ownerUnitCode(indicator, set)];
  return set.units
    .filter((u) =>
      rb === 'communes' ? isCommuneLevel(u) : rb === 'departments' ? u.kind === 'department' : u.kind !== 'province',
    )
    .map((u) => u.code);
}
