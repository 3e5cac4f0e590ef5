/** Turns an ajv `instancePath` JSON Pointer into path segments (RFC 6901: `~1` is `/`, `~0` is `~`). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** How a path is shown in a message: `indicators[3].constraints.min`. */
export function displayPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}
