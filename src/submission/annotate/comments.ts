import { columnLetters } from '../parse-sheet.js';
import { attr, decodeXml } from '../xml-text.js';
import { parseAddress } from './cells.js';
import type { Package } from './package.js';
import { insertWorksheetChild } from './sheet-order.js';
import { escapeXml, NS, PatchError, rootTag } from './xml.js';

/** The author of the notes the check writes; a note of this author on a re-sent copy is replaced, not extended. */
export const NOTE_AUTHOR = 'indicators check';

const REL = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
};
const TYPE = {
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};
const VML_NS = { v: 'urn:schemas-microsoft-com:vml', o: 'urn:schemas-microsoft-com:office:office', x: 'urn:schemas-microsoft-com:office:excel' };
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

export interface Note {
  address: string;
  text: string;
}

/**
 * Adds notes to a worksheet: into its comments part and the VML drawing that shows them when it has them, into new
 * ones (and a `<legacyDrawing>`) when not. Every comment gets a shape if its drawing lacks one. Returns the
 * worksheet's new XML; the other parts are written into `pkg`.
 */
export function addNotes(pkg: Package, sheetPart: string, sheetXml: string, notes: readonly Note[]): string {
  if (notes.length === 0) return sheetXml;
  const rels = pkg.relationships(sheetPart);
  let commentsPart = rels.find((r) => r.type === REL.comments && !r.external && pkg.has(r.target))?.target;
  if (!commentsPart) {
    commentsPart = pkg.freeName('xl/comments', '.xml');
    pkg.addRelationship(sheetPart, REL.comments, commentsPart);
    pkg.addContentType(commentsPart, TYPE.comments);
  }
  const { xml: comments, refs } = mergeComments(pkg.text(commentsPart), notes);
  pkg.put(commentsPart, comments);

  const legacy = /<legacyDrawing\b[^>]*?\b(\w+):id="([^"]*)"[^>]*?\/?>(?:\s*<\/legacyDrawing>)?/.exec(sheetXml);
  const vmlPart = legacy ? rels.find((r) => r.id === legacy[2] && !r.external && pkg.has(r.target))?.target : undefined;
  let xml = sheetXml;
  if (vmlPart) {
    const vml = pkg.text(vmlPart)!;
    const anchored = anchoredCells(vml);
    pkg.put(
      vmlPart,
      mergeShapes(
        vml,
        refs.filter((r) => !anchored.has(r)),
      ),
    );
  } else {
    const part = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
    pkg.put(part, newVml(nextIdBlock(pkg), refs));
    const id = pkg.addRelationship(sheetPart, REL.vml, part);
    pkg.addContentType(part, TYPE.vml);
    const root = rootTag(xml, 'worksheet').tag;
    const decl = root.includes(`xmlns:r="${NS.rel}"`) ? '' : ` xmlns:r="${NS.rel}"`;
    const element = `<legacyDrawing${decl} r:id="${id}"/>`;
    xml = legacy ? xml.replace(legacy[0], element) : insertWorksheetChild(xml, 'legacyDrawing', element);
  }
  return xml;
}

/** The comments part with the notes merged in, and the cells of all its comments (each needs a shape in the drawing). */
function mergeComments(existing: string | undefined, notes: readonly Note[]): { xml: string; refs: string[] } {
  const xml = existing ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors></authors><commentList></commentList></comments>`;
  rootTag(xml, 'comments');
  const authorsMatch = /<authors\b[^>]*?(?:\/>|>([\s\S]*?)<\/authors>)/.exec(xml);
  const authors = [...(authorsMatch?.[1] ?? '').matchAll(/<author\b[^>]*?(?:\/>|>([\s\S]*?)<\/author>)/g)].map((m) => decodeXml(m[1] ?? ''));
  let ours = authors.indexOf(NOTE_AUTHOR);
  if (ours < 0) ours = authors.push(NOTE_AUTHOR) - 1;
  const listMatch = /<commentList\b[^>]*?(?:\/>|>([\s\S]*?)<\/commentList>)/.exec(xml);
  const items = [...(listMatch?.[1] ?? '').matchAll(/<comment\b([^>]*?)(?:\/>|>([\s\S]*?)<\/comment>)/g)].map((m) => ({ ref: attr(m[1], 'ref') ?? '', xml: m[0], open: m[1], body: m[2] ?? '' }));
  for (const note of notes) {
    // Headed by our name, as Excel heads a note by its author's: LibreOffice keeps no author per note, and the next
    // check of a copy sent back again finds its notes by this heading.
    const text = `<t xml:space="preserve">${escapeXml(`${NOTE_AUTHOR}:\n${note.text}`)}</t>`;
    const found = items.find((c) => c.ref === note.address);
    if (!found) {
      items.push({ ref: note.address, open: '', body: '', xml: `<comment ref="${note.address}" authorId="${ours}"><text>${text}</text></comment>` });
    } else if (attr(found.open, 'authorId') === String(ours)) {
      // Our own note on a copy sent back again: replaced by today's.
      found.xml = found.xml.replace(/<text\b[\s\S]*<\/text>|<text\/>/, `<text>${text}</text>`);
    } else {
      // The unit's (or the template's) note stays; ours follows it, headed by our name.
      const run = `<r><t xml:space="preserve">${escapeXml(`\n\n${NOTE_AUTHOR}:\n${note.text}`)}</t></r>`;
      found.xml = /<\/text>/.test(found.xml) ? found.xml.replace(/(<rPh\b|<phoneticPr\b|<\/text>)/, `${run}$1`) : found.xml.replace(/<\/comment>$/, `<text>${run}</text></comment>`);
    }
  }
  const position = (ref: string) => parseAddress(ref) ?? { row: Infinity, col: Infinity };
  items.sort((a, b) => position(a.ref).row - position(b.ref).row || position(a.ref).col - position(b.ref).col);
  const authorsXml = `<authors>${authors.map((a) => `<author>${escapeXml(a)}</author>`).join('')}</authors>`;
  const listXml = `<commentList>${items.map((c) => c.xml).join('')}</commentList>`;
  let out = authorsMatch ? xml.replace(authorsMatch[0], authorsXml) : xml.replace(/(<comments\b[^>]*>)/, `$1${authorsXml}`);
  out = listMatch ? out.replace(listMatch[0], listXml) : out.replace(/(<\/authors>)/, `$1${listXml}`);
  return { xml: out, refs: items.map((c) => c.ref).filter((r) => parseAddress(r)) };
}

/** One note's shape, anchored to the right of its cell. Prefixes v, o, x as `ns` declares them. */
function noteShape(address: string, id: string, ns: string): string {
  const { row, col } = parseAddress(address)!;
  const top = Math.max(0, row - 2);
  return (
    `<v:shape${ns} id="${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:120pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col}, 15, ${top}, 10, ${col + 4}, 15, ${top + 7}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
  );
}

/** The cells the drawing's note shapes are anchored to (`x:Row`, `x:Column`, zero-based). */
function anchoredCells(vml: string): Set<string> {
  const out = new Set<string>();
  for (const m of vml.matchAll(/<(\w+:)?shape\b[^>]*>([\s\S]*?)<\/\1?shape>/g)) {
    const row = /<(?:\w+:)?Row>\s*(\d+)\s*</.exec(m[2])?.[1];
    const col = /<(?:\w+:)?Column>\s*(\d+)\s*</.exec(m[2])?.[1];
    if (row !== undefined && col !== undefined) out.add(`${columnLetters(Number(col) + 1)}${Number(row) + 1}`);
  }
  return out;
}

function newVml(block: number, cells: readonly string[]): string {
  const shapes = cells.map((a, i) => noteShape(a, `_x0000_s${block * 1024 + 1 + i}`, '')).join('');
  return `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}${shapes}</xml>`;
}

/** The next free shape-id block (`o:idmap data`) of the package's VML drawings. */
function nextIdBlock(pkg: Package): number {
  let max = 0;
  for (const name of pkg.names().filter((n) => n.toLowerCase().endsWith('.vml'))) {
    for (const m of (pkg.text(name) ?? '').matchAll(/\bdata="([\d,\s]*)"/g)) for (const n of m[1].split(/[,\s]+/)) max = Math.max(max, Number(n) || 0);
    for (const m of (pkg.text(name) ?? '').matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Math.floor(Number(m[1]) / 1024));
  }
  return max + 1;
}

/**
 * Adds note shapes to an existing VML drawing: the shape type notes use when it lacks one, a shape per new note
 * with ids after the highest one, and fresh ids for shapes that repeat an id (LibreOffice names every note
 * `shape_0`, which Excel repairs).
 */
function mergeShapes(vml: string, cells: readonly string[]): string {
  const close = vml.lastIndexOf('</xml>');
  if (close < 0) throw new PatchError('VML drawing without </xml>');
  let max = 1024 * Math.max(1, ...[...vml.matchAll(/\bdata="(\d+)/g)].map((m) => Number(m[1])));
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  const seen = new Set<string>();
  let out = vml.replace(/<(\w+:)?shape\b[^>]*>/g, (tag) => {
    const id = /\sid="([^"]*)"/.exec(tag)?.[1];
    // Gnumeric writes notes without ids: Excel wants one on each shape.
    if (id === undefined) return tag.replace(/^(<[\w:]+)/, `$1 id="_x0000_s${++max}"`);
    if (!seen.has(id)) {
      seen.add(id);
      return tag;
    }
    return tag.replace(/\sid="[^"]*"/, ` id="_x0000_s${++max}"`);
  });
  const root = /<xml\b[^>]*>/.exec(out)?.[0] ?? '';
  const declared = Object.entries(VML_NS).every(([p, uri]) => root.includes(`xmlns:${p}="${uri}"`));
  const ns = declared
    ? ''
    : Object.entries(VML_NS)
        .map(([p, uri]) => ` xmlns:${p}="${uri}"`)
        .join('');
  const hasType = /\sid="_x0000_t202"/.test(out);
  const shapeType = hasType ? '' : ns ? SHAPETYPE.replace('<v:shapetype', `<v:shapetype${ns}`) : SHAPETYPE;
  const shapes = cells.map((a) => noteShape(a, `_x0000_s${++max}`, ns)).join('');
  const at = out.lastIndexOf('</xml>');
  out = out.slice(0, at) + shapeType + shapes + out.slice(at);
  return out;
}
