import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkOoxml, requireXmllint, type Finding } from '../helpers/ooxml-check.js';

/**
 * The schema checker is not vacuous: a tiny hand-written workbook passes with no finding at all, and each deliberate
 * defect in one part gives the ERROR or WARN check-ooxml.py gives for it.
 */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function cleanParts(): Record<string, string> {
  return {
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECL}<workbook ${NS}><sheets><sheet name="Nhập liệu" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Nhập liệu'!$A$1:$B$2</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${DECL}<styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `${DECL}<worksheet ${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"><dimension ref="A1:B2"/><sheetData><row r="1" x14ac:dyDescent="0.25"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData></worksheet>`,
  };
}

let dir: string | undefined;
function write(parts: Record<string, string>, name = 'book.xlsx'): string {
  dir ??= mkdtempSync(join(tmpdir(), 'ooxml-checker-'));
  const file = join(dir, name);
  const zip: Record<string, Uint8Array> = {};
  for (const [n, text] of Object.entries(parts)) zip[n] = strToU8(text);
  writeFileSync(file, zipSync(zip));
  return file;
}

/** The clean workbook with one part edited. */
function broken(part: string, edit: (xml: string) => string, more: Record<string, string> = {}): Finding[] {
  const parts = { ...cleanParts(), ...more };
  const before = parts[part];
  parts[part] = edit(before);
  expect(parts[part], 'the edit changed nothing').not.toBe(before);
  return checkOoxml(write(parts));
}

const serious = (fs: Finding[]) => fs.filter((f) => f.level === 'ERROR' || f.level === 'WARN');

describe.skipIf(!requireXmllint())('checkOoxml', () => {
  it('finds nothing in a clean workbook (markup-compatibility-ignorable attributes are stripped first)', () => {
    expect(checkOoxml(write(cleanParts()))).toEqual([]);
  });

  it('an unknown element in a sheet is a schema ERROR on that part', () => {
    const fs = broken('xl/worksheets/sheet1.xml', (x) => x.replace('</sheetData>', '</sheetData><bogus/>'));
    expect(serious(fs)).toEqual([{ part: 'xl/worksheets/sheet1.xml', level: 'ERROR', message: expect.stringMatching(/^XSD line \d+: Element '\{[^}]+\}bogus': This element is not expected/) }]);
  });

  it('an ignorable attribute without mc:Ignorable is a schema ERROR', () => {
    const fs = broken('xl/worksheets/sheet1.xml', (x) => x.replace(' mc:Ignorable="x14ac"', ''));
    expect(serious(fs)).toEqual([
      { part: 'xl/worksheets/sheet1.xml', level: 'ERROR', message: expect.stringContaining("attribute '{http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac}dyDescent'") },
    ]);
  });

  it('a relationship to a missing part is an ERROR', () => {
    const fs = broken('xl/_rels/workbook.xml.rels', (x) => x.replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/theme" Target="theme/theme1.xml"/></Relationships>`));
    expect(serious(fs)).toEqual([{ part: 'xl/_rels/workbook.xml.rels', level: 'ERROR', message: 'relationship rId9 -> missing part xl/theme/theme1.xml' }]);
  });

  it("a '#'-hyperlink written as an external relationship is a WARN, on the rels and on the hyperlink", () => {
    const rels = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="#'Nhập liệu'!A2" TargetMode="External"/></Relationships>`;
    const fs = broken('xl/worksheets/sheet1.xml', (x) => x.replace('</sheetData>', `</sheetData><hyperlinks><hyperlink ref="A1" r:id="rId1" location="#'Nhập liệu'!A2"/></hyperlinks>`), {
      'xl/worksheets/_rels/sheet1.xml.rels': rels,
    });
    expect(serious(fs)).toEqual([
      { part: 'xl/worksheets/_rels/sheet1.xml.rels', level: 'WARN', message: `External target is not a plain URI: "#'Nhập liệu'!A2" (hyperlink)` },
      { part: 'xl/worksheets/sheet1.xml', level: 'WARN', message: `hyperlink A1 has both r:id (-> "#'Nhập liệu'!A2") and location="#'Nhập liệu'!A2"` },
      { part: 'xl/worksheets/sheet1.xml', level: 'WARN', message: `hyperlink A1 location starts with "#": "#'Nhập liệu'!A2"` },
    ]);
  });

  it('a hyperlink r:id that is not in the sheet rels is an ERROR', () => {
    const fs = broken('xl/worksheets/sheet1.xml', (x) => x.replace('</sheetData>', '</sheetData><hyperlinks><hyperlink ref="A1" r:id="rId7"/></hyperlinks>'));
    expect(serious(fs)).toEqual([{ part: 'xl/worksheets/sheet1.xml', level: 'ERROR', message: 'hyperlink id=rId7 not in sheet rels' }]);
  });

  it('a Print_Area with relative rows is a WARN; without localSheetId too', () => {
    const fs = broken('xl/workbook.xml', (x) => x.replace('$A$1:$B$2', '$A1:$B2'));
    expect(serious(fs)).toEqual([{ part: 'xl/workbook.xml', level: 'WARN', message: "Print_Area with relative row references: 'Nhập liệu'!$A1:$B2" }]);
    const scope = broken('xl/workbook.xml', (x) => x.replace(' localSheetId="0"', ''));
    expect(serious(scope)).toEqual([{ part: 'xl/workbook.xml', level: 'WARN', message: '_xlnm.Print_Area without localSheetId' }]);
  });

  it('Print_Titles must be absolute whole rows', () => {
    const ok = broken('xl/workbook.xml', (x) => x.replace('</definedNames>', `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Nhập liệu'!$1:$1</definedName></definedNames>`));
    expect(serious(ok)).toEqual([]);
    const fs = broken('xl/workbook.xml', (x) => x.replace('</definedNames>', `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Nhập liệu'!1:1</definedName></definedNames>`));
    expect(serious(fs)).toEqual([{ part: 'xl/workbook.xml', level: 'WARN', message: "Print_Titles not absolute whole rows/columns: 'Nhập liệu'!1:1" }]);
  });

  it('defined names: a cell-reference name and a reference to an unknown sheet are ERRORs', () => {
    const fs = broken('xl/workbook.xml', (x) =>
      x.replace('</definedNames>', `<definedName name="AB12">'Nhập liệu'!$A$1</definedName><definedName name="v_X">'Khác'!$A$1</definedName></definedNames>`),
    );
    expect(serious(fs).map((f) => f.message)).toEqual(["defined name looks like a cell reference: 'AB12'", "defined name v_X refers to unknown sheet 'Khác'"]);
  });

  it('a part without a content type is an ERROR', () => {
    const fs = broken('[Content_Types].xml', (x) => x.replace('<Default Extension="xml" ContentType="application/xml"/>', '').replace(/<Override PartName="\/xl\/styles.xml"[^>]*>/, ''));
    expect(serious(fs)).toEqual([{ part: '[Content_Types].xml', level: 'ERROR', message: 'no content type for part /xl/styles.xml' }]);
  });

  it('data-validation limits and formula text', () => {
    const dv = `<dataValidations count="1"><dataValidation type="whole" sqref="A1" promptTitle="${'x'.repeat(33)}"><formula1>0</formula1></dataValidation></dataValidations>`;
    const fs = broken('xl/worksheets/sheet1.xml', (x) => x.replace('</sheetData>', `</sheetData>${dv}`).replace('<f>A1*2</f>', '<f>SUM(A1;A2)</f>'));
    expect(serious(fs).map((f) => f.message)).toEqual([
      "B1: semicolon in formula 'SUM(A1;A2)'",
      `dataValidation promptTitle has 33 chars > 32: '${'x'.repeat(33)}'`,
      'dataValidation A1 between without formula2',
    ]);
  });

  it('sheet names: too long and illegal characters', () => {
    const fs = broken('xl/workbook.xml', (x) => x.replaceAll('Nhập liệu', 'Nhập liệu/quý 1 năm 2026 của đơn vị'));
    expect(serious(fs).map((f) => f.message)).toEqual(["sheet name > 31 chars: 'Nhập liệu/quý 1 năm 2026 của đơn vị'", "illegal sheet name 'Nhập liệu/quý 1 năm 2026 của đơn vị'"]);
  });

  it('packages from other writers: #REF! names (Gnumeric), absolute targets (openpyxl), rows and cells without r', () => {
    // as check-ooxml.py reports it
    const ref = broken('xl/workbook.xml', (x) =>
      x.replace(/<definedName name="_xlnm.Print_Area".*<\/definedNames>/, '<definedName name="_xlnm.Print_Area" localSheetId="0">#REF!</definedName></definedNames>'),
    );
    expect(serious(ref).map((f) => f.message)).toEqual(["defined name _xlnm.Print_Area refers to unknown sheet 'REF'"]);
    // openpyxl writes Target="/xl/worksheets/sheet1.xml": the sheet is still found and checked
    const absolute = broken('xl/_rels/workbook.xml.rels', (x) => x.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'), {
      'xl/worksheets/sheet1.xml': cleanParts()['xl/worksheets/sheet1.xml'].replace('<f>A1*2</f>', '<f>=A1*2</f>'),
    });
    expect(serious(absolute).map((f) => f.message)).toEqual(['B1: formula text starts with "=": \'=A1*2\'']);
    const implicit = broken('xl/worksheets/sheet1.xml', (x) => x.replace('<row r="2"><c r="A2">', '<row><c>'));
    expect(implicit).toEqual([]);
  });

  it('zip entries: not a zip is an ERROR', () => {
    dir ??= mkdtempSync(join(tmpdir(), 'ooxml-checker-'));
    const file = join(dir, 'not-a-zip.xlsx');
    writeFileSync(file, 'hello');
    expect(checkOoxml(file)).toEqual([{ part: 'zip', level: 'ERROR', message: expect.stringMatching(/^not a zip/) }]);
  });
});
