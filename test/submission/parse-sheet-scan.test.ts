// Issue 17: the worksheet reader finds rows and cells with string searches instead of regular expressions. Pinned here
// against the regular-expression reader it replaced (kept below as the reference): on any text, well-formed or not
// (unclosed rows, `<rowBreaks>`, self-closed cells, `<c>` without attributes), both read the same cells.
import { strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/submission/limits.js';
import { columnLetters, columnNumber, parseSharedStrings, parseSheet, type SharedStrings } from '../../src/submission/parse-sheet.js';
import type { RawCell, RawSheet } from '../../src/submission/workbook-types.js';
import { attr, decodeXml, textOf } from '../../src/submission/xml-text.js';

/** `textOf` as it was before issue 17 (the pattern alone, no fast path for a plain `<t>`). */
function referenceTextOf(fragment: string): string {
  let out = '';
  for (const m of fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decodeXml(m[1] ?? '');
  return out;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function plainAttr(tag: string, key: string): string | undefined {
  const at = tag.indexOf(key);
  if (at < 0) return undefined;
  const end = tag.indexOf('"', at + key.length);
  return end < 0 ? undefined : tag.slice(at + key.length, end);
}

/** The reader as it was before issue 17 (limits left out: the generated sheets stay far inside them). */
function referenceParse(name: string, xml: string, shared: SharedStrings): RawSheet {
  const cells = new Map<string, RawCell>();
  let maxRow = 0;
  let implicitRow = 0;
  for (const rowMatch of xml.matchAll(ROW)) {
    const rowNumber = Number(attr(rowMatch[1], 'r') ?? implicitRow + 1);
    implicitRow = rowNumber;
    let implicitCol = 0;
    for (const c of (rowMatch[2] ?? '').matchAll(CELL)) {
      const ref = plainAttr(c[1], ' r="');
      const col = ref ? ref.replace(/\d+$/, '') : columnLetters(implicitCol + 1);
      implicitCol = columnNumber(col);
      const body = c[2] ?? '';
      const type = (plainAttr(c[1], ' t="') ?? 'n') as RawCell['type'];
      const f = body.includes('<f') ? /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body) : null;
      const vStart = body.indexOf('<v>');
      const vEnd = vStart < 0 ? -1 : body.indexOf('</v>', vStart);
      let value: RawCell['value'];
      if (type === 'inlineStr') value = referenceTextOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (vEnd >= 0) {
        const raw = decodeXml(body.slice(vStart + 3, vEnd));
        if (type === 's') value = shared(Number(raw));
        else if (type === 'b') value = raw === '1' || raw === 'true';
        else if (type === 'n') value = raw.trim() === '' ? undefined : Number(raw);
        else value = raw;
      }
      if (typeof value === 'string' && value === '' && !f) value = undefined;
      if (value === undefined && !f) continue;
      const address = `${col}${rowNumber}`;
      const style = Number(plainAttr(c[1], ' s="') ?? 0);
      cells.set(address, { address, row: rowNumber, col, value, type, formula: f ? decodeXml(f[1] ?? '') || '(shared)' : undefined, cached: Boolean(f && vEnd >= 0), style });
      if (rowNumber > maxRow) maxRow = rowNumber;
    }
  }
  return { name, cells, maxRow };
}

const shared: SharedStrings = (i) => `s${i}`;

/** Pieces of worksheet XML, glued in any order: real structure, broken structure, look-alike names. */
const PIECES = [
  '<row',
  '<row>',
  '<row r="3">',
  '<row r="7" spans="1:9">',
  '</row>',
  '<row r="2"/>',
  '<rowBreaks count="1"/>',
  '<c',
  '<c>',
  '<c r="B4"',
  '<c r="G12" s="3"',
  ' t="s"',
  ' t="str"',
  ' t="inlineStr"',
  ' t="b"',
  '>',
  '/>',
  '</c>',
  '<col min="1"/>',
  '<v>1</v>',
  '<v>12.5</v>',
  '<v> </v>',
  '<v>0</v>',
  '<is><t>chữ</t></is>',
  '<f>SUM(G1:G3)</f>',
  '<f t="shared" si="0"/>',
  '<v>a &amp; b</v>',
  'x',
  ' ',
  '\n',
  '"',
];

const sheetText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => `<worksheet><sheetData>${parts.join('')}</sheetData></worksheet>`);

/** Rows of cells, each piece possibly left out or replaced by a look-alike: closer to real damage. */
const cellText = fc
  .tuple(
    fc.constantFrom('<c', '<c r="B3"', '<c r="AA9"', '<col', '<cfRule'),
    fc.constantFrom('', ' t="s"', ' t="inlineStr"', ' s="4"'),
    fc.constantFrom('>', '/>', ''),
    fc.constantFrom('<v>1</v>', '<v>2.5</v>', '<is><t>chữ</t></is>', '<f>G1</f>', ''),
    fc.constantFrom('</c>', '', '</col>'),
  )
  .map((parts) => parts.join(''));
const rowText = fc
  .tuple(fc.constantFrom('<row>', '<row r="5">', '<row/>', '<rowBreaks/>', '<rows>', '<row r="2"/>', ''), fc.array(cellText, { maxLength: 5 }), fc.constantFrom('</row>', '', '</rows>'))
  .map(([open, cells, close]) => `${open}${cells.join('')}${close}`);
const damagedSheet = fc.array(rowText, { maxLength: 12 }).map((rows) => `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`);

const wellFormedRow = fc
  .tuple(
    fc.integer({ min: 1, max: 40 }),
    fc.array(fc.tuple(fc.constantFrom('A', 'B', 'G', 'H', 'I', 'AA'), fc.constantFrom('<v>3</v>', '<v>1</v>', '<f>G1+G2</f><v>4</v>', '<is><t>x</t></is>', '')), { maxLength: 6 }),
  )
  .map(
    ([r, cells]) =>
      `<row r="${r}">${cells.map(([col, body]) => (body ? `<c r="${col}${r}"${body.startsWith('<is>') ? ' t="inlineStr"' : body === '<v>1</v>' ? ' t="s"' : ''}>${body}</c>` : `<c r="${col}${r}" s="2"/>`)).join('')}</row>`,
  );

describe('parseSheet (string searches) against the regular-expression reader', () => {
  it('reads the same cells from any mix of pieces, well-formed or not', () => {
    fc.assert(
      fc.property(sheetText, (xml) => {
        expect(parseSheet('S', xml, shared)).toEqual(referenceParse('S', xml, shared));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the same cells from rows and cells with parts missing or renamed', () => {
    fc.assert(
      fc.property(damagedSheet, (xml) => {
        expect(parseSheet('S', xml, shared)).toEqual(referenceParse('S', xml, shared));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the same cells from well-formed sheets', () => {
    fc.assert(
      fc.property(fc.array(wellFormedRow, { maxLength: 30 }), (rows) => {
        const xml = `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
        expect(parseSheet('S', xml, shared)).toEqual(referenceParse('S', xml, shared));
      }),
      { numRuns: 1000 },
    );
  });

  it('textOf reads any fragment as the pattern alone did', () => {
    const piece = fc.constantFrom(
      '<t>',
      '<t xml:space="preserve">',
      '<t\u00a0a="1">',
      '<t/>',
      '<t a/>',
      '</t>',
      '<tx>',
      '<r>',
      '</r>',
      '<rPh sb="0">',
      '</rPh>',
      'chữ',
      ' ',
      '&amp;',
      '&#x41;',
      '<',
      '>',
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const fragment = parts.join('');
        expect(textOf(fragment)).toBe(referenceTextOf(fragment));
      }),
      { numRuns: 5000 },
    );
    for (const fragment of ['<t>a &amp; b</t>', '<t xml:space="preserve"> x </t>', '<t></t>', '<t>a</t><t>b</t>', '<t/>', '<t a="1"/>b</t>']) expect(textOf(fragment)).toBe(referenceTextOf(fragment));
  });

  // A guard against a hang, not a speed target: searched again from each element, these took minutes (40,000 took 16 s).
  it('reads a damaged sheet of 100,000 elements never closed in one pass over it', { timeout: 10_000 }, () => {
    const n = 100_000;
    const cells = parseSheet('S', `<sheetData><row r="1">${'<c r="A1"><v>1</v>'.repeat(n)}</row></sheetData>`, shared);
    expect(cells.cells.size).toBe(0);
    const rows = parseSheet('S', `<sheetData>${'<row r="1"><c r="A1"><v>1</v></c>'.repeat(n)}<row r="2"/></sheetData>`, shared);
    expect(rows.cells.size).toBe(0);
    const items = parseSharedStrings(strToU8(`<sst>${'<si><t>x</t>'.repeat(n)}<si/></sst>`));
    expect(items(0)).toBe('');
  });

  it('still stops at the row limit', () => {
    const xml = `<sheetData><row r="${LIMITS.rows + 1}"><c r="A${LIMITS.rows + 1}"><v>1</v></c></row></sheetData>`;
    expect(parseSheet('S', xml, shared).overflow).toBeDefined();
  });

  it('parseSharedStrings finds the items the pattern found, on any text', () => {
    const reference = (xml: string) => {
      const items = [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? '');
      return (i: number) => (items[i] === undefined ? '' : referenceTextOf(items[i]));
    };
    // Bytes, some of them not UTF-8 (a lone continuation byte, a cut sequence before `<`, a BOM inside an item).
    const piece = fc.constantFrom('<si>', '</si>', '<si/>', '<si', '<sis>', '<si a="1">', '<t>', '</t>', 'chữ', '&amp;', '/>', '>', '<', ' ', '\ufeff', [0x82], [0xe1, 0xbb], [0xff]);
    const bytesOf = (p: string | number[]) => (typeof p === 'string' ? [...strToU8(p)] : p);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(NaN, 1.5)), { maxLength: 8 }), (parts, indexes) => {
        const bytes = new Uint8Array([...strToU8('<sst>'), ...parts.flatMap(bytesOf), ...strToU8('</sst>')]);
        // The text as the reader decoded whole parts before (read-zip's utf8: a leading BOM dropped, U+FFFD for malformed bytes).
        const [fast, slow] = [parseSharedStrings(bytes), reference(new TextDecoder().decode(bytes))];
        for (const i of [...indexes, 0, 1, 2, 3]) expect(fast(i)).toBe(slow(i));
      }),
      { numRuns: 5000 },
    );
    expect(parseSharedStrings(undefined)(0)).toBe('');
  });
});

describe('columnNumber', () => {
  it('counts per code point, as iterating the letters does', () => {
    const reference = (letters: string) => {
      let n = 0;
      for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
      return n;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', 'Z', 'a', '😀', '\ud83d', '\ude00', 'Ư') }), (letters) => {
        expect(columnNumber(letters)).toBe(reference(letters));
      }),
      { numRuns: 2000 },
    );
  });
});
