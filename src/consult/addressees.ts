import { basename, dirname } from 'node:path';
import type { IndicatorSet, Unit } from '../model/types.js';

/**
 * Everyone a comment form can go to, in the order of the Office's request for comments (seed 001): every unit of
 * units.yaml but the province, then every agency of agencies.yaml that is not a unit (tax, statistics, treasury, the
 * State Bank, customs, the military command: they cooperate but do not report), as an agency of kind `other`.
 */
export function consultCandidates(set: Pick<IndicatorSet, 'units' | 'agencies'>): Unit[] {
  const units = set.units.filter((u) => u.kind !== 'province');
  const codes = new Set(set.units.map((u) => u.code));
  const agencies = set.agencies
    .filter((a) => !codes.has(a.code) && !(a.unit && codes.has(a.unit)))
    .map((a): Unit => ({ code: a.code, name: a.name, ...(a.name_en ? { name_en: a.name_en } : {}), kind: 'other' }));
  return [...units, ...agencies];
}

/**
 * The units asked: those named (`--unit`), else every candidate but the drafting office (`drafting_unit` of set.yaml),
 * which runs the consultation and does not comment on its own draft.
 */
export function consultAddressees(set: Pick<IndicatorSet, 'units' | 'agencies' | 'info'>, named?: readonly string[]): Unit[] {
  const candidates = consultCandidates(set);
  if (named) return candidates.filter((u) => named.includes(u.code));
  return candidates.filter((u) => u.code !== set.info.drafting_unit);
}

/** The unit a file's path names: `<unit>_…` or `<unit>.pdf`, else the folder it is in. */
export function unitFromPath(file: string, set: Pick<IndicatorSet, 'units' | 'agencies'>): string | undefined {
  const codes = new Set(consultCandidates(set).map((u) => u.code));
  const name = basename(file)
    .normalize('NFC')
    .replace(/\.[^.]+$/, '');
  const folder = basename(dirname(file)).normalize('NFC');
  return [name.split('_')[0], name, folder].find((c) => codes.has(c));
}
