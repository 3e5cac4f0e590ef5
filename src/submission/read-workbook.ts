import { readZip, ZipError, type LazyZip, type ZipProblem } from './read-zip.js';
import { PartMemo } from './part-memo.js';
import { parseSharedStrings, parseSheet, type SharedStrings } from './parse-sheet.js';
import type { RawSheet, RawWorkbook } from './workbook-types.js';
import { attr, decodeXml } from './xml-text.js';
import { fileDetails } from '../i18n/index.js';

export type WorkbookProblem = { code: 'unsupported-format' | 'encrypted-file' | 'corrupt-file' | 'empty-file' | 'zip-bomb' | 'file-too-large'; detail: string; format?: string };

const WANTED = /^(\[Content_Types\]\.xml|mimetype|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;

/** Identifies what the bytes are before treating them as a workbook: empty, OLE (.xls / encrypted), PDF, image… */
export function sniff(bytes: Uint8Array): WorkbookProblem | undefined {
  if (bytes.length === 0) return { code: 'empty-file', detail: '0 bytes' };
  // Zero-padded so that a file of 1 to 7 bytes is read as "not a zip package", not a buffer overrun.
  const head = Buffer.alloc(8);
  head.set(bytes.subarray(0, 8));
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
  try {
    const mimetype = zip.text('mimetype');
    if (mimetype?.includes('opendocument')) return { code: 'unsupported-format', detail: mimetype, format: '.ods (OpenDocument)' };
    // Parsed once per distinct part: the returns of one template share these parts byte for byte (part-memo.ts).
    const workbook = WORKBOOK_PARTS.get(zip, 'xl/workbook.xml');
    const contentTypes = CONTENT_TYPES.get(zip, '[Content_Types].xml');
    if (!workbook) return { code: 'corrupt-file', detail: contentTypes.kind };
    // Strict Open XML (ISO 29500 Strict): LibreOffice reads it; this reader and the annotated copy's patcher do not.
    if (workbook.strict) return { code: 'unsupported-format', detail: 'Strict Open XML', format: 'Strict Open XML (.xlsx)' };
    return buildWorkbook(zip, workbook, contentTypes.macros);
  } catch (error) {
    if (error instanceof ZipError) return { code: 'corrupt-file', detail: error.message };
    throw error;
  }
}

/** A macro-enabled package: its content types name a VBA project or the macro-enabled workbook type. */
function macrosIn(contentTypes: string | undefined): string | undefined {
  if (!contentTypes) return undefined;
  if (contentTypes.includes('vbaProject')) return 'VBA project';
  if (/macroEnabled/i.test(contentTypes)) return 'macro-enabled (.xlsm)';
  return undefined;
}

/** What the workbook part says: Strict or not, its sheets (by relationship id), the first two sheet names that differ only in case, its defined names. */
interface WorkbookPart {
  strict: boolean;
  sheets: { name: string; state: 'visible' | 'hidden' | 'veryHidden'; rId: string }[];
  sameName?: [string, string];
  names: Map<string, { sheet: string; cell: string }>;
}

function parseWorkbookPart(workbookXml: string | undefined): WorkbookPart | undefined {
  if (!workbookXml) return undefined;
  const sheets = [...workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => ({
    name: attr(m[1], 'name') ?? '',
    state: (attr(m[1], 'state') ?? 'visible') as 'visible' | 'hidden' | 'veryHidden',
    rId: attr(m[1], 'r:id') ?? '',
  }));
  let sameName: [string, string] | undefined;
  const seen = new Map<string, string>();
  for (const s of sheets) {
    const folded = s.name.normalize('NFC').toLocaleLowerCase('vi');
    if (seen.has(folded)) {
      sameName = [String(seen.get(folded)), s.name];
      break;
    }
    seen.set(folded, s.name);
  }
  const names = new Map<string, { sheet: string; cell: string }>();
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const ref = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(decodeXml(m[2]).trim());
    const name = attr(m[1], 'name');
    if (name && ref) names.set(name, { sheet: ref[1].replace(/''/g, "'"), cell: `${ref[2]}${ref[3]}` });
  }
  return { strict: workbookXml.includes('purl.oclc.org/ooxml/spreadsheetml/main'), sheets, ...(sameName ? { sameName } : {}), names };
}

/** The workbook's relationships: id → part path. */
function parseRelationships(relsXml: string | undefined): Map<string, string> {
  const rels = new Map<string, string>();
  for (const m of (relsXml ?? '').matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return rels;
}

const WORKBOOK_PARTS = new PartMemo(parseWorkbookPart);
const RELATIONSHIPS = new PartMemo(parseRelationships);
const CONTENT_TYPES = new PartMemo((xml: string | undefined) => ({ macros: macrosIn(xml), kind: packageKind(xml) }));
const STYLES = new PartMemo((xml: string | undefined) => cellStyles(xml ?? ''));

/** Forgets every part parsed so far: the next workbook is read as if it were the first (tests compare the two). */
export function forgetParsedParts(): void {
  for (const memo of [WORKBOOK_PARTS, RELATIONSHIPS, CONTENT_TYPES, STYLES]) memo.clear();
}

function buildWorkbook(zip: LazyZip, workbook: WorkbookPart, macros: string | undefined): RawWorkbook | WorkbookProblem {
  const rels = RELATIONSHIPS.get(zip, 'xl/_rels/workbook.xml.rels');
  const sheets = workbook.sheets.map((s) => ({ name: s.name, state: s.state, path: rels.get(s.rId) ?? '' }));
  if (workbook.sameName) return { code: 'corrupt-file', detail: fileDetails.sameSheetName(...workbook.sameName) };
  return new XlsxWorkbook(zip, sheets, workbook.names, macros);
}

/**
 * A workbook read from its package: shared strings, styles and sheets are inflated and parsed on first use only. A
 * class rather than an object of closures, for the reason ZipReader is one (read-zip.ts).
 */
class XlsxWorkbook implements RawWorkbook {
  readonly kind = 'xlsx' as const;
  declare readonly macros?: string;
  readonly #zip: LazyZip;
  #shared: SharedStrings | undefined;
  #styles: ReturnType<typeof cellStyles> | undefined;
  readonly #sheets = new Map<string, RawSheet | undefined>();

  constructor(
    zip: LazyZip,
    readonly sheets: RawWorkbook['sheets'],
    readonly names: RawWorkbook['names'],
    macros: string | undefined,
  ) {
    this.#zip = zip;
    if (macros) this.macros = macros;
  }

  get unlockedStyles(): Set<number> {
    return this.#stylesOnce().unlockedStyles;
  }

  get percentStyles(): Set<number> {
    return this.#stylesOnce().percentStyles;
  }

  get dateStyles(): Set<number> {
    return this.#stylesOnce().dateStyles;
  }

  sheet(name: string): RawSheet | undefined {
    if (!this.#sheets.has(name)) {
      const info = this.sheets.find((s) => s.name === name);
      const xml = info ? this.#zip.text(info.path) : undefined;
      if (xml !== undefined) this.#shared ??= parseSharedStrings(this.#zip.bytes('xl/sharedStrings.xml'));
      this.#sheets.set(name, xml === undefined ? undefined : parseSheet(name, xml, this.#shared ?? (() => '')));
    }
    return this.#sheets.get(name);
  }

  #stylesOnce(): ReturnType<typeof cellStyles> {
    return (this.#styles ??= STYLES.get(this.#zip, 'xl/styles.xml'));
  }
}

/** What a zip without a workbook part is, from its content types (a renamed .docx/.pptx is a common slip). */
function packageKind(contentTypes: string | undefined): string {
  if (!contentTypes) return 'not an Office package ([Content_Types].xml missing)';
  if (contentTypes.includes('wordprocessingml')) return 'Word document (.docx)';
  if (contentTypes.includes('presentationml')) return 'PowerPoint presentation (.pptx)';
  return 'xl/workbook.xml missing';
}

const PERCENT_FORMATS = new Set([9, 10]);
/** Built-in date and time formats (ECMA-376 18.8.30). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Style indexes (cellXfs) that are unlocked (`<protection locked="0|false">`: LibreOffice writes "false", Excel "0"),
 * and those shown as a percentage (built-in formats 9/10 or a custom code with an unquoted %): a unit who types
 * "71,54%" gets the number 0.7154 in such a cell.
 */
function cellStyles(stylesXml: string): Pick<RawWorkbook, 'unlockedStyles' | 'percentStyles' | 'dateStyles'> {
  const percentIds = new Set(PERCENT_FORMATS);
  const dateIds = new Set(DATE_FORMATS);
  for (const m of stylesXml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    // Quoted text, escaped characters and [colour]/[$-locale] blocks say nothing about the kind of number.
    const code = (attr(m[1], 'formatCode') ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    if (code.includes('%')) percentIds.add(Number(attr(m[1], 'numFmtId')));
    if (/[dmyhs]/i.test(code) && !/general/i.test(code)) dateIds.add(Number(attr(m[1], 'numFmtId')));
  }
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const unlockedStyles = new Set<number>();
  const percentStyles = new Set<number>();
  const dateStyles = new Set<number>();
  [...cellXfs.matchAll(/<xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)].forEach((m, i) => {
    if (/<protection[^>]*locked="(0|false)"/.test(m[2] ?? '')) unlockedStyles.add(i);
    if (percentIds.has(Number(attr(m[1], 'numFmtId') ?? 0))) percentStyles.add(i);
    if (dateIds.has(Number(attr(m[1], 'numFmtId') ?? 0))) dateStyles.add(i);
  });
  return { unlockedStyles, percentStyles, dateStyles };
}
