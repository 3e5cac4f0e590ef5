import { LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { makeDiagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics/index.js';
import { describeYamlError } from './describe-yaml-error.js';
import { lazySource, type YamlSource } from './source.js';

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
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
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
    diagnostics.push(
      makeDiagnostic(code, { location: { file, line: pos.line, column: pos.col }, params: { detail: describeYamlError(error), key } }),
    );
  }
  let aliases = 0;
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      const pos = lineCounter.linePos(node.range?.[0] ?? 0);
      diagnostics.push(makeDiagnostic('yaml-alias', { location: { file, line: pos.line, column: pos.col } }));
    },
  });
  if (diagnostics.length > 0 || aliases > 0) return { source, value: undefined, diagnostics };
  return { source: light, value: doc.toJS({ maxAliasCount: 0 }), diagnostics };
}

function duplicateKeyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200);
  const match = /^["']?([^"':\n]+)/.exec(rest);
  return match ? match[1].trim() : '?';
}

