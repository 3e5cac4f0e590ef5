import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/submission/limits.js';
import { readWorkbook } from '../../src/submission/read-workbook.js';
import type { RawWorkbook } from '../../src/submission/workbook-types.js';

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhập liệu');
  ws.getCell('B9').value = 'CDS.05';
  ws.getCell('C9').value = 'Tỷ lệ <hồ sơ> & "trực tuyến"';
  ws.getCell('G9').value = 3866;
  ws.getCell('G10').value = '1.245.649';
  ws.getCell('G11').value = { formula: 'G9/G10*100', result: 0.31 } as ExcelJS.CellFormulaValue;
  ws.getCell('G12').value = { formula: 'G9*2' } as ExcelJS.CellFormulaValue;
  ws.getCell('G13').value = true;
  ws.getCell('G14').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('G15').value = 0.7154;
  ws.getCell('G15').numFmt = '0.00%';
  ws.getCell('G15').protection = { locked: false };
  const meta = wb.addWorksheet('_meta', { state: 'veryHidden' });
  meta.getCell('A1').value = 'set_id';
  meta.getCell('B1').value = 'qng';
  wb.definedNames.add("'Nhập liệu'!$G$9", 'v_CDS_05');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const zip = (files: Record<string, Uint8Array>, level: 0 | 9 = 9) => zipSync(files, { level });

describe('readWorkbook', () => {
  it('reads values, formulas, cached results, sheets, states and defined names', async () => {
    const wb = readWorkbook(await workbookBytes()) as RawWorkbook;
    expect('code' in wb).toBe(false);
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Nhập liệu', 'visible'],
      ['_meta', 'veryHidden'],
    ]);
    expect(wb.names.get('v_CDS_05')).toEqual({ sheet: 'Nhập liệu', cell: 'G9' });
    const sheet = wb.sheet('Nhập liệu')!;
    const cell = (a: string) => sheet.cells.get(a);
    expect(cell('B9')).toMatchObject({ value: 'CDS.05', row: 9, col: 'B' });
    expect(cell('C9')?.value).toBe('Tỷ lệ <hồ sơ> & "trực tuyến"');
    expect(cell('G9')).toMatchObject({ value: 3866, cached: false });
    expect(cell('G9')?.formula).toBeUndefined();
    expect(cell('G10')?.value).toBe('1.245.649');
    expect(cell('G11')).toMatchObject({ value: 0.31, formula: 'G9/G10*100', cached: true });
    expect(cell('G12')).toMatchObject({ value: undefined, formula: 'G9*2', cached: false });
    expect(cell('G13')?.value).toBe(true);
    expect(cell('G14')).toMatchObject({ value: '#DIV/0!', type: 'e' });
    expect(wb.percentStyles.has(cell('G15')!.style)).toBe(true);
    expect(wb.unlockedStyles.has(cell('G15')!.style)).toBe(true);
    expect(wb.sheet('_meta')?.cells.get('B1')?.value).toBe('qng');
    expect(wb.sheet('Không có')).toBeUndefined();
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty-file'],
    ['a legacy .xls (OLE2 without EncryptionInfo)', ole(false), 'unsupported-format'],
    ['a password-protected workbook (OLE2 with EncryptionInfo)', ole(true), 'encrypted-file'],
    ['a PDF', strToU8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'corrupt-file'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'corrupt-file'],
    ['plain text', strToU8('Mã;Giá trị\nCDS.05;12\n'), 'corrupt-file'],
    ['an ODS spreadsheet', zip({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }, 0), 'unsupported-format'],
    [
      'a Word document renamed .xlsx',
      zip({
        '[Content_Types].xml': strToU8('<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        'word/document.xml': strToU8('<w/>'),
      }),
      'corrupt-file',
    ],
    ['a zip bomb (compression ratio)', zip({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(20 * 1024 * 1024) }), 'zip-bomb'],
    ['too many entries', zip(Object.fromEntries(Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => [`x/${i}.xml`, strToU8('<a/>')])), 0), 'zip-bomb'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(readWorkbook(bytes)).toMatchObject({ code });
  });

  it('refuses a truncated workbook', async () => {
    const bytes = await workbookBytes();
    expect(readWorkbook(bytes.subarray(0, Math.floor(bytes.length / 2)))).toMatchObject({ code: 'corrupt-file' });
  });

  it('refuses a declared size above the entry limit before inflating anything', () => {
    const bytes = zip({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/sharedStrings.xml': strToU8('<sst/>') }, 0);
    // Patch the central directory's uncompressed size of the second entry to 1 GB.
    const view = new DataView(bytes.buffer);
    let offset = bytes.length - 22;
    offset = view.getUint32(offset + 16, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    view.setUint32(offset + 24, 1024 * 1024 * 1024, true);
    expect(readWorkbook(bytes)).toMatchObject({ code: 'zip-bomb' });
  });
});

describe('sheet limits count content, not formatting', () => {
  /** The test workbook with its first sheet's XML changed by `edit`. */
  async function withSheet(edit: (xml: string) => string): Promise<RawWorkbook> {
    const files = unzipSync(await workbookBytes());
    const path = 'xl/worksheets/sheet1.xml';
    files[path] = strToU8(edit(strFromU8(files[path])));
    return readWorkbook(zip(files)) as RawWorkbook;
  }

  it('accepts the empty last row LibreOffice writes after a row is deleted, and styled blank cells far away', async () => {
    const wb = await withSheet((xml) =>
      xml.replace(
        '</sheetData>',
        '<row r="200000" s="1" customFormat="true"><c r="XFD200000" s="1"/></row><row r="1048576" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"></row></sheetData>',
      ),
    );
    const sheet = wb.sheet('Nhập liệu')!;
    expect(sheet.overflow).toBeUndefined();
    expect(sheet.maxRow).toBe(15);
    expect(sheet.cells.get('G9')?.value).toBe(3866);
  });

  it('still refuses a value below the row limit or right of the column limit', async () => {
    const below = await withSheet((xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'));
    expect(below.sheet('Nhập liệu')?.overflow?.address).toContain('1048576');
    const right = await withSheet((xml) => xml.replace('</sheetData>', '<row r="20"><c r="XFD20"><f>1+1</f></c></row></sheetData>'));
    expect(right.sheet('Nhập liệu')?.overflow?.address).toBe('XFD20');
  });
});

/** A minimal OLE2 compound file header, with the UTF-16LE stream name of an encrypted OOXML package when asked. */
function ole(encrypted: boolean): Uint8Array {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  Buffer.from(encrypted ? 'EncryptionInfo' : 'Workbook', 'utf16le').copy(bytes, 1024);
  return new Uint8Array(bytes);
}
