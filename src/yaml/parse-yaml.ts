import { LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { makeDiagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics/index.js';
import { textsOf, yamlTexts } from '../i18n/index.js';
import { describeYamlError } from './describe-yaml-error.js';
import { lazySource, type YamlSource } from './source.js';
import { unclosedOpener } from './unclosed-opener.js';

export interface ParsedYaml {
  source: YamlSource;
  /** The plain JS value, or undefined when the file had errors that make it unusable. */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Maps the yaml package's error codes to ours; everything else is a syntax error. */
function codeOf(error: YAMLError): DiagnosticCode {
  if (error.code === 'DUPLICATE_KEY') return 'yaml-duplicate-key';
  if (error.code === 'TAB_AS_INDENT') return 'yaml-tab';
  if (error.code === 'BAD_ALIAS' || error.code === 'ALIAS_PROPS') return 'yaml-alias';
  return 'yaml-syntax';
}

/**
 * Parses one YAML file. Syntax errors, duplicate keys, tabs and aliases all become diagnostics with
 * line and column; the value is returned only when the document has no errors.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // uniqueKeys: duplicate keys are errors; maxAliasCount: 0 stops alias expansion (billion laughs) outright.
  const doc = withPlainEnv(() => parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true }));
  const source: YamlSource = { file, text, doc, lineCounter };
  const light = lazySource(file, text);
  const diagnostics: Diagnostic[] = [];
  // A tab makes the parser report follow-on syntax errors on the same line; the tab is the one to fix.
  const tabLines = new Set(doc.errors.filter((e) => e.code === 'TAB_AS_INDENT').map((e) => lineCounter.linePos(e.pos[0]).line));
  for (const error of doc.errors) {
    if (error.code !== 'TAB_AS_INDENT' && tabLines.has(lineCounter.linePos(error.pos[0]).line)) continue;
    const pos = lineCounter.linePos(error.pos[0]);
    const code = codeOf(error);
    const key = code === 'yaml-duplicate-key' ? duplicateKeyAt(text, error.pos[0]) : undefined;
    diagnostics.push(makeDiagnostic(code, { location: { file, line: pos.line, column: pos.col }, params: { detail: describeYamlError(error), key } }));
  }
  let aliases = 0;
  // Walking every node for aliases costs about 6% of parsing a large set: skipped when no alias can be in the file.
  if (doc.errors.length > 0 || mayHoldAlias(text))
    visit(doc, {
      Alias(_key, node) {
        aliases++;
        const pos = lineCounter.linePos(node.range?.[0] ?? 0);
        diagnostics.push(makeDiagnostic('yaml-alias', { location: { file, line: pos.line, column: pos.col } }));
      },
    });
  if (diagnostics.length > 0 || aliases > 0) return { source, value: undefined, diagnostics: firstOfCascade(diagnostics, doc.errors, text, lineCounter, file) };
  return { source: light, value: doc.toJS({ maxAliasCount: 0 }), diagnostics };
}

/**
 * After a syntax error the parser is lost, and every later line may yield another error (an unclosed `{` gave twenty):
 * keep what comes before the first syntax error and that error only, as a linter does, moved to the bracket or quote
 * left open when that is what the parser stumbled on.
 */
function firstOfCascade(diagnostics: Diagnostic[], errors: readonly YAMLError[], text: string, lineCounter: LineCounter, file: string): Diagnostic[] {
  const at = (d: Diagnostic) => [d.location.line ?? 0, d.location.column ?? 0] as const;
  const before = (a: Diagnostic, b: Diagnostic) => at(a)[0] < at(b)[0] || (at(a)[0] === at(b)[0] && at(a)[1] < at(b)[1]);
  const first = diagnostics.filter((d) => d.code === 'yaml-syntax').reduce<Diagnostic | undefined>((min, d) => (!min || before(d, min) ? d : min), undefined);
  if (!first) return diagnostics;
  const kept = diagnostics.filter((d) => d !== first && before(d, first));
  const error = errors.find((e) => codeOf(e) === 'yaml-syntax' && lineCounter.linePos(e.pos[0]).line === first.location.line && lineCounter.linePos(e.pos[0]).col === first.location.column);
  const opener = error && /end with a [}\]]|closing .?quote|flow (map|sequence|collection)/i.test(error.message) ? unclosedOpener(text, error.pos[0]) : undefined;
  if (!opener) return [...kept, first];
  const pos = lineCounter.linePos(opener.offset);
  const closer = { '{': '}', '[': ']', '"': '"', "'": "'" }[opener.char];
  const detail = textsOf(yamlTexts).unclosed(opener.char, closer);
  return [
    ...kept.filter((d) => (d.location.line ?? 0) < pos.line || ((d.location.line ?? 0) === pos.line && (d.location.column ?? 0) < pos.col)),
    makeDiagnostic('yaml-syntax', { location: { file, line: pos.line, column: pos.col }, params: { detail } }),
  ];
}

/**
 * Runs `parse` with `process.env` replaced by a plain copy of it. yaml's parser reads `process.env.LOG_TOKENS` once per
 * token, and every read of the real `process.env` calls into the C++ environment: about 100 ms of the 1.3 s a
 * 5,000-indicator set takes to parse (issue 17). Synchronous, so no other code sees the copy; undone even on a throw.
 */
function withPlainEnv<T>(parse: () => T): T {
  const env = process.env;
  process.env = { ...env };
  try {
    return parse();
  } finally {
    process.env = env;
  }
}

/**
 * Whether the text may hold an alias: `*` where a node can start (line start, after a space, `[`, `{`, `,` or `:`)
 * followed by a name. A `*` with no name is a BAD_ALIAS error, and files with errors are always walked; a formula's
 * `a / b * 100` does not match, `a *b` does (and is then walked, which finds nothing).
 */
export function mayHoldAlias(text: string): boolean {
  return /(?:^|[\s[{,:])\*[^\s,[\]{}]/.test(text);
}

function duplicateKeyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const match = /^["']?([^"':\n]+)/.exec(rest);
  return match ? match[1].trim() : '?';
}
