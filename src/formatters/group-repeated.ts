import type { Diagnostic } from '../diagnostics/index.js';

/** More files than this with the same code (one location each) are shown as one entry by the stylish format. */
export const GROUP_ABOVE = 5;

/** Codes located at a unit (its code in `location.file`), not at a file: a group of them counts units. */
export const UNIT_CODES: ReadonlySet<Diagnostic['code']> = new Set(['missing-submission', 'wrong-period-submission']);

/** One code repeated across many files: shown once, with the count and the files. */
export interface RepeatedCode {
  code: Diagnostic['code'];
  /** The diagnostics, in their order (one per file). */
  diagnostics: Diagnostic[];
}

/**
 * Splits diagnostics into those shown one by one and the codes that repeat in more than `GROUP_ABOVE` files with one
 * location each (116 × `output-exists`, 110 × `late-submission`), which the stylish format shows as one entry. A code
 * found twice in one file stays as it is (each place matters there). Pure; the other formats keep every diagnostic.
 */
export function groupRepeated(diagnostics: readonly Diagnostic[], above = GROUP_ABOVE): { single: Diagnostic[]; repeated: RepeatedCode[] } {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byCode.get(d.code) ?? [];
    list.push(d);
    byCode.set(d.code, list);
  }
  const grouped = new Set<string>();
  const repeated: RepeatedCode[] = [];
  for (const [code, list] of byCode) {
    const files = new Set(list.map((d) => d.location.file));
    // Only diagnostics about a whole file (or unit): one at a sheet, cell or line keeps its place in the output.
    const fileLevel = list.every(({ location: l }) => l.sheet === undefined && l.cell === undefined && l.line === undefined && l.path === undefined);
    if (fileLevel && files.size > above && files.size === list.length) {
      grouped.add(code);
      repeated.push({ code: code as Diagnostic['code'], diagnostics: list });
    }
  }
  return { single: diagnostics.filter((d) => !grouped.has(d.code)), repeated };
}
