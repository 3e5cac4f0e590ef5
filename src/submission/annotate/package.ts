import { strFromU8, strToU8 } from 'fflate';
import { zipInOrder } from '../../io/deterministic-zip.js';
import { readZip, ZipError } from '../read-zip.js';
import { attr } from '../xml-text.js';
import { escapeXml, NS, PatchError } from './xml.js';

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name (resolved, no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

/**
 * An OOXML package held as its entries, in their original order. Parts that are not replaced are written back with
 * the bytes they were read with; new parts go after them.
 */
export class Package {
  private readonly entries = new Map<string, Uint8Array>();
  private readonly order: string[] = [];

  static open(bytes: Uint8Array): Package {
    const zip = readZip(bytes, () => true);
    if ('code' in zip) throw new PatchError(`${zip.code}: ${zip.detail}`);
    const pkg = new Package();
    try {
      for (const name of zip.names()) pkg.put(name, zip.bytes(name)!);
    } catch (error) {
      if (error instanceof ZipError) throw new PatchError(error.message);
      throw error;
    }
    return pkg;
  }

  static empty(): Package {
    return new Package();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.order];
  }

  bytes(name: string): Uint8Array | undefined {
    return this.entries.get(name);
  }

  text(name: string): string | undefined {
    const data = this.entries.get(name);
    return data && strFromU8(data);
  }

  put(name: string, data: Uint8Array | string): void {
    if (!this.entries.has(name)) this.order.push(name);
    this.entries.set(name, typeof data === 'string' ? strToU8(data) : data);
  }

  remove(name: string): void {
    if (!this.entries.delete(name)) return;
    this.order.splice(this.order.indexOf(name), 1);
  }

  /** A part name not yet used: `prefix` + the first free number + `suffix` (`xl/comments` 3 `.xml`). */
  freeName(prefix: string, suffix: string): string {
    const taken = new Set([...this.order].map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}${suffix}`.toLowerCase())) return `${prefix}${n}${suffix}`;
  }

  toBytes(date: Date): Uint8Array {
    return zipInOrder(
      this.order.map((name) => [name, this.entries.get(name)!] as [string, Uint8Array]),
      date,
    );
  }

  /** The relationships of a part (`''` for the package's own), targets resolved to part names. */
  relationships(source: string): Relationship[] {
    const xml = this.text(relsPath(source));
    if (!xml) return [];
    const out: Relationship[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const id = attr(m[1], 'Id');
      const type = attr(m[1], 'Type');
      const target = attr(m[1], 'Target');
      if (!id || !type || target === undefined) continue;
      const external = attr(m[1], 'TargetMode') === 'External';
      out.push({ id, type, target: external ? target : resolveTarget(source, target), external });
    }
    return out;
  }

  /** Adds a relationship from `source` to the part `target`; returns its id. */
  addRelationship(source: string, type: string, target: string): string {
    const path = relsPath(source);
    const xml = this.text(path) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}"></Relationships>`;
    const ids = new Set(this.relationships(source).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(source, target))}"/>`;
    const close = xml.lastIndexOf('</');
    if (close < 0 || !/^<\/(?:\w+:)?Relationships\s*>/.test(xml.slice(close))) {
      // <Relationships/>: an empty element
      const empty = /<((?:\w+:)?)Relationships\b([^>]*?)\/>/.exec(xml);
      if (!empty) throw new PatchError(`${path}: no <Relationships> element`);
      this.put(path, xml.replace(empty[0], `<${empty[1]}Relationships${empty[2]}>${empty[1] ? rel.replace('<Relationship', `<${empty[1]}Relationship`) : rel}</${empty[1]}Relationships>`));
    } else {
      const prefix = /^<\/(\w+:)?/.exec(xml.slice(close))![1] ?? '';
      this.put(path, xml.slice(0, close) + (prefix ? rel.replace('<Relationship', `<${prefix}Relationship`) : rel) + xml.slice(close));
    }
    return id;
  }

  /** Declares the content type of a new part (an Override), unless a Default for its extension already says so. */
  addContentType(part: string, type: string): void {
    const xml = this.text('[Content_Types].xml');
    if (!xml) throw new PatchError('[Content_Types].xml is missing');
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    const defaults = [...xml.matchAll(/<(?:\w+:)?Default\b([^>]*?)\/?>/g)].map((m) => ({ ext: (attr(m[1], 'Extension') ?? '').toLowerCase(), type: attr(m[1], 'ContentType') }));
    if (defaults.some((d) => d.ext === ext && d.type === type)) return;
    const close = /<\/((?:\w+:)?)Types\s*>\s*$/.exec(xml);
    if (!close) throw new PatchError('[Content_Types].xml: no closing </Types>');
    this.put('[Content_Types].xml', `${xml.slice(0, close.index)}<${close[1]}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>${xml.slice(close.index)}`);
  }
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; `''` → `_rels/.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder (OPC part names, no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const clean = safeDecode(target.split('#')[0]);
  if (clean.startsWith('/')) return normalize(clean.slice(1));
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  return normalize(folder + clean);
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The target of a relationship from `source` to the part `target`, relative to the source's folder. */
function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}
