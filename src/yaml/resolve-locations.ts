import type { Diagnostic } from '../diagnostics/index.js';
import { locatePath, type YamlSource } from './source.js';

/** Fills line/column of diagnostics that carry a YAML path, from the cached parsed sources. */
export function resolveLocations(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, YamlSource>): Diagnostic[] {
  return diagnostics.map((d) => {
    const { file, path, line } = d.location;
    if (line !== undefined || !path) return d;
    const source = sources.get(file);
    if (!source) return d;
    const pos = locatePath(source, path, d.onKey);
    return { ...d, location: { ...d.location, line: pos.line, column: pos.column } };
  });
}
