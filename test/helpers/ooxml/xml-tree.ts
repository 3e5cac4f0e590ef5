import { SaxesParser } from 'saxes';

/** A namespace-aware XML element, enough to port check-ooxml.py's lxml queries. */
export interface XEl {
  name: string;
  uri: string;
  local: string;
  attrs: XAttr[];
  children: (XEl | string)[];
  /** Prefixes in scope at this element ('' is the default namespace). */
  nsmap: Record<string, string>;
  parent?: XEl;
}
export interface XAttr {
  name: string;
  uri: string;
  local: string;
  value: string;
}

export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Decodes a part's bytes (UTF-8, or UTF-16 with a byte-order mark). */
export function decodeXml(raw: Uint8Array): string {
  if (raw[0] === 0xff && raw[1] === 0xfe) return new TextDecoder('utf-16le').decode(raw);
  if (raw[0] === 0xfe && raw[1] === 0xff) return new TextDecoder('utf-16be').decode(raw);
  return new TextDecoder('utf-8', { fatal: true }).decode(raw);
}

/** Parses a whole document; throws on anything not well-formed (as lxml's fromstring does). */
export function parseXml(text: string): XEl {
  const parser = new SaxesParser({ xmlns: true });
  let root: XEl | undefined;
  const stack: XEl[] = [];
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    const nsmap: Record<string, string> = { ...(parent?.nsmap ?? {}), ...tag.ns };
    const el: XEl = {
      name: tag.name,
      uri: tag.uri,
      local: tag.local,
      attrs: Object.values(tag.attributes).map((a) => ({ name: a.name, uri: a.uri, local: a.local, value: a.value })),
      children: [],
      nsmap,
      parent,
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function attr(el: XEl, local: string, uri = ''): string | undefined {
  return el.attrs.find((a) => a.local === local && a.uri === uri)?.value;
}

/** Direct element children, optionally of one name (lxml `findall`). */
export function kids(el: XEl, uri?: string, local?: string): XEl[] {
  return el.children.filter((c): c is XEl => typeof c !== 'string' && (uri === undefined || (c.uri === uri && c.local === local)));
}

/** First direct child of that name (lxml `find`). */
export function kid(el: XEl, uri: string, local: string): XEl | undefined {
  return kids(el, uri, local)[0];
}

/** The element and its descendants in document order, optionally of one name (lxml `iter`). */
export function* iter(el: XEl, uri?: string, local?: string): Generator<XEl> {
  if (uri === undefined || (el.uri === uri && el.local === local)) yield el;
  for (const c of el.children) if (typeof c !== 'string') yield* iter(c, uri, local);
}

/** Text directly inside the element (lxml `.text` for elements without children). */
export function ownText(el: XEl | undefined): string | undefined {
  if (!el) return undefined;
  const parts = el.children.filter((c): c is string => typeof c === 'string');
  return parts.length ? parts.join('') : undefined;
}

/** All text inside the element (lxml `itertext`). */
export function allText(el: XEl): string {
  return el.children.map((c) => (typeof c === 'string' ? c : allText(c))).join('');
}

/**
 * Serializes the document without markup-compatibility-ignorable content, as check-ooxml.py's strip_mc: elements
 * and attributes in a namespace named by any mc:Ignorable, or in the MC namespace itself, and xml:space attributes.
 */
export function serializeStripped(root: XEl): string {
  const ignorable = new Set<string>();
  for (const el of iter(root)) {
    const v = attr(el, 'Ignorable', MC);
    if (!v) continue;
    for (const prefix of v.split(/\s+/)) {
      const ns = prefix ? el.nsmap[prefix] : undefined;
      if (ns) ignorable.add(ns);
    }
  }
  const dropped = (uri: string) => uri !== '' && (ignorable.has(uri) || uri === MC);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const write = (el: XEl) => {
    out.push('<', el.name);
    for (const a of el.attrs) {
      if (a.uri !== XMLNS_NS && (dropped(a.uri) || (a.uri === XML_NS && a.local === 'space'))) continue;
      out.push(' ', a.name, '="', escapeAttr(a.value), '"');
    }
    out.push('>');
    for (const c of el.children) {
      if (typeof c === 'string') out.push(escapeText(c));
      else if (!dropped(c.uri)) write(c);
    }
    out.push('</', el.name, '>');
  };
  write(root);
  return out.join('');
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
