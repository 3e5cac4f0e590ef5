import type { Diagnostic } from './types.js';

/** Stable, deterministic order: by file, line, column, sheet, cell, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const la = a.location;
    const lb = b.location;
    return (
      cmp(la.file, lb.file) ||
      (la.line ?? 0) - (lb.line ?? 0) ||
      (la.column ?? 0) - (lb.column ?? 0) ||
      cmp(la.sheet ?? '', lb.sheet ?? '') ||
      cmpCell(la.cell ?? '', lb.cell ?? '') ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message)
    );
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders A1 addresses by row, then column, so B10 comes after B9. */
function cmpCell(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return cmp(a, b);
  return Number(pa[2]) - Number(pb[2]) || pa[1].length - pb[1].length || cmp(pa[1], pb[1]);
}
