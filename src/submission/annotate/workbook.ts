import { attr } from '../xml-text.js';
import { relsPath, type Package } from './package.js';
import { escapeXml, NS, PatchError, removeAttr, rootTag, setAttr } from './xml.js';

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface SheetRef {
  name: string;
  /** The worksheet part, or undefined when the sheet's relationship points nowhere (or at a chartsheet…). */
  part?: string;
}

/** The workbook part and its sheets in tab order. A PatchError when the package has no workbook we can patch. */
export function workbookOf(pkg: Package): { part: string; sheets: SheetRef[] } {
  const part = pkg.relationships('').find((r) => r.type === OFFICE_DOCUMENT && !r.external)?.target ?? 'xl/workbook.xml';
  const xml = pkg.text(part);
  if (!xml) throw new PatchError('no workbook part');
  rootTag(xml, 'workbook');
  const rels = pkg.relationships(part);
  const sheets = [...xml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
    const id = /\s[\w]+:id="([^"]*)"/.exec(m[1])?.[1];
    const rel = rels.find((r) => r.id === id && r.type === WORKSHEET_REL && !r.external && pkg.has(r.target));
    return { name: attr(m[1], 'name') ?? '', part: rel?.target };
  });
  return { part, sheets };
}

/**
 * Makes `sheetXml` the workbook's first and active sheet named `name`: a new worksheet part, its relationship and
 * content type, a `<sheet>` first in `<sheets>`, every `localSheetId` shifted by one, the first tab shown and
 * selected (and no other tab selected). A sheet already of that name or one of `replaces` (the list on a copy sent
 * back again, in either language) is replaced. Defined names that are only `#REF!` (Gnumeric writes print areas so) are dropped,
 * print areas with relative references (exceljs re-saves them so) are made absolute, as Excel keeps them, and
 * LibreOffice's ISO `dateCompatibility` is dropped where that changes no date.
 */
export function addFirstSheet(pkg: Package, name: string, sheetXml: string, replaces: readonly string[] = [name]): string {
  const { part: wbPart, sheets } = workbookOf(pkg);
  const folded = new Set([name, ...replaces].map((n) => n.toLocaleLowerCase('vi')));
  const old = sheets.findIndex((s) => folded.has(s.name.toLocaleLowerCase('vi')));
  let xml = pkg.text(wbPart)!;
  if (old >= 0) xml = removeSheet(pkg, wbPart, xml, old);
  const part = pkg.freeName('xl/worksheets/sheet', '.xml');
  pkg.put(part, sheetXml);
  pkg.addContentType(part, WORKSHEET_TYPE);
  const rid = pkg.addRelationship(wbPart, WORKSHEET_REL, part);
  const root = rootTag(xml, 'workbook').tag;
  const prefix = [...root.matchAll(/\sxmlns:(\w+)="([^"]*)"/g)].find((m) => m[2] === NS.rel)?.[1];
  const idAttr = prefix ? `${prefix}:id="${rid}"` : `xmlns:r="${NS.rel}" r:id="${rid}"`;
  const sheetIds = [...xml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => Number(attr(m[1], 'sheetId')) || 0);
  const element = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${idAttr}/>`;
  const sheetsOpen = /<sheets\b[^>]*?(\/?)>/.exec(xml);
  if (!sheetsOpen) throw new PatchError('workbook without <sheets>');
  xml = sheetsOpen[1]
    ? xml.replace(sheetsOpen[0], `<sheets>${element}</sheets>`)
    : xml.slice(0, sheetsOpen.index + sheetsOpen[0].length) + element + xml.slice(sheetsOpen.index + sheetsOpen[0].length);
  xml = shiftDefinedNames(xml, (n) => n + 1);
  xml = xml.replace(/<definedName\b[^>]*>\s*#REF!\s*<\/definedName>/g, '');
  xml = absolutePrintAreas(xml);
  xml = xml.replace(/<workbookPr\b[^>]*?\/?>/, withoutDateCompatibility);
  xml = xml.replace(/<definedNames\b[^>]*>\s*<\/definedNames>/, '');
  if (/<workbookView\b/.test(xml)) {
    xml = xml.replace(/<workbookView\b[^>]*?\/?>/g, (tag) => setAttr(attr(tag, 'firstSheet') ? setAttr(tag, 'firstSheet', '0') : tag, 'activeTab', '0'));
  } else {
    xml = xml.replace(/<bookViews\b[^>]*?\/>|<bookViews\b[^>]*>\s*<\/bookViews>/, '');
    const at = xml.indexOf('<sheets');
    xml = `${xml.slice(0, at)}<bookViews><workbookView activeTab="0"/></bookViews>${xml.slice(at)}`;
  }
  pkg.put(wbPart, xml);
  for (const s of sheets) {
    if (!s.part || s.part === part || !pkg.has(s.part)) continue;
    const text = pkg.text(s.part)!;
    const selected = text.replace(/<sheetView\b[^>]*?\/?>/g, (tag) => (/\stabSelected="(1|true)"/.test(tag) ? removeAttr(tag, 'tabSelected') : tag));
    if (selected !== text) pkg.put(s.part, selected);
  }
  return part;
}

/**
 * `<workbookPr>` without `dateCompatibility` when dropping it changes no date: the attribute is ISO/IEC 29500's, not
 * in ECMA-376 1st edition (whose schema the copy must pass). LibreOffice writes it when it saves with its "Office Open
 * XML" filter (`dateCompatibility="false"`, no `date1904`, for its usual 1899-12-30 base), and its "Excel 2007-365"
 * filter writes the same workbook without it; LibreOffice and openpyxl read both alike. Kept when `false` comes with
 * `date1904="true"` (no program we know writes that; the check then names it).
 */
function withoutDateCompatibility(tag: string): string {
  const compatible = attr(tag, 'dateCompatibility');
  if (compatible === undefined) return tag;
  const is = (v: string | undefined) => v === '1' || v === 'true';
  if (!is(compatible) && is(attr(tag, 'date1904'))) return tag;
  return removeAttr(tag, 'dateCompatibility');
}

/** `'Nhập liệu'!$A1:$H38` → `'Nhập liệu'!$A$1:$H$38` in `_xlnm.Print_Area` (the part after each `!` only). */
function absolutePrintAreas(xml: string): string {
  return xml.replace(/(<definedName\b[^>]*\sname="_xlnm\.Print_Area"[^>]*>)([\s\S]*?)(<\/definedName>)/g, (_m, open: string, areas: string, close: string) => {
    const fixed = areas.replace(/(!)([^,]*)/g, (_a, bang: string, ref: string) => bang + ref.replace(/\$?([A-Z]{1,3})\$?(\d+)/g, '$$$1$$$2'));
    return open + fixed + close;
  });
}

function shiftDefinedNames(xml: string, shift: (n: number) => number | undefined): string {
  return xml.replace(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g, (element, attrs: string) => {
    const local = attr(attrs, 'localSheetId');
    if (local === undefined) return element;
    const to = shift(Number(local));
    if (to === undefined) return '';
    return element.replace(/\slocalSheetId="[^"]*"/, ` localSheetId="${to}"`);
  });
}

/** Removes the sheet at tab `index` (the earlier list of problems): element, part, relationships, content type. */
function removeSheet(pkg: Package, wbPart: string, xml: string, index: number): string {
  const elements = [...xml.matchAll(/<sheet\b([^>]*?)\/?>/g)];
  const element = elements[index];
  const id = /\s[\w]+:id="([^"]*)"/.exec(element[1])?.[1];
  const rel = pkg.relationships(wbPart).find((r) => r.id === id);
  if (rel && !rel.external) {
    // An earlier copy's list (exceljs wrote its links as hyperlink relationships): its relationships go with it.
    pkg.remove(relsPath(rel.target));
    pkg.remove(rel.target);
    const relsXml = pkg.text(relsPath(wbPart))!;
    pkg.put(relsPath(wbPart), relsXml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*\\sId="${id}"[^>]*?\\/>`), ''));
    const ct = pkg.text('[Content_Types].xml')!;
    pkg.put('[Content_Types].xml', ct.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${rel.target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*?\\/>`, 'i'), ''));
  }
  xml = xml.slice(0, element.index) + xml.slice(element.index! + element[0].length);
  return shiftDefinedNames(xml, (n) => (n === index ? undefined : n > index ? n - 1 : n));
}
