import type { Unzipped } from 'fflate';
import { entryText, readZip, type ZipProblem } from './read-zip.js';
import { parseSharedStrings, parseSheet } from './parse-sheet.js';
import type { RawSheet, RawWorkbook } from './workbook-types.js';
import { attr, decodeXml } from './xml-text.js';

export type WorkbookProblem = { code: 'unsupported-format' | 'encrypted-file' | 'corrupt-file' | 'empty-file' | 'zip-bomb' | 'file-too-large'; detail: string; format?: string };

const WANTED = /^(\[Content_Types\]\.xml|mimetype|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;

/** Identifies what the bytes are before treating them as a workbook: empty, OLE (.xls / encrypted), PDF, image… */
export function sniff(bytes: Uint8Array): WorkbookProblem | undefined {
  if (bytes.length === 0) return { code: 'empty-file', detail: '0 bytes' };
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    // An OLE compound file is either a legacy .xls or an encrypted (password-protected) OOXML package.
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return encrypted ? { code: 'encrypted-file', detail: 'OLE EncryptionInfo' } : { code: 'unsupported-format', detail: 'OLE2', format: '.xls (Excel 97–2003)' };
  }
  if (head.toString('latin1', 0, 4) === '%PDF') return { code: 'corrupt-file', detail: 'PDF' };
  if (head.readUInt32BE(0) === 0x89504e47 || head.readUInt16BE(0) === 0xffd8) return { code: 'corrupt-file', detail: 'image' };
  if (head.readUInt16BE(0) !== 0x504b) return { code: 'corrupt-file', detail: 'not a zip package' };
  return undefined;
}

/** Opens an .xlsx for reading: checks, directory limits, then only the parts check needs. Never evaluates anything. */
export function readWorkbook(bytes: Uint8Array): RawWorkbook | WorkbookProblem {
  const sniffed = sniff(bytes);
  if (sniffed) return sniffed;
  const zip = readZip(bytes, (name) => WANTED.test(name));
  if ('code' in zip) return zip as ZipProblem;
  const { entries } = zip;
  const mimetype = entryText(entries, 'mimetype');
  if (mimetype?.includes('opendocument')) return { code: 'unsupported-format', detail: mimetype, format: '.ods (OpenDocument)' };
  const workbookXml = entryText(entries, 'xl/workbook.xml');
  if (!workbookXml) return { code: 'corrupt-file', detail: 'xl/workbook.xml missing' };
  return buildWorkbook(entries, workbookXml);
}

function buildWorkbook(entries: Unzipped, workbookXml: string): RawWorkbook {
  const rels = new Map<string, string>();
  for (const m of (entryText(entries, 'xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = [...workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => ({
    name: attr(m[1], 'name') ?? '',
    state: (attr(m[1], 'state') ?? 'visible') as 'visible' | 'hidden' | 'veryHidden',
    path: rels.get(attr(m[1], 'r:id') ?? '') ?? '',
  }));
  const names = new Map<string, { sheet: string; cell: string }>();
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const ref = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(decodeXml(m[2]).trim());
    const name = attr(m[1], 'name');
    if (name && ref) names.set(name, { sheet: ref[1].replace(/''/g, "'"), cell: `${ref[2]}${ref[3]}` });
  }
  const shared = parseSharedStrings(entryText(entries, 'xl/sharedStrings.xml'));
  const cache = new Map<string, RawSheet | undefined>();
  return {
    kind: 'xlsx',
    sheets,
    names,
    unlockedStyles: unlockedStyles(entryText(entries, 'xl/styles.xml') ?? ''),
    sheet(name) {
      if (!cache.has(name)) {
        const info = sheets.find((s) => s.name === name);
        const xml = info ? entryText(entries, info.path) : undefined;
        cache.set(name, xml === undefined ? undefined : parseSheet(name, xml, shared));
      }
      return cache.get(name);
    },
  };
}

/** cellXfs indexes with `<protection locked="0|false">` (LibreOffice writes "false", Excel "0"). */
function unlockedStyles(stylesXml: string): Set<number> {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const out = new Set<number>();
  [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].forEach((m, i) => {
    if (/<protection[^>]*locked="(0|false)"/.test(m[1] ?? '')) out.add(i);
  });
  return out;
}
