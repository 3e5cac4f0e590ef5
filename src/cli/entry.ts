// The bundle's entry (scripts/bundle.mjs → dist/run/indicators.cjs): the CLI, and the worker threads' code, which
// dist/run/check-worker.js and dist/run/template-worker.js start from the same file. The workers' modules are imported
// when a worker starts, not when the CLI does (a run of `check` must not initialise the template writer).
import { setValidatedFromFiles } from '../model/set-source.js';

export { main } from './main.js';

/**
 * Whether the code compiled in this run is what the command's runs compile (src/cli/launch.ts keeps it): not when a
 * command other than `validate` had to read the set from its YAML files (the first run after an edit or an upgrade),
 * whose YAML parser and schema code its usual runs never need.
 */
export function typicalRun(command: string): boolean {
  return command === 'validate' || !setValidatedFromFiles();
}

/** `warm`: called once the worker has served enough jobs for its compiled code to be worth keeping. */
export async function serveCheckWorker(warm?: () => void): Promise<void> {
  (await import('../submission/check-worker-main.js')).serveCheckWorker(warm);
}

export async function serveTemplateWorker(warm?: () => void): Promise<void> {
  (await import('../template/template-worker-main.js')).serveTemplateWorker(warm);
}
