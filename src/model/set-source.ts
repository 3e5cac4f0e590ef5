// Whether this run read and validated a set from its YAML files (the validated-set cache did not answer). A leaf:
// the bundle's entry asks it (src/cli/entry.ts) without loading the cache's own module.

let fromFiles = false;

/** Called by loadValidatedSet when it validates a set from its files. */
export function noteSetValidatedFromFiles(): void {
  fromFiles = true;
}

/** Whether this run read and validated a set from its files. */
export function setValidatedFromFiles(): boolean {
  return fromFiles;
}
