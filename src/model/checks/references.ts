import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { closest } from '../../schema/closest.js';
import { ownerUnitCode } from '../reporters.js';
import { mayBeDeclared } from './declared.js';
import { at } from './locate.js';
import type { SetCheck } from './types.js';

/** Owners and cooperating agencies exist in agencies.yaml. */
export const unknownAgencies: SetCheck = ({ set, declared }) => {
  const out: Diagnostic[] = [];
  const known = [...declared.agencies];
  for (const ind of set.indicators) {
    const refs: [string, (string | number)[]][] = [[String(ind.owner), ['owner']]];
    (ind.cooperating ?? []).forEach((c, i) => refs.push([String(c), ['cooperating', i]]));
    for (const [code, field] of refs) {
      if (mayBeDeclared(declared, 'agencies', code)) continue;
      out.push(
        makeDiagnostic('unknown-agency', {
          location: at(set, 'indicator', ind.code, ...field),
          params: { code, field: field[0] as string, suggestion: closest(code, known) },
        }),
      );
    }
  }
  return out;
};

/** Unit codes in reported_by lists and in agencies' `unit` exist; a province-level indicator's owner has a unit. */
export const unknownUnits: SetCheck = ({ set, declared }) => {
  const out: Diagnostic[] = [];
  const known = [...declared.units];
  const report = (code: string, location: ReturnType<typeof at>) => out.push(makeDiagnostic('unknown-unit', { location, params: { code, suggestion: closest(code, known) } }));
  for (const ind of set.indicators) {
    if (Array.isArray(ind.reported_by)) {
      ind.reported_by.forEach((code, i) => {
        if (!mayBeDeclared(declared, 'units', code)) report(code, at(set, 'indicator', ind.code, 'reported_by', i));
      });
    } else if (ind.reported_by === 'province' && declared.agencies.has(ind.owner)) {
      const unit = ownerUnitCode(ind, set);
      if (!mayBeDeclared(declared, 'units', unit)) report(unit, at(set, 'indicator', ind.code, 'owner'));
    }
  }
  for (const agency of set.agencies) {
    if (agency.unit !== undefined && !mayBeDeclared(declared, 'units', agency.unit)) report(agency.unit, at(set, 'agency', agency.code, 'unit'));
  }
  return out;
};

/** Breakdown ids used by indicators exist in breakdowns.yaml. */
export const unknownBreakdowns: SetCheck = ({ set, declared }) => {
  const out: Diagnostic[] = [];
  for (const ind of set.indicators) {
    (ind.breakdown ?? []).forEach((id, i) => {
      if (mayBeDeclared(declared, 'breakdowns', id)) return;
      out.push(
        makeDiagnostic('unknown-breakdown', {
          location: at(set, 'indicator', ind.code, 'breakdown', i),
          params: { code: id, known: [...declared.breakdowns].join(', ') },
        }),
      );
    });
  }
  return out;
};
