import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../src/diagnostics/index.js';
import { patchWorkbook } from '../../src/submission/annotate/patch.js';
import { checkOoxml, requireXmllint } from '../helpers/ooxml-check.js';

// The package patcher on small hand-written workbooks: the cases real returns rarely show all at once.
const hasXmllint = requireXmllint();
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const DATE = new Date(Date.UTC(2026, 0, 5));

function workbook(entrySheet: string, extra: Record<string, string> = {}, sheetRels?: string): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WS}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${WS}"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${extra['xl/comments1.xml'] ? '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' : ''}</Types>`,
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView firstSheet="1" activeTab="1"/></bookViews><sheets><sheet name="Hướng dẫn" sheetId="1" r:id="rId1"/><sheet name="Nhập liệu" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">'Nhập liệu'!$A$1:$H$38</definedName><definedName name="v_KT_07">'Nhập liệu'!$G$10</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyProtection="1"><protection locked="0"/></xf></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData/></worksheet>`,
    'xl/worksheets/sheet2.xml': entrySheet,
    ...extra,
  };
  if (sheetRels) parts['xl/worksheets/_rels/sheet2.xml.rels'] = sheetRels;
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

const sheet = (body: string, after = '') => `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${body}</sheetData>${after}</worksheet>`;

function problem(cell: string, severity: Severity = 'error', code: Diagnostic['code'] = 'not-a-number'): Diagnostic {
  return { code, severity, message: `Ô ${cell} không phải là số`, hint: 'Nhập một số', location: { file: 'x.xlsx', sheet: 'Nhập liệu', cell } };
}

function patch(bytes: Uint8Array, diagnostics: Diagnostic[]) {
  const out = patchWorkbook(bytes, diagnostics, 'vi', 'x.xlsx', DATE);
  const zip = unzipSync(out);
  const text = (name: string) => (zip[name] ? strFromU8(zip[name]) : '');
  return { out, zip, text };
}

/** The `<xf>` a cell's `s` points at. */
function xfOf(text: (n: string) => string, address: string): string {
  const s = Number(new RegExp(`<c r="${address}"[^>]*\\ss="(\\d+)"`).exec(text('xl/worksheets/sheet2.xml'))![1]);
  const xfs = [.../<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text('xl/styles.xml'))![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  return xfs[s];
}

function schemaProblems(bytes: Uint8Array): string[] {
  if (!hasXmllint) return [];
  const file = join(mkdtempSync(join(tmpdir(), 'annotate-patch-')), 'x.xlsx');
  writeFileSync(file, bytes);
  return checkOoxml(file)
    .filter((f) => f.level === 'ERROR' || f.level === 'WARN')
    .map((f) => `${f.part}: ${f.message}`);
}

describe('the annotate package patcher', () => {
  it("creates a missing cell between its neighbours, and a missing row in row order, from the column's format", () => {
    const bytes = workbook(
      sheet('<row r="10" spans="1:8"><c r="A10"><v>1</v></c><c r="H10"/></row><row r="14"><c r="A14"/></row>').replace(
        '<sheetData>',
        '<cols><col min="7" max="7" width="16" style="1" customWidth="1"/></cols><sheetData>',
      ),
    );
    const { out, text } = patch(bytes, [problem('G10'), problem('G12', 'warning', 'out-of-range')]);
    const xml = text('xl/worksheets/sheet2.xml');
    expect([...xml.matchAll(/<c r="(\w+)"/g)].map((m) => m[1])).toEqual(['A10', 'G10', 'H10', 'G12', 'A14']);
    // The new formats copy the column's: number format 3, unlocked, with the red and the amber fill.
    expect(xfOf(text, 'G10')).toMatch(/numFmtId="3"[\s\S]*locked="0"/);
    expect(xfOf(text, 'G12')).toMatch(/numFmtId="3"[\s\S]*locked="0"/);
    expect(xfOf(text, 'G10')).not.toBe(xfOf(text, 'G12'));
    expect(text('xl/styles.xml')).toMatch(/<cellXfs count="\d+">/);
    const count = Number(/<cellXfs count="(\d+)"/.exec(text('xl/styles.xml'))![1]);
    expect(count).toBe([.../<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text('xl/styles.xml'))![1].matchAll(/<xf\b/g)].length);
    expect(schemaProblems(out)).toEqual([]);
  });

  it("keeps an existing cell's own format (value, number format, protection) and only changes its fill", () => {
    const { text } = patch(workbook(sheet('<row r="10"><c r="G10" s="1" t="inlineStr"><is><t>abc</t></is></c></row>')), [problem('G10')]);
    expect(text('xl/worksheets/sheet2.xml')).toMatch(/<c r="G10" s="\d+" t="inlineStr"><is><t>abc<\/t><\/is><\/c>/);
    expect(xfOf(text, 'G10')).toMatch(/^<xf numFmtId="3" fontId="0" fillId="\d+" borderId="0" xfId="0" applyNumberFormat="1" applyProtection="1" applyFill="1"><protection locked="0"\/><\/xf>$/);
  });

  it('reads rows and cells without r as Excel does, and writes the new ones in their places', () => {
    const { out, text } = patch(workbook(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>')), [problem('B1'), problem('A4')]);
    const xml = text('xl/worksheets/sheet2.xml');
    expect([...xml.matchAll(/<row r="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '4']);
    expect(xml).toMatch(/<c r="A1"><v>1<\/v><\/c><c r="B1" s="\d+"><v>2<\/v><\/c>/);
    expect(schemaProblems(out)).toEqual([]);
  });

  it('puts the note drawing where CT_Worksheet wants it: after the print setup, before tableParts and extLst', () => {
    const after =
      '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;P</oddFooter></headerFooter><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings/></ext></extLst>';
    const { out, text } = patch(workbook(sheet('<row r="10"><c r="G10"/></row>', after)), [problem('G10')]);
    const xml = text('xl/worksheets/sheet2.xml');
    expect(xml).toMatch(/<\/headerFooter><legacyDrawing r:id="rId\d+"\/><extLst>/);
    expect(schemaProblems(out)).toEqual([]);
  });

  it("merges the notes into the sheet's comments and drawing: a unit's note stays, ours follows it; shapes get unique ids", () => {
    const comments = `<comments xmlns="${MAIN}"><authors><author>Cán bộ</author></authors><commentList><comment ref="C10" authorId="0"><text><t>Chỉ tiêu mới</t></text></comment><comment ref="G10" authorId="0"><text><t>Số tạm tính</t></text></comment></commentList></comments>`;
    const shape = (row: number, col: number) =>
      `<v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">${shape(9, 2)}${shape(9, 6)}</xml>`;
    const rels = `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`;
    const bytes = workbook(sheet('<row r="10"><c r="C10"/><c r="G10"/></row>', '<legacyDrawing r:id="rId2"/>'), { 'xl/comments1.xml': comments, 'xl/drawings/vmlDrawing1.vml': vml }, rels);
    const first = patch(bytes, [problem('G10'), problem('G12')]);
    const c = first.text('xl/comments1.xml');
    expect([...c.matchAll(/<comment ref="(\w+)"/g)].map((m) => m[1])).toEqual(['C10', 'G10', 'G12']);
    expect(c).toMatch(/<comment ref="G10" authorId="0"><text><t>Số tạm tính<\/t><r><t xml:space="preserve">\s+indicators check:\s+Ô G10 không phải là số/);
    expect(c).toMatch(/<author>Cán bộ<\/author><author>indicators check<\/author>/);
    const drawing = first.text('xl/drawings/vmlDrawing1.vml');
    const ids = [...drawing.matchAll(/<v:shape\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(drawing).toMatch(/<x:Row>11<\/x:Row><x:Column>6<\/x:Column>/);
    expect(first.text('xl/worksheets/sheet2.xml').match(/<legacyDrawing\b/g)).toHaveLength(1);
    expect(
      Object.keys(first.zip)
        .filter((n) => /comments|vml/i.test(n))
        .sort(),
    ).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']);
    expect(schemaProblems(first.out)).toEqual([]);

    // The same copy sent back with G10 fixed, checked and annotated again: one list, our notes replaced rather than
    // repeated, G10 back to its own format with only the unit's note.
    const again = patch(first.out, [problem('G12')]);
    const wb = again.text('xl/workbook.xml');
    expect([...wb.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Lỗi cần sửa', 'Hướng dẫn', 'Nhập liệu']);
    expect(again.text('xl/comments1.xml').match(/Ô G12 không phải là số/g)).toHaveLength(1);
    expect(again.text('xl/comments1.xml')).toMatch(/<comment ref="G10" authorId="0"><text><t>Số tạm tính<\/t><\/text><\/comment>/);
    expect(again.text('xl/worksheets/sheet2.xml')).toMatch(/<c r="G10" s="0"\/>/);
    expect(again.text('xl/drawings/vmlDrawing1.vml').match(/<v:shape\b/g)).toHaveLength(3);
    expect(Object.keys(again.zip).filter((n) => n.startsWith('xl/worksheets/sheet'))).toHaveLength(3);
    expect(schemaProblems(again.out)).toEqual([]);
  });

  it('shifts sheet-local names by one, opens on the list, and leaves no other tab selected', () => {
    const { out, text } = patch(workbook(sheet('<row r="10"><c r="G10"/></row>')), [problem('G10')]);
    const wb = text('xl/workbook.xml');
    expect(wb).toMatch(/<sheets><sheet name="Lỗi cần sửa" sheetId="3" r:id="rId\d+"\/><sheet name="Hướng dẫn"/);
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">');
    expect(wb).toContain('<definedName name="v_KT_07">');
    expect(wb).toMatch(/<workbookView firstSheet="0" activeTab="0"\/>/);
    expect(text('xl/worksheets/sheet1.xml')).not.toContain('tabSelected');
    expect(schemaProblems(out)).toEqual([]);
  });

  it('makes a print area with relative references (as exceljs re-saves it) absolute, as Excel keeps it', () => {
    const bytes = unzipSync(workbook(sheet('<row r="10"><c r="G10"/></row>')));
    const wbXml = strFromU8(bytes['xl/workbook.xml']).replace("'Nhập liệu'!$A$1:$H$38", "'Nhập liệu'!$A1:$H38");
    const relative = zipSync({ ...bytes, 'xl/workbook.xml': strToU8(wbXml) });
    const { text } = patch(relative, [problem('G10')]);
    expect(text('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="2">'Nhập liệu'!$A$1:$H$38</definedName>`);
  });

  // LibreOffice saving with its ISO "Office Open XML" filter (what `--convert-to xlsx` picks once Writer is installed)
  // writes dateCompatibility, which ECMA-376 1st edition (our schemas and ../shared/ooxml/check-ooxml.py) rejects.
  it.each([
    ['false', '', '<workbookPr backupFile="false" showObjects="all"/>'],
    ['true', ' date1904="true"', '<workbookPr backupFile="false" showObjects="all" date1904="true"/>'],
    ['false', ' date1904="true"', '<workbookPr backupFile="false" showObjects="all" dateCompatibility="false" date1904="true"/>'],
  ])("drops LibreOffice's dateCompatibility=%s%s only where that changes no date", (value, date1904, expected) => {
    const bytes = unzipSync(workbook(sheet('<row r="10"><c r="G10"/></row>')));
    const wbXml = strFromU8(bytes['xl/workbook.xml']).replace('<bookViews>', `<workbookPr backupFile="false" showObjects="all" dateCompatibility="${value}"${date1904}/><bookViews>`);
    const { out, text } = patch(zipSync({ ...bytes, 'xl/workbook.xml': strToU8(wbXml) }), [problem('G10')]);
    expect(/<workbookPr\b[^>]*>/.exec(text('xl/workbook.xml'))?.[0]).toBe(expected);
    // A 1904 workbook that asks for the non-compatible base is left as written: the check names what it cannot fix.
    const kept = expected.includes('dateCompatibility');
    expect(schemaProblems(out).some((p) => p.includes("attribute 'dateCompatibility'"))).toBe(kept && hasXmllint);
  });
});
