/** Escapes text for XML content and attribute values, dropping the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An opening tag with attribute `name` set to `value` (replaced when present, added before the end otherwise). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/** An opening tag without attribute `name`. */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}=("[^"]*"|'[^']*')`), '');
}

/** Thrown when a package cannot be patched: the caller writes the list of problems alone. */
export class PatchError extends Error {}

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

/** The root element's opening tag, or a PatchError when the root is not `name` in the default namespace. */
export function rootTag(xml: string, name: string, ns: string = NS.main): { tag: string; start: number } {
  const m = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\b[^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (s) => ' '.repeat(s.length)));
  if (!m || m[1] || m[2] !== name || !m[0].includes(`xmlns="${ns}"`)) throw new PatchError(`root element is not <${name} xmlns="${ns}">`);
  return { tag: m[0], start: m.index };
}
