import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { closest } from '../../schema/closest.js';
import { isSystemIndicator } from '../collection.js';
import { mayBeDeclared } from './declared.js';
import { at } from './locate.js';
import type { SetCheck } from './types.js';

/**
 * `collection: system` names a system of systems.yaml; a form indicator names none. (Duplicate system ids are
 * `duplicate-code`.)
 */
export const indicatorSystems: SetCheck = ({ set, declared }) => {
  const out: Diagnostic[] = [];
  const known = [...declared.systems];
  for (const ind of set.indicators) {
    if (!isSystemIndicator(ind)) {
      if (ind.system !== undefined) out.push(makeDiagnostic('system-on-form-indicator', { location: at(set, 'indicator', ind.code, 'system'), params: { code: ind.code, system: ind.system } }));
      continue;
    }
    if (ind.system === undefined) {
      out.push(makeDiagnostic('system-missing', { location: at(set, 'indicator', ind.code, 'collection'), params: { code: ind.code, known: known.join(', ') } }));
    } else if (!mayBeDeclared(declared, 'systems', ind.system)) {
      out.push(
        makeDiagnostic('unknown-system', {
          location: at(set, 'indicator', ind.code, 'system'),
          params: { code: ind.code, system: ind.system, known: known.join(', '), suggestion: closest(ind.system, known) },
        }),
      );
    }
  }
  return out;
};

/** The agency that runs each system is in agencies.yaml. */
export const systemOwners: SetCheck = ({ set, declared }) =>
  set.systems
    .filter((s) => !mayBeDeclared(declared, 'agencies', s.owner))
    .map((s) =>
      makeDiagnostic('unknown-system-owner', {
        location: at(set, 'system', s.id, 'owner'),
        params: { system: s.id, owner: s.owner, suggestion: closest(s.owner, [...declared.agencies]) },
      }),
    );
