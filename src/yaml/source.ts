import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A YAML file kept for turning paths into line/column when printing (style §5). */
export interface YamlSource {
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
}

/**
 * A source whose syntax tree is rebuilt on first use. Large sets would otherwise keep every file's tree in memory
 * although only files with a diagnostic are ever located.
 */
export function lazySource(file: string, text: string): YamlSource {
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  const load = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter };
    }
    return parsed;
  };
  return {
    file,
    text,
    get doc() {
      return load().doc;
    },
    get lineCounter() {
      return load().lineCounter;
    },
  };
}

export interface LineCol {
  line: number;
  column: number;
}

/**
 * Line and column of the node at `path`, or of its nearest existing ancestor when the node is missing
 * (a missing required field points at the object that lacks it). With `onKey`, the key's position.
 */
export function locatePath(source: YamlSource, path: readonly (string | number)[], onKey = false): LineCol {
  let node: unknown = source.doc.contents;
  let best: Node | null = (node as Node | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      if (last && onKey && isScalar(pair.key)) {
        best = pair.key;
        break;
      }
      node = pair.value;
      if (node) best = node as Node;
      else if (isScalar(pair.key)) best = pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      node = item;
      best = item as Node;
    } else {
      break;
    }
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
