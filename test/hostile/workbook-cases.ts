// Hostile and broken workbooks, built from one correct submission by editing its zip parts (no binaries in git).
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { HostileCase } from './hostile-case.js';

type Parts = Record<string, Uint8Array>;
const text = (parts: Parts, name: string) => new TextDecoder().decode(parts[name]);
const put = (parts: Parts, name: string, xml: string) => (parts[name] = strToU8(xml));

/** The entry sheet's part name, from workbook.xml and its relationships. */
function entrySheetPath(parts: Parts): string {
  const rid = /<sheet [^>]*name="Nhập liệu"[^>]*r:id="([^"]+)"/.exec(text(parts, 'xl/workbook.xml'))![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(text(parts, 'xl/_rels/workbook.xml.rels'))![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * The first value cell of a commune's form, an integer count: under the headings (row 8), the column letters (9) and
 * the first group heading (10).
 */
const V = 'G11';

/** Replaces the value cell `V` with `cell` (XML, its r and s kept). */
function setFirstValue(parts: Parts, body: (style: string) => string): void {
  const path = entrySheetPath(parts);
  const xml = text(parts, path);
  const style = new RegExp(`<c r="${V}"(?: s="(\\d+)")?`).exec(xml)?.[1] ?? '0';
  put(parts, path, xml.replace(new RegExp(`<c r="${V}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`), body(style)));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (value: string) => (style: string) => `<c r="${V}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;

/** A cellXfs entry with a date format, unlocked like the value cells; returns its index. */
function addDateStyle(parts: Parts): number {
  const xml = text(parts, 'xl/styles.xml');
  const count = Number(/<cellXfs count="(\d+)"/.exec(xml)![1]);
  put(
    parts,
    'xl/styles.xml',
    xml
      .replace(/<cellXfs count="\d+"/, `<cellXfs count="${count + 1}"`)
      .replace('</cellXfs>', '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" applyProtection="1"><protection locked="0"/></xf></cellXfs>'),
  );
  return count;
}

function oleFile(streams: string[]): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  streams.forEach((name, i) => Buffer.from(name, 'utf16le').copy(bytes, 1024 + i * 128));
  return bytes;
}

/** Sets the compression method of every entry in the central directory (e.g. 14, LZMA, which nothing here reads). */
function withMethod(zip: Uint8Array, method: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) !== 0x06054b50) continue;
    let offset = out.readUInt32LE(i + 16);
    for (let n = out.readUInt16LE(i + 10); n > 0; n--) {
      out.writeUInt16LE(method, offset + 10);
      out.writeUInt16LE(method, out.readUInt32LE(offset + 42) + 8);
      offset += 46 + out.readUInt16LE(offset + 28) + out.readUInt16LE(offset + 30) + out.readUInt16LE(offset + 32);
    }
    break;
  }
  return out;
}

/**
 * Writes each workbook case into `dir` as `<unit>_…_2026-Q1.xlsx` (so identity from the name still holds) and returns
 * the cases. `base` is a correct submission of commune `unit`.
 */
export function workbookCases(dir: string, base: Uint8Array, fileName: string): HostileCase[] {
  const cases: HostileCase[] = [];
  const edit = (name: string, code: string, change: (parts: Parts) => void, extra: Partial<HostileCase> = {}) => {
    const parts = unzipSync(base);
    change(parts);
    const folder = join(dir, name);
    const file = join(folder, fileName);
    write(file, zipSync(parts as Zippable, { level: 6 }));
    cases.push({ name, group: 'workbook', args: ['check', file], code, ...extra });
  };
  const raw = (name: string, code: string, bytes: Uint8Array, ext = '.xlsx') => {
    const file = join(dir, name, fileName.replace(/\.xlsx$/, ext));
    write(file, bytes);
    cases.push({ name, group: 'workbook', args: ['check', file], code });
  };

  edit('zip-bomb', 'zip-bomb', (p) => put(p, entrySheetPath(p), `<worksheet><sheetData>${' '.repeat(100 * 1024 * 1024)}</sheetData></worksheet>`));
  edit('huge-shared-strings', 'zip-bomb', (p) => put(p, 'xl/sharedStrings.xml', `<sst>${'<si><t>chuỗi lặp lại</t></si>'.repeat(3_000_000)}</sst>`));
  edit('million-rows', 'sheet-too-large', (p) => {
    const path = entrySheetPath(p);
    put(p, path, text(p, path).replace('</sheetData>', '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>cuối</t></is></c></row></sheetData>'));
  });
  edit('far-column', 'sheet-too-large', (p) => {
    const path = entrySheetPath(p);
    put(p, path, text(p, path).replace(/(<row r="10"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="XFD10" t="inlineStr"><is><t>x</t></is></c></row>'));
  });
  edit('deeply-nested-xml', 'required-blank', (p) => setFirstValue(p, (s) => `<c r="${V}" s="${s}">${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</c>`));
  edit('external-link', 'external-reference', (p) => {
    put(
      p,
      'xl/externalLinks/externalLink1.xml',
      '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>',
    );
    put(
      p,
      'xl/externalLinks/_rels/externalLink1.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/so-lieu/nam-truoc.xlsx" TargetMode="External"/></Relationships>',
    );
    setFirstValue(p, (s) => `<c r="${V}" s="${s}"><f>[1]Sheet1!$A$1</f><v>1234</v></c>`);
  });
  edit('formula-other-workbook', 'external-reference', (p) => setFirstValue(p, (s) => `<c r="${V}" s="${s}"><f>'C:\\Users\\can-bo\\[so-lieu.xlsx]Sheet1'!$A$1</f><v>99</v></c>`));
  edit('macros', 'macros-present', (p) => {
    p['xl/vbaProject.bin'] = oleFile(['VBA', 'dir', 'ThisWorkbook']);
    put(
      p,
      '[Content_Types].xml',
      text(p, '[Content_Types].xml')
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        .replace('sheet.main+xml', 'sheet.macroEnabled.main+xml'),
    );
  });
  raw('password-protected', 'encrypted-file', oleFile(['EncryptionInfo', 'EncryptedPackage']));
  raw(
    'encrypted-ole-agile',
    'encrypted-file',
    Buffer.concat([
      oleFile(['EncryptedPackage', '\u0006DataSpaces', 'EncryptionInfo']),
      Buffer.from('<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData cipherAlgorithm="AES"/></encryption>'),
    ]),
  );
  raw('truncated-zip', 'corrupt-file', base.subarray(0, Math.floor(base.length * 0.6)));
  raw('zero-bytes', 'empty-file', new Uint8Array(0));
  raw('pdf-renamed', 'corrupt-file', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'));
  raw('png-renamed', 'corrupt-file', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
  raw('jpeg-renamed', 'corrupt-file', Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'));
  raw('xls-file', 'unsupported-format', oleFile(['Workbook', 'SummaryInformation']), '.xls');
  raw('xls-renamed-xlsx', 'unsupported-format', oleFile(['Workbook', 'SummaryInformation']));
  raw('ods-file', 'unsupported-format', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') }), '.ods');
  raw(
    'docx-renamed',
    'corrupt-file',
    zipSync({
      '[Content_Types].xml': strToU8('<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      'word/document.xml': strToU8('<w:document/>'),
    }),
  );
  raw('garbage-after-pk', 'corrupt-file', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 0x5a)]));
  raw('too-many-entries', 'zip-bomb', zipSync(Object.fromEntries(Array.from({ length: 2_500 }, (_, i) => [`xl/media/anh${i}.xml`, strToU8('<a/>')])), { level: 0 }));
  raw('unknown-compression', 'corrupt-file', withMethod(zipSync(unzipSync(base) as Zippable, { level: 6 }), 14));
  edit('strict-open-xml', 'unsupported-format', (p) =>
    put(p, 'xl/workbook.xml', text(p, 'xl/workbook.xml').replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main')),
  );
  edit('duplicate-sheet-names', 'corrupt-file', (p) => put(p, 'xl/workbook.xml', text(p, 'xl/workbook.xml').replace('name="Hướng dẫn"', 'name="NHẬP LIỆU"')));
  edit('name-to-other-sheet', 'name-redirected', (p) =>
    put(
      p,
      'xl/workbook.xml',
      text(p, 'xl/workbook.xml').replace(/(<definedName name="v_[^"]+"[^>]*>)[^<]*/, (_, open: string) => `${open}&apos;Hướng dẫn&apos;!$G$10`),
    ),
  );
  edit('cell-32767-chars', 'not-a-number', (p) => setFirstValue(p, inline('9'.repeat(10) + 'x'.repeat(32_757))), { stdoutMax: 20_000 });
  edit('control-characters', 'not-a-number', (p) => setFirstValue(p, inline('\u001b[2J\u001b[31m12\u0007')), { forbid: ['\u001b', '\u0007'] });
  edit('rtl-text', 'not-a-number', (p) => setFirstValue(p, inline('\u202e١٢٣ مئة')), { forbid: ['\u202e'] });
  edit('date-for-number', 'wrong-type', (p) => {
    const style = addDateStyle(p);
    setFirstValue(p, () => `<c r="${V}" s="${style}"><v>46101</v></c>`);
  });
  edit('error-value', 'not-a-number', (p) => setFirstValue(p, (s) => `<c r="${V}" s="${s}" t="e"><f>1/0</f><v>#DIV/0!</v></c>`));
  const big = join(dir, 'larger-than-50mb', fileName);
  write(big, base.subarray(0, 4));
  truncateSync(big, 51 * 1024 * 1024);
  cases.push({ name: 'larger-than-50mb', group: 'workbook', args: ['check', big], code: 'file-too-large' });
  return cases;
}

export function write(file: string, bytes: Uint8Array | string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, bytes);
}
