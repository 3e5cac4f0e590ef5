import type { DeclaredCodes, DeclaredKind } from '../read-set.js';

/**
 * Whether `code` is, or may be, declared: declared in a file that was read, or written somewhere in the text of a
 * file of that kind that did not parse (it may be declared there). A code that appears nowhere is unknown even while
 * another file is broken; when a file could not be read at all, nothing is known and every code may be declared.
 */
export function mayBeDeclared(declared: DeclaredCodes, kind: DeclaredKind, code: string): boolean {
  if (declared[kind].has(code)) return true;
  if (!declared.unreadable.has(kind)) return false;
  const text = declared.unreadableText[kind];
  return text === undefined || mentions(text, code);
}

/** `code` as a whole word of `text` ("A.01" is not in "A.01a" nor in "BA.01"). */
function mentions(text: string, code: string): boolean {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_.])${escaped}(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])`, 'u').test(text);
}
