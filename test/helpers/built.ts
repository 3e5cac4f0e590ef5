/**
 * Plain ESM the tests import with types: the built modules in dist/ (code that starts worker threads, which run the
 * built files; `npm test` builds first) and the synthetic-submission generator in bench/generate (it imports dist/).
 * The path is computed so TypeScript does not resolve it; the type comes from the source file.
 */
export const load = <T>(path: string): Promise<T> => import(new URL(`../../${path}`, import.meta.url).href) as Promise<T>;

/** The built `compileTemplates` (renders on worker threads). */
export const builtCompile = () => load<typeof import('../../src/template/compile.js')>('dist/template/compile.js');

/** The built `checkSubmissions` (checks on worker threads). */
export const builtCheck = () => load<typeof import('../../src/submission/check-submissions.js')>('dist/submission/check-submissions.js');
