import { attr, decodeXml, textOf } from '../xml-text.js';
import { NOTE_AUTHOR } from './comments.js';
import type { Package } from './package.js';
import { escapeXml } from './xml.js';

const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const HEADING = `${NOTE_AUTHOR}:\n`;

/**
 * Removes the notes an earlier check wrote on a worksheet (a returned copy the unit sent back again): comments of
 * author NOTE_AUTHOR or headed by its name (LibreOffice keeps no author per note), with the shapes anchored to their
 * cells, and the text headed by its name after a unit's own note. Returns those cells, whose fill is then undone: a
 * problem fixed since is no longer marked.
 */
export function removeEarlierNotes(pkg: Package, sheetPart: string, sheetXml: string): string[] {
  const commentsPart = pkg.relationships(sheetPart).find((r) => r.type === COMMENTS_REL && !r.external && pkg.has(r.target))?.target;
  const comments = commentsPart && pkg.text(commentsPart);
  if (!comments || (!comments.includes(NOTE_AUTHOR) && !comments.includes(escapeXml(NOTE_AUTHOR)))) return [];
  const authors = [...(/<authors\b[^>]*>([\s\S]*?)<\/authors>/.exec(comments)?.[1] ?? '').matchAll(/<author\b[^>]*?(?:\/>|>([\s\S]*?)<\/author>)/g)].map((m) => decodeXml(m[1] ?? ''));
  const ours = String(authors.indexOf(NOTE_AUTHOR));
  const cells: string[] = [];
  const removed: string[] = [];
  const kept = comments.replace(/<comment\b([^>]*?)(?:\/>|>([\s\S]*?)<\/comment>)/g, (element, attrs: string, body: string | undefined) => {
    const ref = attr(attrs, 'ref') ?? '';
    const text = textOf(body ?? '').replace(/\r\n?/g, '\n');
    if (attr(attrs, 'authorId') === ours || text.startsWith(HEADING)) {
      cells.push(ref);
      removed.push(ref);
      return '';
    }
    const at = text.indexOf(`\n\n${HEADING}`);
    if (at < 0) return element;
    // Our text after the unit's own note: cut off, the unit's text kept (as plain text when the runs were merged).
    cells.push(ref);
    const runs = element.replace(/<r>(?:<rPr>(?:(?!<\/r>)[\s\S])*?<\/rPr>)?<t\b[^>]*>((?:(?!<\/r>)[\s\S])*?)<\/t><\/r>/g, (run, t: string) =>
      decodeXml(t).replace(/\r\n?/g, '\n').startsWith(`\n\n${HEADING}`) ? '' : run,
    );
    if (textOf(/<text\b[^>]*>([\s\S]*)<\/text>/.exec(runs)?.[1] ?? '').replace(/\r\n?/g, '\n') === text.slice(0, at)) return runs;
    return element.replace(/<text\b[^>]*>[\s\S]*<\/text>/, `<text><t xml:space="preserve">${escapeXml(text.slice(0, at))}</t></text>`);
  });
  if (cells.length === 0) return [];
  pkg.put(commentsPart!, kept);
  const legacy = /<legacyDrawing\b[^>]*?\b\w+:id="([^"]*)"/.exec(sheetXml)?.[1];
  const vmlPart = pkg.relationships(sheetPart).find((r) => r.id === legacy && !r.external && pkg.has(r.target))?.target;
  if (vmlPart && removed.length) {
    const anchors = new Set(removed.map(anchorOf));
    const vml = pkg.text(vmlPart)!.replace(/<(\w+:)?shape\b[^>]*>([\s\S]*?)<\/\1?shape>/g, (shape, _p: string, body: string) => {
      const row = /<(?:\w+:)?Row>\s*(\d+)\s*</.exec(body)?.[1];
      const col = /<(?:\w+:)?Column>\s*(\d+)\s*</.exec(body)?.[1];
      return row !== undefined && col !== undefined && anchors.has(`${row},${col}`) ? '' : shape;
    });
    pkg.put(vmlPart, vml);
  }
  return cells;
}

/** `G10` → `9,6`: the zero-based row and column a note shape names. */
function anchorOf(address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return '';
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return `${Number(m[2]) - 1},${col - 1}`;
}
