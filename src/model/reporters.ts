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

type UnitGroups = Record<'all' | 'departments' | 'communes', string[]>;
const groupCache = new WeakMap<readonly Unit[], UnitGroups>();

/** Unit codes of each reporting group, computed once per units list (thousands of indicators share them). */
function unitGroups(units: readonly Unit[]): UnitGroups {
  let groups = groupCache.get(units);
  if (!groups) {
    groups = {
      all: units.filter((u) => u.kind !== 'province').map((u) => u.code),
      departments: units.filter((u) => u.kind === 'department').map((u) => u.code),
      communes: units.filter(isCommuneLevel).map((u) => u.code),
    };
    groupCache.set(units, groups);
  }
  return groups;
}

/**
 * Codes of the units that fill in `indicator`, in units.yaml order. Unknown codes are kept (validate reports
 * them). The returned array may be shared: do not modify it.
 */
export function reporterCodes(indicator: Indicator, set: Pick<IndicatorSet, 'units' | 'agencies'>): readonly string[] {
  const rb = indicator.reported_by;
  if (Array.isArray(rb)) return rb;
  if (rb === 'province') return [ownerUnitCode(indicator, set)];
  return unitGroups(set.units)[rb] ?? [];
}
