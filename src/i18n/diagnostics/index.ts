// Every diagnostic code as one entry: code, severity, group, and the vi and en summary, message and hint together.
// To add a code, add an entry to the group it belongs to; `npm run docs` then regenerates the README tables and
// the code pages (test/docs/readme-codes.test.ts fails while they are stale).
import { files } from './files.js';
import { schema } from './schema.js';
import { set } from './set.js';
import { compile } from './compile.js';
import { identity } from './identity.js';
import { structure } from './structure.js';
import { values } from './values.js';
import { unsafeFiles } from './unsafe-files.js';
import { merge } from './merge.js';
import { consult } from './consult.js';
import { collect } from './collect.js';
import { history } from './history.js';

export * from './define.js';

/** The groups in the order of the code pages and the README tables. */
export const DIAGNOSTIC_GROUPS = [files, schema, set, compile, identity, structure, values, unsafeFiles, merge, consult, collect, history] as const;

/** Every code's entry, in group order. */
export const DIAGNOSTICS = {
  ...files.codes,
  ...schema.codes,
  ...set.codes,
  ...compile.codes,
  ...identity.codes,
  ...structure.codes,
  ...values.codes,
  ...unsafeFiles.codes,
  ...merge.codes,
  ...consult.codes,
  ...collect.codes,
  ...history.codes,
};
export * from './pages.js';
