import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod, planTemplate } from '../../src/model/index.js';
import { catalogRows } from '../../src/template/catalog-rows.js';
import { formatCatalogMarkdown, writeCatalogXlsx } from '../../src/template/catalog.js';
import { dumpWorkbook } from '../helpers/dump-workbook.js';
import { checkOoxml, requireXmllint } from '../helpers/ooxml-check.js';
import { makeSystemSet } from '../helpers/system-set.js';

const load = async () => (await loadAndValidateSet(makeSystemSet())).set!;

describe('a system indicator (collection: system)', () => {
  it('has no row on any template, while the form indicators beside it keep theirs', async () => {
    const set = await load();
    const commune = set.units.find((u) => u.code === '1001')!;
    const plan = planTemplate(set, commune, parsePeriod('2026-Q1')!)!;
    const codes = plan.valueRows.map((r) => r.indicator.code);
    expect(codes).toEqual(['A.01a', 'A.01b', 'A.01']);
    expect(codes).not.toContain('C.01');
    // Nhóm C has nothing else a commune types in: no group heading either.
    expect(plan.rows.filter((r) => r.kind === 'group')).toHaveLength(1);
  });

  it('a unit that owes only system indicators in a period gets no template', async () => {
    const set = (await loadAndValidateSet(makeSystemSet({ 'groups/a.yaml': null }))).set!;
    expect(
      planTemplate(
        set,
        set.units.find((u) => u.code === '1001')!,
        parsePeriod('2026-Q1')!,
      ),
    ).toBeUndefined();
  });
});

describe('the catalog shows the 7146 attributes', () => {
  it('collection with the system name, sharing, legal basis, baseline, milestones and higher code', async () => {
    const set = await load();
    const head = ['Cách thu thập', 'Mức độ chia sẻ', 'Căn cứ pháp lý', 'Giá trị gốc', 'Lộ trình', 'Mã cấp trên'];
    const md = formatCatalogMarkdown(set, 'vi');
    expect(md).toContain(head.join(' | '));
    const c01 = catalogRows(set, 'vi')
      .flatMap((g) => g.rows)
      .find((r) => r[1] === 'C.01')!;
    expect(c01.slice(-6)).toEqual([
      'Hệ thống thông tin: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh',
      'Chia sẻ',
      'QĐ 766/QĐ-TTg; NQ 131/NQ-CP',
      '1200 hồ sơ (năm 2024; Báo cáo 78/BC-UBND năm 2024)',
      '2025: 1500; 2026: 1800',
      'QG.05',
    ]);
    expect(c01[4]).toBe('Đầu ra');
    const c02 = catalogRows(set, 'en')
      .flatMap((g) => g.rows)
      .find((r) => r[1] === 'C.02')!;
    expect(c02[4]).toBe('Input (component)');
    expect(c02[14]).toBe('Form');
    expect(c02[15]).toBe('Restricted');
  });

  it('counts components apart from indicators, in the markdown and the workbook summary', async () => {
    const set = await load();
    expect(formatCatalogMarkdown(set, 'vi')).toContain('\n5 chỉ số, 1 số liệu thành phần.\n');
    expect(formatCatalogMarkdown(set, 'en')).toContain('\n5 indicators, 1 components.\n');
    const file = join(mkdtempSync(join(tmpdir(), 'catalog-systems-')), 'phu-luc.xlsx');
    writeFileSync(file, await writeCatalogXlsx(set, 'vi'));
    if (requireXmllint()) expect(checkOoxml(file).filter((f) => f.level === 'ERROR' || f.level === 'WARN')).toEqual([]);
    const summary = (await dumpWorkbook(file)).sheets[0].cells as Record<string, { value: unknown }>;
    expect([summary.B3.value, summary.C3.value]).toEqual(['Số chỉ số', 'Số liệu thành phần']);
    // Nhóm C: one indicator (C.01) and one component (C.02); the total row after the three groups.
    expect([summary.A6.value, summary.B6.value, summary.C6.value]).toEqual(['Nhóm C', 1, 1]);
    expect([summary.A7.value, summary.B7.value, summary.C7.value]).toEqual(['Tổng cộng', 5, 1]);
  });
});
