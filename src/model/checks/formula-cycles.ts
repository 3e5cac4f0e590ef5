import { makeDiagnostic, type Diagnostic } from '../../diagnostics/index.js';
import { parsedFormulas } from './formulas.js';
import { at } from './locate.js';
import type { SetCheck } from './types.js';

/**
 * Derived indicators must not depend on themselves. Iterative depth-first search (a cycle of thousands of
 * indicators must not overflow the stack); each cycle is reported once, on its first member in set order.
 */
export const formulaCycles: SetCheck = (ctx) => {
  const graph = parsedFormulas(ctx);
  const out: Diagnostic[] = [];
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack: { code: string; next: number }[] = [{ code: start, next: 0 }];
    const onPath: string[] = [start];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const deps = graph.get(top.code) ?? [];
      if (top.next >= deps.length) {
        state.set(top.code, 2);
        stack.pop();
        onPath.pop();
        continue;
      }
      const dep = deps[top.next++];
      if (!graph.has(dep)) continue;
      const s = state.get(dep);
      if (s === 1) {
        const cycle = [...onPath.slice(onPath.indexOf(dep)), dep];
        const first = cycle.slice(0, -1).sort()[0];
        const shown = cycle.length > 12 ? [...cycle.slice(0, 5), '…', ...cycle.slice(-3)] : cycle;
        out.push(makeDiagnostic('formula-cycle', { location: at(ctx.set, 'indicator', first, 'formula'), params: { cycle: shown.join(' → ') } }));
      } else if (s === undefined) {
        state.set(dep, 1);
        stack.push({ code: dep, next: 0 });
        onPath.push(dep);
      }
    }
  }
  return out;
};
