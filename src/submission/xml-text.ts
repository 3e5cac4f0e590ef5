const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities in attribute values and text. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/** One attribute of an element's opening tag text. */
export function attr(tag: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = re.exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

/** One compiled pattern per attribute name: building a RegExp per call was the reader's hottest spot. */
const ATTRS = new Map<string, RegExp>();

/** The text of every `<t>` inside a fragment (shared strings may be rich text runs). */
export function textOf(fragment: string): string {
  const plain = plainText(fragment);
  if (plain !== undefined) return decodeXml(plain);
  let out = '';
  for (const m of fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decodeXml(m[1] ?? '');
  return out;
}

/**
 * The body of a fragment that is one `<t>` or `<t attributes>` element holding text only (no `<` inside), which is
 * what almost every shared string is; undefined for anything else (rich text runs, phonetic runs, self-closed `<t/>`),
 * which `textOf` reads with the full pattern. For such a fragment the pattern's one match is exactly this body.
 */
function plainText(fragment: string): string | undefined {
  if (!fragment.startsWith('<t') || !fragment.endsWith('</t>')) return undefined;
  const c = fragment.charCodeAt(2);
  // `<t>` or `<t` + whitespace (the pattern's `\s`, as XML writes it): not `<tx…>`.
  if (c !== 62 && c !== 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
  const open = fragment.indexOf('>');
  const body = fragment.slice(open + 1, -4);
  return open < fragment.length - 4 && !body.includes('<') ? body : undefined;
}
