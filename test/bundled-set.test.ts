import { describe, expect, it } from 'vitest';
import {
  countIndicators,
  evaluateComparison,
  isCommuneLevel,
  loadAndValidateSet,
  parseComparison,
  parseFormula,
  parsePeriod,
  planObligations,
  referencesOf,
  reporterCodes,
} from '../src/model/index.js';
import { targetStatus } from '../src/model/targets.js';

const { set, diagnostics } = await loadAndValidateSet('indicators');

describe('the bundled Quảng Ngãi set', () => {
  it('validates with no error and no warning', () => {
    expect(diagnostics).toEqual([]);
    expect(set?.info.status).toBe('dự thảo minh họa');
  });

  it('has the province, 14 departments and all 96 communes, wards and the special zone', () => {
    const units = set!.units;
    expect(units.find((u) => u.kind === 'province')?.code).toBe('51');
    expect(units.filter((u) => u.kind === 'department')).toHaveLength(14);
    expect(units.filter(isCommuneLevel)).toHaveLength(96);
    expect(units.filter((u) => u.kind === 'special-zone').map((u) => u.name)).toEqual(['Đặc khu Lý Sơn']);
  });

  it('has at least 40 indicators in the four groups, every attribute filled', () => {
    expect(set!.groups.map((g) => g.id)).toEqual(['kinh-te', 'xa-hoi', 'cai-cach-hanh-chinh', 'chuyen-doi-so']);
    expect(set!.indicators.length).toBeGreaterThanOrEqual(40);
    for (const i of set!.indicators) {
      for (const field of ['name_en', 'source', 'definition', 'method', 'constraints'] as const) {
        expect(i[field], `${i.code}.${field}`).toBeTruthy();
      }
    }
  });

  it('carries the real rates of seeds 002 and 003 as numerator/denominator formulas', () => {
    const formula = (code: string) => set!.indicators.find((i) => i.code === code)?.formula;
    expect(formula('CDS.01')).toBe('CDS.01a / CDS.01b * 100'); // SMEs on digital platforms 3.866 / 6.175
    expect(formula('CDS.02')).toBe('CDS.02a / CDS.02b * 100'); // adults with smartphones
    expect(formula('CDS.03')).toBe('CDS.03a / CDS.03b * 100'); // workers trained in digital skills
    expect(formula('CCHC.01')).toBe('CCHC.01a / CCHC.01b * 100'); // online share by agency
    expect(formula('CCHC.02')).toBe('CCHC.02a / CCHC.02b * 100'); // online share by level
    expect(formula('CCHC.03')).toBe('CCHC.03a / CCHC.03b * 100'); // dossiers digitised
    expect(formula('CDS.04')).toBe('CDS.04a / CDS.04b * 100'); // commune documents sent fully electronically
    expect(formula('CCHC.05')).toBe('CCHC.05a / CCHC.05b * 100'); // essential services 25/25
    expect(set!.indicators.map((i) => i.code)).toEqual(expect.arrayContaining(['CCHC.06', 'CDS.05'])); // 862 services, 12 systems
  });

  it('has commune indicators, a breakdown, a year-to-date indicator, targets and rules', () => {
    const communeCodes = set!.units.filter(isCommuneLevel).map((u) => u.code);
    const everyCommune = set!.indicators.filter((i) => communeCodes.every((c) => reporterCodes(i, set!).includes(c)));
    expect(everyCommune.length).toBeGreaterThanOrEqual(10);
    expect(set!.indicators.some((i) => i.breakdown?.includes('level'))).toBe(true);
    expect(set!.indicators.some((i) => i.accumulation === 'year-to-date')).toBe(true);
    expect(set!.indicators.filter((i) => i.target).length).toBeGreaterThanOrEqual(10);
    expect(set!.rules.length).toBeGreaterThanOrEqual(5);
  });
});

/** Corrections of issue 13 §2, read against the seeds (Báo cáo 78/BC-UBND, the NQ 131 report of Q1 2024, seed 001). */
describe('the bundled set, corrected against the seeds', () => {
  const ind = (code: string) => set!.indicators.find((i) => i.code === code)!;
  const text = (code: string) => `${ind(code).definition} ${ind(code).method}`;

  it('takes dossier counts from the administrative-procedure system and population counts from the population database', () => {
    expect(set!.systems.map((s) => [s.id, s.owner])).toEqual([
      ['TTHC', 'VPUBND'],
      ['CSDLQGDC', 'CA'],
    ]);
    const dossiers = set!.indicators.filter((i) => /^CCHC\.0[1-4]/.test(i.code));
    expect(dossiers.map((i) => i.code)).toEqual(['CCHC.01a', 'CCHC.01b', 'CCHC.01', 'CCHC.02a', 'CCHC.02b', 'CCHC.02', 'CCHC.03a', 'CCHC.03b', 'CCHC.03', 'CCHC.04a', 'CCHC.04']);
    for (const i of dossiers) expect([i.code, i.collection, i.system]).toEqual([i.code, 'system', 'TTHC']);
    for (const code of ['XH.01', 'CDS.02b', 'CDS.03b']) expect([code, ind(code).collection, ind(code).system, ind(code).owner]).toEqual([code, 'system', 'CSDLQGDC', 'CA']);
    // No unit types them: no form row for the State Bank, the Treasury or anyone beside VPUBND (no double counting).
    const onForms = new Set(planObligations(set!).flatMap((o) => o.indicators.map((i) => i.code)));
    for (const i of set!.indicators.filter((x) => x.collection === 'system')) expect(onForms.has(i.code), i.code).toBe(false);
  });

  it('asks for households once: the fibre share divides by the households of the poverty review', () => {
    expect(set!.indicators.map((i) => i.code)).not.toContain('CDS.07b');
    expect(ind('CDS.07').formula).toBe('CDS.07a / XH.02b * 100');
    expect(ind('CDS.07').frequency).toBe(ind('XH.02b').frequency);
    const named = [...set!.rules.map((r) => r.expr), ...set!.indicators.map((i) => i.formula ?? '')].join(' ');
    expect(named).not.toContain('CDS.07b');
    expect(set!.rules.find((r) => r.id === 'ho-cap-quang')?.expr).toBe('CDS.07a <= XH.02b');
  });

  it('names the agencies as the request for comments (seed 001) does; customs is not under Industry and Trade', () => {
    const agency = (code: string) => set!.agencies.find((a) => a.code === code)!;
    expect(agency('NHNN').name).toBe('Ngân hàng Nhà nước Khu vực 9');
    expect(agency('KBNN').name).toBe('Kho bạc Nhà nước khu vực XV');
    expect(agency('HQ').name).toBe('Chi cục Hải quan khu vực XII');
    expect(agency('HQ').unit).toBeUndefined();
    expect(agency('BQLKKT').name).toContain('Khu kinh tế Dung Quất');
    // Reporting units besides the departments and communes: those with indicators of their own or dossiers on the system.
    expect(set!.units.filter((u) => u.kind === 'other').map((u) => u.code)).toEqual(['CA', 'BHXH', 'BQLKKT']);
  });

  it('rejects adults equal to the population (the slip of Báo cáo 78/BC-UBND), as it rejects more adults', () => {
    const rule = set!.rules.find((r) => r.id === 'nguoi-truong-thanh-khong-vuot-dan-so')!;
    expect(rule.severity).toBe('error');
    const parsed = parseComparison(rule.expr);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const holds = (adults: number, population: number) => evaluateComparison(parsed.value, (c) => ({ 'CDS.02b': adults, 'XH.01': population })[c])?.holds;
    expect(holds(1_245_649, 1_245_649)).toBe(false);
    expect(holds(1_245_650, 1_245_649)).toBe(false);
    expect(holds(891_135, 1_245_649)).toBe(true);
  });

  it('quotes each seed figure with its document and year, on the indicator it measures, never as a 2025 baseline', () => {
    const figure = /\d+,\d+ ?%|\d{1,3}(\.\d{3})+|\b\d+\/\d+\b(?!\/)/;
    for (const i of set!.indicators) {
      const t = `${i.definition} ${i.method}`;
      expect(t, i.code).not.toMatch(/(báo cáo|toàn tỉnh) 2025|\(2025:/i);
      if (figure.test(t.replace(/\d+\/(BC|QĐ|NQ|NĐ|KH|VP)-[\wĐ-]+|\d{2}\/\d{2}\/\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}|ngày \d{1,2}\/\d{1,2}/g, ''))) {
        expect(t, i.code).toMatch(/78\/BC-UBND ngày 25\/4\/2023|Nghị quyết 131\/NQ-CP quý I năm 2024/);
        expect(t, i.code).toMatch(/trước hợp nhất/);
      }
    }
    for (const i of set!.indicators.filter((x) => x.baseline)) {
      expect(i.baseline!.source, i.code).toBeTruthy();
      expect(i.baseline!.source, i.code).not.toContain('78/BC-UBND'); // the pre-merger province (173 communes)
    }
    // Online-application shares by level are 24,5 % (district) and 12,6 % (commune); 98,98 % … are e-office documents.
    expect(text('CCHC.02')).toMatch(/24,5 %.*12,6 %/);
    expect(text('CDS.04')).toMatch(/98,98 %.*83,98 %.*61,32 %/);
    expect(text('CDS.04')).toContain('67,85 %');
    // The 12 systems are those linked to the administrative-procedure system, not to the LGSP.
    expect(ind('CDS.05').name).toContain('Hệ thống thông tin giải quyết TTHC');
    expect(text('CDS.05')).toContain('12 hệ thống');
    // 25/25 essential services were partly and fully online, not 25/25 fully online.
    expect(text('CCHC.05')).toContain('25/25 dịch vụ công thiết yếu ở mức một phần và toàn trình');
  });

  it('fills the 7146 attributes: the five types, sharing, legal basis named in the seeds, components marked', () => {
    const types = new Set(['input', 'process', 'output', 'result', 'impact']);
    for (const i of set!.indicators) {
      expect(types.has(i.type), `${i.code}: ${i.type}`).toBe(true);
      expect(i.sharing, i.code).toBeDefined();
    }
    // A typed-in part is not an input because it is typed: SMEs on digital platforms are a result.
    expect(ind('CDS.01a').type).toBe('result');
    const named = [
      'QĐ 1012/QĐ-TTg',
      'NQ 131/NQ-CP',
      'QĐ 766/QĐ-TTg',
      'QĐ 293/QĐ-TTg',
      'NĐ 278/2025/NĐ-CP',
      'NĐ 30/2020/NĐ-CP',
      'NĐ 45/2020/NĐ-CP',
      'NĐ 107/2021/NĐ-CP',
      'QĐ 06/QĐ-TTg',
      'QĐ 422/QĐ-TTg',
    ];
    for (const i of set!.indicators) for (const doc of i.legal_basis ?? []) expect(named, `${i.code}: ${doc}`).toContain(doc);
    expect(ind('CCHC.01').legal_basis).toEqual(['NQ 131/NQ-CP', 'QĐ 766/QĐ-TTg']);
    // Components are exactly the numerators and denominators of the set's formulas.
    const parts = new Set(set!.indicators.flatMap((i) => (i.formula ? referencesOf((parseFormula(i.formula) as { ok: true; value: Parameters<typeof referencesOf>[0] }).value) : [])));
    expect(set!.indicators.filter((i) => i.component).map((i) => i.code)).toEqual(set!.indicators.filter((i) => parts.has(i.code)).map((i) => i.code));
    expect(countIndicators(set!.indicators)).toEqual({ indicators: 32, components: 22 });
  });

  it('pro-rates the yearly ceilings and goals of quarterly counts, and reads treasury, customs and statistics by calendar month', () => {
    // 34 offences in Q1 against a ceiling of 300 a year: 75 for the quarter, met with 41 to spare.
    expect(targetStatus(ind('XH.07'), parsePeriod('2026-Q1')!, 34)).toMatchObject({ rule: 'prorated', plan: 75, met: true, margin: 41, status: 'met' });
    expect(targetStatus(ind('KT.03'), parsePeriod('2026-Q1')!, 60)).toMatchObject({ rule: 'prorated', plan: 75, met: false, margin: -15, status: 'not-met' });
    const calendar = set!.indicators.filter((i) => i.reporting_window === 'calendar').map((i) => i.code);
    expect(calendar).toEqual(['KT.01', 'KT.02', 'KT.04', 'KT.05', 'KT.06', 'XH.04b']);
  });
});
