import { access } from 'node:fs/promises';

/** `dir/name.xlsx`, or `dir/name (2).xlsx`, `(3)`… when a file of that name exists: never overwrite. */
export async function uniquePath(path: string): Promise<string> {
  const exists = (p: string) =>
    access(p).then(
      () => true,
      () => false,
    );
  if (!(await exists(path))) return path;
  const dot = path.lastIndexOf('.');
  for (let n = 2; ; n++) {
    const candidate = `${path.slice(0, dot)} (${n})${path.slice(dot)}`;
    if (!(await exists(candidate))) return candidate;
  }
}
