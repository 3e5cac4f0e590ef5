import { describe, expect, it } from 'vitest';
import { isCommuneLevel, loadAndValidateSet, reporterCodes } from '../src/model/index.js';

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
