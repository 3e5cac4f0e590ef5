import { describe, expect, it } from 'vitest';
import { planAnnex } from '../../src/documents/annex-plan.js';
import { documentWords } from '../../src/i18n/documents.js';
import { orientationFor, tableWidthMm, textWidthMm, type Cell, type Inline } from '../../src/documents/decree30.js';
import { loadAndValidateSet } from '../../src/model/validate-set.js';
import { dedent } from '../helpers/dedent.js';
import { makeSet, TINY_SET } from '../helpers/make-set.js';

/** TINY_SET with a decision, a system, and an indicator carrying every 7146 attribute. */
const FILES = {
  'set.yaml': `${TINY_SET['set.yaml']}decision: { number: "12/QĐ-UBND", date: "2026-02-03" }\nissuing_body_en: People's Committee of Thử province\n`,
  'systems.yaml': dedent(`
    systems:
      - { id: TTHC, name: Hệ thống giải quyết TTHC, name_en: Procedure system, owner: SA }
  `),
  'groups/b.yaml': `${TINY_SET['groups/b.yaml']}${dedent(`
      - code: B.02
        name: Hồ sơ số hóa
        type: output
        unit: "%"
        value_type: percent
        frequency: quarter
        accumulation: year-to-date
        owner: SB
        cooperating: [SA]
        reported_by: province
        collection: system
        system: TTHC
        query: select 1
        sharing: shared
        legal_basis: ["NQ 131/NQ-CP", "QĐ 766/QĐ-TTg"]
        baseline: { value: 62.78, year: 2025, source: Báo cáo quý IV/2025 }
        milestones: [{ year: 2026, value: 70 }, { year: 2027, value: 80 }]
        target: { value: 90, direction: higher, by: 2028 }
        higher_code: CCHC-09
        source: Hệ thống giải quyết TTHC
        definition: Tỷ lệ hồ sơ được số hóa.
        method: Đếm hồ sơ số hóa chia tổng số.
        aggregation: none
        breakdown: [level]
  `)
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n')}\n`,
};

const text = (parts: (Inline | Inline[])[]): string =>
  parts
    .flat()
    .map((p) => (typeof p === 'string' ? p : p.text))
    .join('');
const cellText = (c: Cell | string) => (typeof c === 'string' ? c : text(c.paragraphs));

async function plan(lang: 'vi' | 'en' = 'vi') {
  const { set } = await loadAndValidateSet(makeSet(FILES));
  return planAnnex(set!, lang);
}

describe('planAnnex', () => {
  it('heads the annex with the decision and the issuing body (Decree 30)', async () => {
    const p = await plan();
    expect(p.heading).toEqual({
      label: 'Phụ lục',
      title: 'Bộ chỉ số thử',
      attachedTo: '(Kèm theo Quyết định số 12/QĐ-UBND ngày 03 tháng 02 năm 2026 của UBND tỉnh Thử)',
    });
    expect(p.date).toBe('2026-02-03');
    expect(p.creator).toBe('UBND tỉnh Thử');
    const en = await plan('en');
    expect(en.heading.attachedTo).toBe("(Attached to Decision No. 12/QĐ-UBND of 3 February 2026 of the People's Committee of Thử province)");
    expect(en.heading.label).toBe('Annex');
  });

  it('leaves the number and date to fill in when the set names no decision', async () => {
    const { set } = await loadAndValidateSet(makeSet());
    expect(planAnnex(set!, 'vi').heading.attachedTo).toBe('(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của UBND tỉnh Thử)');
  });

  it('has a table per group, too wide for portrait, two rows per indicator', async () => {
    const p = await plan();
    expect(p.groups.map((g) => g.heading)).toEqual(['1. Nhóm A', '2. Nhóm B']);
    const cols = p.groups[0].table.columns;
    expect(tableWidthMm(cols)).toBe(textWidthMm('landscape'));
    expect(orientationFor(tableWidthMm(cols))).toBe('landscape');
    expect(orientationFor(tableWidthMm(p.summary.columns))).toBe('portrait');
    expect(p.groups[0].table.rows).toHaveLength(6); // 3 indicators
  });

  it('prints every 7146 attribute of an indicator, the new ones included', async () => {
    const p = await plan();
    const [main, details] = p.groups[1].table.rows.slice(2);
    expect(main.map(cellText)).toEqual([
      '5', // numbered through the whole annex
      'B.02Mã cấp trên: CCHC-09',
      'Hồ sơ số hóa',
      'Đầu ra',
      '%',
      'Quý (lũy kế từ đầu năm)',
      'Khái niệm: Tỷ lệ hồ sơ được số hóa.Phương pháp tính: Đếm hồ sơ số hóa chia tổng số.',
      'Hệ thống giải quyết TTHCKết nối, lấy từ hệ thống: Hệ thống giải quyết TTHC',
      'Chủ trì: Sở BPhối hợp: Sở A',
    ]);
    expect(cellText(details[0])).toBe(
      'Đơn vị báo cáo: Cơ quan chủ trì (Sở B).  Phân tổ: Theo cấp.  Giá trị cơ sở: 62,78 % (năm 2025; Báo cáo quý IV/2025).  Lộ trình: 2026: 70 %; 2027: 80 %.  ' +
        'Chỉ tiêu: ≥ 90 % đến năm 2028.  Căn cứ: NQ 131/NQ-CP; QĐ 766/QĐ-TTg.  Mức độ chia sẻ: Chia sẻ',
    );
    expect((details[0] as Cell).colSpan).toBe(7);
    expect((main[0] as Cell).rowSpan).toBe(2);
  });

  it('says how each form indicator is collected and who reports it', async () => {
    const p = await plan();
    const [main, details] = p.groups[0].table.rows;
    expect(cellText(main[7])).toBe('Hệ thống giải quyết TTHCBáo cáo theo biểu mẫu');
    expect(cellText(details[0])).toBe('Đơn vị báo cáo: UBND các xã, phường, đặc khu (3 đơn vị)');
  });

  it('counts indicators and how they are collected in the summary', async () => {
    const p = await plan();
    expect(p.summary.rows.map((r) => r.map(cellText))).toEqual([
      ['1', 'Nhóm A', '3', '3', '0'],
      ['2', 'Nhóm B', '2', '1', '1'],
      ['Tổng cộng', '5', '4', '1'],
    ]);
    expect(p.intro).toContain('gồm 5 chỉ số, thuộc 2 nhóm');
    expect(p.summaryNote).toBeUndefined();
  });

  it('lists components but does not count them', async () => {
    const files = { ...FILES, 'groups/a.yaml': TINY_SET['groups/a.yaml'].replace('constraints: { min: 1 }', 'constraints: { min: 1 }\n    component: true') };
    const { set } = await loadAndValidateSet(makeSet(files));
    const p = planAnnex(set!, 'vi');
    expect(p.summary.rows[0].map(cellText)).toEqual(['1', 'Nhóm A', '2', '2', '0']);
    expect(p.summaryNote).toContain('1 số liệu thành phần');
    expect(cellText(p.groups[0].table.rows[2][2])).toBe('Tổng số hồ sơ(số liệu thành phần)');
  });

  it('widens a narrow column to its longest word (a word broken in two reads as two), keeping the table 252 mm', async () => {
    const vi = await plan();
    const en = await plan('en');
    const width = (p: Awaited<ReturnType<typeof plan>>, k: number) => p.groups[0].table.columns[k].width;
    expect(tableWidthMm(en.groups[0].table.columns)).toBe(textWidthMm('landscape'));
    expect(width(en, 5)).toBeGreaterThan(width(vi, 5)); // "Frequency", "Quarterly"
    expect(width(en, 6)).toBeGreaterThanOrEqual(40); // the method column gives way, down to 40 mm
  });

  it('speaks English with --lang en', async () => {
    const p = await plan('en');
    expect(p.groups[0].table.columns.map((c) => c.heading)).toEqual([
      'No.',
      'Code',
      'Indicator',
      'Type',
      'Unit',
      'Frequency',
      'Definition, method',
      'Data source, how collected',
      'Owner, cooperating agencies',
    ]);
    expect(cellText(p.groups[1].table.rows[3][0])).toContain('Baseline: 62.78 % (2025; Báo cáo quý IV/2025)');
  });
});

describe('dates as Decree 30 writes them', () => {
  it('pads days below 10 and the months January and February only', () => {
    expect(documentWords.vi.date('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(documentWords.vi.date('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
    expect(documentWords.vi.date('2026-12-09')).toBe('ngày 09 tháng 12 năm 2026');
    expect(documentWords.en.date('2026-03-15')).toBe('15 March 2026');
  });
});
