import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { closest } from '../../schema/closest.js';
import { describeFormulaError, divisorsOf, parseFormula, referencesOf } from '../formula/index.js';
import { reporterCodes } from '../reporters.js';
import type { Indicator } from '../types.js';
import { mayBeDeclared } from './declared.js';
import { at } from './locate.js';
import type { CheckContext, SetCheck } from './types.js';

/** Parsed formulas of the set's derived indicators, by code (only the ones that parse). */
export function parsedFormulas(ctx: CheckContext): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const ind of ctx.set.indicators) {
    if (!ind.formula) continue;
    const parsed = parseFormula(ind.formula);
    if (parsed.ok) refs.set(ind.code, referencesOf(parsed.value));
  }
  return refs;
}

/** Formulas parse and use only declared indicator codes. */
export const formulaSyntax: SetCheck = ({ set, declared }) => {
  const out: Diagnostic[] = [];
  const known = [...declared.indicators];
  for (const ind of set.indicators) {
    if (!ind.formula) continue;
    const parsed = parseFormula(ind.formula);
    const location = at(set, 'indicator', ind.code, 'formula');
    if (!parsed.ok) {
      out.push(makeDiagnostic('formula-syntax', { location, params: { expr: ind.formula, detail: describeFormulaError(parsed.error) } }));
      continue;
    }
    for (const code of referencesOf(parsed.value)) {
      if (!mayBeDeclared(declared, 'indicators', code)) {
        out.push(makeDiagnostic('unknown-indicator', { location, params: { code, suggestion: closest(code, known) } }));
      }
    }
  }
  return out;
};

/**
 * Components of a derived indicator have its frequency, are reported by at least its units, carry its breakdown,
 * and a divisor that may be zero is a warning.
 */
export const formulaComponents: SetCheck = (ctx) => {
  const { set } = ctx;
  const out: Diagnostic[] = [];
  const byCode = new Map<string, Indicator>();
  for (const i of set.indicators) if (!byCode.has(i.code)) byCode.set(i.code, i); // the first declaration wins
  const reporters = new Map<string, Set<string>>();
  const reportersOf = (ind: Indicator) => {
    let r = reporters.get(ind.code);
    if (!r) reporters.set(ind.code, (r = new Set(reporterCodes(ind, set))));
    return r;
  };
  for (const ind of set.indicators) {
    if (!ind.formula) continue;
    const parsed = parseFormula(ind.formula);
    if (!parsed.ok) continue;
    const location = at(set, 'indicator', ind.code, 'formula');
    for (const code of referencesOf(parsed.value)) {
      const component = byCode.get(code);
      if (!component) continue;
      const params = { code: ind.code, component: code };
      if (component.frequency !== ind.frequency) {
        out.push(makeDiagnostic('formula-frequency', { location, params: { ...params, frequency: ind.frequency, componentFrequency: component.frequency } }));
      }
      const same = component.reported_by === ind.reported_by; // the same group keyword: nothing to compare
      const mine = same ? undefined : reportersOf(component);
      if (mine && [...reportersOf(ind)].some((u) => !mine.has(u))) out.push(makeDiagnostic('formula-reporters', { location, params }));
      for (const b of ind.breakdown ?? []) {
        if (!(component.breakdown ?? []).includes(b)) out.push(makeDiagnostic('formula-breakdown', { location, params: { ...params, breakdown: b } }));
      }
    }
    for (const code of divisorsOf(parsed.value)) {
      const component = byCode.get(code);
      if (component && !component.formula && !((component.constraints?.min ?? 0) > 0)) {
        out.push(makeDiagnostic('formula-division', { location, params: { code: ind.code, component: code } }));
      }
    }
  }
  return out;
};
