#!/usr/bin/env node
// Build step after tsc (issue 17): the CLI as one CommonJS file, dist/run/indicators.cjs, instead of ~400 ES modules
// in dist/, so that a run reads and compiles one file, and so that the launcher (dist/run/launch.cjs, from
// src/cli/launch.ts) can compile it with V8's code cache of an earlier run: most of a `check` on a quarter's returns
// was Node resolving, reading and compiling modules. Commands are still evaluated only when run (esbuild wraps a
// module imported with import() in a function called on first use).
//
// dist/run/ is two folders below the package root, as dist/<folder>/ is, and every module's `import.meta.url` becomes
// the bundle's own URL: the code's relative URLs still hold (`../../schemas/`, `../../package.json`, and
// `./check-worker.js` and `./template-worker.js`, written here: they start the worker threads' code from the same
// bundle). The schema validators compiled by scripts/compile-schemas.mjs are inside it. Packages from node_modules stay
// external (required as installed), but for the pure-JavaScript ones the CLI loads at start or to read YAML
// (`INLINE`): inline, they are compiled with the rest and kept in the code cache.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
const out = new URL('run/', dist);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const INLINE = ['commander', 'chalk', 'yaml'];
const external = Object.keys(pkg.dependencies).filter((name) => !INLINE.includes(name));
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: [...external, ...external.map((name) => `${name}/*`)],
  legalComments: 'none',
  logLevel: 'warning',
};

// commander requires node:child_process when it loads, for subcommands run as separate programs, which this CLI has
// none of: loading that module cost every run about 2 ms. Here it is required when commander would spawn one.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(CHILD_PROCESS) || /childProcess\.(?!spawn\()/.test(source)) throw new Error(`bundle.mjs: ${args.path} no longer uses child_process as expected (lazyChildProcess)`);
      return { contents: source.replace(CHILD_PROCESS, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bundle = new URL('indicators.cjs', out);
await build({
  ...common,
  entryPoints: [new URL('cli/entry.js', dist).pathname],
  outfile: bundle.pathname,
  define: { 'import.meta.url': '__bundleUrl' },
  plugins: [lazyChildProcess],
  // Packages loaded on demand (exceljs, pg, ora…) are import()ed through the launcher's import(): a dynamic import
  // compiled by vm.Script loses its callback once V8 flushes and recompiles the function (Node 20). Loaded with
  // require() (a worker thread), the bundle imports them itself.
  banner: {
    js: [
      "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
      "const __dynamicImport = typeof __launcherImport === 'function' ? __launcherImport : (specifier) => import(specifier);",
    ].join('\n'),
  },
});
// What is left of import() after bundling is the on-demand packages and files: each goes through __dynamicImport.
const text = readFileSync(bundle, 'utf8');
const CALL = /(?<![\w$.])import\((?=["'a-z])/g;
const rewritten = text.replace(CALL, (m, at) => (text.startsWith('import(specifier)', at) ? m : '__dynamicImport('));
if (/(?<![\w$.])import\((?!specifier\))/.test(rewritten)) throw new Error('bundle.mjs: an import() the launcher would not serve is left in dist/run/indicators.cjs');
// Only ASCII: esbuild escapes strings, but not comments or regular expressions. One character beyond ASCII makes the
// launcher's readFileSync build a two-byte string of the whole bundle (twice the memory, slower to read): each is
// written as its \uXXXX escape, which means the same character in a regular expression and nothing in a comment.
const ascii = rewritten.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(bundle, ascii);
await build({ ...common, entryPoints: [new URL('cli/launch.js', dist).pathname], outfile: new URL('launch.cjs', out).pathname });
for (const [file, serve, entry] of [
  ['check-worker.js', 'serveCheckWorker', 'worker-check'],
  ['template-worker.js', 'serveTemplateWorker', 'worker-template'],
]) {
  // The worker's code is compiled with its own code cache (entry `worker-…`), kept once it has served a few jobs.
  const worker = [
    '// A worker thread of the bundled CLI (scripts/bundle.mjs).',
    "import { createRequire } from 'node:module';",
    "import { fileURLToPath } from 'node:url';",
    '',
    "const { loadCli } = createRequire(import.meta.url)('./launch.cjs');",
    `const { cli, remember } = loadCli(fileURLToPath(new URL('./indicators.cjs', import.meta.url)), '${entry}');`,
    `await cli.${serve}(remember);`,
    '',
  ];
  writeFileSync(new URL(file, out), worker.join('\n'));
}
