import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  annexHeading,
  dataTable,
  DECREE30,
  decreeDocument,
  joinSections,
  mm,
  mottoBlock,
  orientationFor,
  packDocx,
  paragraph,
  tableWidthMm,
  textWidthMm,
  type SectionSpec,
} from '../../src/documents/decree30.js';

const DATE = new Date('2026-01-05T00:00:00Z');

function sample(): SectionSpec[] {
  const wide = dataTable({
    columns: [
      { heading: 'STT', width: 12, align: 'center' },
      { heading: 'Mã', width: 140 },
      { heading: 'Ghi chú', width: 100 },
    ],
    numberRow: true,
    rows: [[{ paragraphs: ['1'], rowSpan: 2 }, { paragraphs: [[{ text: 'A.01', bold: true }]] }, 'một'], [{ paragraphs: ['chi tiết'], colSpan: 2 }]],
  });
  return joinSections([
    { orientation: 'portrait', children: [mottoBlock({ body: 'Văn phòng', motto: ['Cộng hòa', 'Độc lập'], number: 'Số: 1/TTr', placeDate: 'ngày 1' })] },
    { orientation: 'portrait', children: [...annexHeading({ label: 'Phụ lục', title: 'Danh mục', attachedTo: '(Kèm theo Quyết định số 1/QĐ-UBND)' }), paragraph('Nội dung', { indent: 10 })] },
    { orientation: 'landscape', children: [wide] },
  ]);
}

async function parts(sections: SectionSpec[]): Promise<Record<string, string>> {
  const bytes = await packDocx(decreeDocument({ title: 'Thử', creator: 'UBND tỉnh Thử', lang: 'vi', sections }), DATE);
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

describe('Decree 30 page geometry', () => {
  it('measures A4 between the decree’s margins and turns a table too wide for portrait to landscape', () => {
    expect(mm(210)).toBe(11906);
    expect(mm(297)).toBe(16838);
    expect(textWidthMm('portrait')).toBe(210 - DECREE30.margins.left - DECREE30.margins.right);
    expect(textWidthMm('landscape')).toBe(297 - DECREE30.margins.left - DECREE30.margins.right);
    expect(orientationFor(165)).toBe('portrait');
    expect(orientationFor(166)).toBe('landscape');
    expect(
      tableWidthMm([
        { heading: 'a', width: 12 },
        { heading: 'b', width: 30 },
      ]),
    ).toBe(42);
  });

  it('keeps margins and fonts within the decree’s ranges', () => {
    const { margins, bodySize, tableSize, pageNumberSize, font } = DECREE30;
    expect(font).toBe('Times New Roman');
    expect(margins.top).toBeGreaterThanOrEqual(20);
    expect(margins.top).toBeLessThanOrEqual(25);
    expect(margins.bottom).toBeGreaterThanOrEqual(20);
    expect(margins.bottom).toBeLessThanOrEqual(25);
    expect(margins.left).toBeGreaterThanOrEqual(30);
    expect(margins.left).toBeLessThanOrEqual(35);
    expect(margins.right).toBeGreaterThanOrEqual(15);
    expect(margins.right).toBeLessThanOrEqual(20);
    for (const size of [bodySize, tableSize, pageNumberSize]) expect(size >= 13 && size <= 14).toBe(true);
  });

  it('joins neighbouring blocks of one orientation into one section', () => {
    const joined = sample();
    expect(joined.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    expect(joined[0].children).toHaveLength(6); // motto table, 4 heading paragraphs, body paragraph
  });
});

describe('packDocx', () => {
  it('writes the same bytes for the same document, dated by the caller, [Content_Types].xml first', async () => {
    const make = () => packDocx(decreeDocument({ title: 'Thử', creator: 'UBND', lang: 'vi', sections: sample() }), DATE);
    const [a, b] = [await make(), await make()];
    expect(Buffer.compare(a, b)).toBe(0);
    const names = Object.keys(unzipSync(new Uint8Array(a)));
    expect(names[0]).toBe('[Content_Types].xml');
    const core = new TextDecoder().decode(unzipSync(new Uint8Array(a))['docProps/core.xml']);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-05T00:00:00Z</dcterms:modified>');
  });

  it('sets A4 pages with the decree’s margins, landscape where asked, the page number on top from page 2', async () => {
    const p = await parts(sample());
    const doc = p['word/document.xml'];
    const sects = [...doc.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sects).toHaveLength(2);
    expect(sects[0]).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(sects[0]).toContain('<w:titlePg/>');
    expect(sects[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(sects[1]).not.toContain('<w:titlePg/>');
    for (const s of sects) expect(s).toContain(`w:top="${mm(20)}" w:right="${mm(15)}" w:bottom="${mm(20)}" w:left="${mm(30)}"`);
    const headers = Object.entries(p).filter(([k]) => /^word\/header\d+\.xml$/.test(k));
    expect(headers.filter(([, x]) => x.includes('PAGE'))).toHaveLength(2); // the default header of each section
    expect(headers.filter(([, x]) => !x.includes('PAGE'))).toHaveLength(1); // the empty first-page header
    expect(p['word/styles.xml']).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:sz w:val="28"\/>/);
    expect(p['word/styles.xml']).toContain('w:val="vi-VN"');
  });

  it('writes the annex heading, spans, the repeated heading row and column numbers', async () => {
    const doc = (await parts(sample()))['word/document.xml'];
    expect(doc).toContain('>Phụ lục<');
    expect(doc).toContain('>DANH MỤC<'); // the title in capitals
    expect(doc).toContain('<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">(Kèm theo Quyết định số 1/QĐ-UBND)');
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('>(3)<');
    expect(doc).toContain('<w:gridSpan w:val="2"/>');
    expect(doc).toContain('<w:vMerge w:val="restart"/>');
    expect(doc).toContain('<w:vMerge w:val="continue"/>');
    expect(doc).toContain('>CỘNG HÒA<'); // motto in capitals
    expect(doc).toContain('<w:tblLayout w:type="fixed"/>');
  });
});
