// Issue 13 §4: a target is compared like with like. The numbers are the bundled set's: KT.01 budget revenue (year to
// date, 28 000 billion VND in 2026), KT.03 new enterprises (300 a year, counted per quarter), XH.07 criminal cases
// (a ceiling of 300 a year), CCHC.01 online applications (80 %), XH.02 poverty rate (2.5 %, lower is better).
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/period.js';
import { comparableForUnits, isFlow, targetForYear, targetStatus, type TargetIndicator } from '../../src/model/targets.js';

const p = (id: string) => parsePeriod(id)!;

const KT01: TargetIndicator = { value_type: 'decimal', accumulation: 'year-to-date', aggregation: 'sum', target: { value: 28000, direction: 'higher', by: 2026 } };
const KT03: TargetIndicator = { value_type: 'integer', accumulation: 'period', aggregation: 'sum', target: { value: 300, direction: 'higher', by: 2026 } };
const XH07: TargetIndicator = { value_type: 'integer', accumulation: 'period', aggregation: 'sum', target: { value: 300, direction: 'lower', by: 2026 } };
const CCHC01: TargetIndicator = { value_type: 'percent', accumulation: 'period', aggregation: 'none', target: { value: 80, direction: 'higher', by: 2026 } };
const XH02: TargetIndicator = { value_type: 'percent', accumulation: 'stock', aggregation: 'none', target: { value: 2.5, direction: 'lower', by: 2026 } };
const prorated = (i: TargetIndicator): TargetIndicator => ({ ...i, target: { ...i.target!, prorate: true } });

describe('targetStatus: a year-to-date flow reads as % of the annual plan', () => {
  it.each([
    // period, value, ratio (% of the annual plan), status, margin
    ['2026-Q1', 3640, 13, 'in-progress', -24360],
    ['2026-9M', 21000, 75, 'in-progress', -7000],
    ['2026-Q3', 28700, 102.5, 'met', 700], // reached before the year is over: met
    ['2026-Q4', 27300, 97.5, 'not-met', -700], // the year is over
    ['2026', 28560, 102, 'met', 560],
  ] as const)('KT.01 %s: %d of 28 000 is %d %% of the annual plan, %s', (period, value, ratio, status, margin) => {
    const r = targetStatus(KT01, p(period), value)!;
    expect(r.rule).toBe('annual-plan');
    expect(r.annual).toBe(28000);
    expect(r.plan).toBe(28000);
    expect(r.ratio).toBeCloseTo(ratio, 6);
    expect(r.status).toBe(status);
    expect(r.margin).toBeCloseTo(margin, 6);
    expect(r.met).toBe(status === 'in-progress' ? undefined : status === 'met');
  });

  it('never red for a first quarter at 13 % (the bug: value/target as achievement, not met)', () => {
    const r = targetStatus(KT01, p('2026-Q1'), 3640)!;
    expect(r.status).not.toBe('not-met');
    expect(r.met).toBeUndefined();
  });

  it('with prorate: true, the months gone set the plan to date (Q1: 3/12 of 28 000 = 7 000)', () => {
    const r = targetStatus(prorated(KT01), p('2026-Q1'), 3640)!;
    expect(r).toMatchObject({ rule: 'annual-plan-prorated', annual: 28000, plan: 7000, months: 3, met: false, status: 'not-met' });
    expect(r.ratio).toBeCloseTo(13, 6); // still % of the annual plan
    expect(r.margin).toBeCloseTo(-3360, 6);
    expect(targetStatus(prorated(KT01), p('2026-H1'), 14500)).toMatchObject({ plan: 14000, months: 6, met: true, margin: 500, status: 'met' });
  });

  it('a year-to-date ceiling (lower is better): in progress while under it, not met once passed, no ratio', () => {
    const ytdCeiling: TargetIndicator = { ...XH07, accumulation: 'year-to-date' };
    expect(targetStatus(ytdCeiling, p('2026-Q1'), 34)).toMatchObject({ rule: 'annual-plan', plan: 300, margin: 266, status: 'in-progress' });
    expect(targetStatus(ytdCeiling, p('2026-Q3'), 310)).toMatchObject({ met: false, margin: -10, status: 'not-met' });
    expect(targetStatus(ytdCeiling, p('2026-Q4'), 290)).toMatchObject({ met: true, margin: 10, status: 'met' });
    expect(targetStatus(ytdCeiling, p('2026-Q1'), 34)!.ratio).toBeUndefined();
  });
});

describe('targetStatus: a flow of the period', () => {
  it('is not compared with the annual target for a quarter unless the set allows pro-rating', () => {
    const r = targetStatus(KT03, p('2026-Q2'), 60)!;
    expect(r).toMatchObject({ rule: 'not-per-period', annual: 300, status: 'not-comparable' });
    expect(r.ratio).toBeUndefined();
    expect(r.met).toBeUndefined();
    expect(r.plan).toBeUndefined();
  });

  it('is compared with the target pro-rated to the period with prorate: true (Q2: 300 × 3/12 = 75)', () => {
    const r = targetStatus(prorated(KT03), p('2026-Q2'), 60)!;
    expect(r).toMatchObject({ rule: 'prorated', annual: 300, plan: 75, months: 3, ratio: 80, met: false, margin: -15, status: 'not-met' });
    expect(targetStatus(prorated(KT03), p('2026-H2'), 160)).toMatchObject({ plan: 150, months: 6, met: true, margin: 10, status: 'met' });
    expect(targetStatus(prorated(KT03), p('2026-05'), 30)).toMatchObject({ plan: 25, months: 1, met: true, margin: 5, ratio: 120 });
  });

  it("is compared with the annual target in the year's own period, pro-rating or not", () => {
    expect(targetStatus(KT03, p('2026'), 312)).toMatchObject({ rule: 'year-total', plan: 300, ratio: 104, met: true, margin: 12, status: 'met' });
  });

  it('lower is better, 34 cases in a quarter against a ceiling of 300 a year: met with a margin, never "882,4 % achieved"', () => {
    const r = targetStatus(prorated(XH07), p('2026-Q1'), 34)!;
    expect(r).toMatchObject({ rule: 'prorated', direction: 'lower', annual: 300, plan: 75, met: true, margin: 41, status: 'met' });
    expect(r.ratio).toBeUndefined();
    expect(targetStatus(prorated(XH07), p('2026-Q1'), 80)).toMatchObject({ met: false, margin: -5, status: 'not-met' });
    // Without prorate: no comparison for the quarter; in the year, 280 of a 300 ceiling is met with 20 to spare.
    expect(targetStatus(XH07, p('2026-Q1'), 34)).toMatchObject({ rule: 'not-per-period', status: 'not-comparable' });
    expect(targetStatus(XH07, p('2026'), 280)).toMatchObject({ rule: 'year-total', met: true, margin: 20, status: 'met' });
    expect(targetStatus(XH07, p('2026'), 320)).toMatchObject({ met: false, margin: -20, status: 'not-met' });
    expect(targetStatus(XH07, p('2026'), 280)!.ratio).toBeUndefined();
  });
});

describe('targetStatus: a level is compared directly', () => {
  it('a percent of the period (seed 002: 3 866 of 6 175 online, 62.61 %) against 80 %: not met by 17.39 points', () => {
    const r = targetStatus(CCHC01, p('2026-Q1'), (3866 / 6175) * 100)!;
    expect(r).toMatchObject({ rule: 'level', annual: 80, plan: 80, met: false, status: 'not-met' });
    expect(r.margin).toBeCloseTo(-17.39, 2);
    expect(r.ratio).toBeUndefined();
  });

  it('lower is better: a poverty rate of 2.3 % against 2.5 % is met, 0.2 points under', () => {
    const r = targetStatus(XH02, p('2026-H1'), 2.3)!;
    expect(r).toMatchObject({ rule: 'level', met: true, status: 'met' });
    expect(r.margin).toBeCloseTo(0.2, 10);
    expect(r.ratio).toBeUndefined();
  });

  it('a stock summed over units is a level too (the end-of-period count), not a flow', () => {
    expect(isFlow({ value_type: 'integer', accumulation: 'stock', aggregation: 'sum' })).toBe(false);
    expect(isFlow({ value_type: 'decimal', accumulation: 'period', aggregation: 'average' })).toBe(false);
    expect(isFlow(KT03)).toBe(true);
  });
});

describe('targetStatus: milestones give the year its target', () => {
  const CDS02: TargetIndicator = {
    value_type: 'percent',
    accumulation: 'stock',
    aggregation: 'none',
    target: { value: 85, direction: 'higher', by: 2030 },
    milestones: [
      { year: 2026, value: 70 },
      { year: 2028, value: 78 },
    ],
  };

  it("uses the period's year's milestone when there is one", () => {
    expect(targetForYear(CDS02, 2026)).toEqual({ value: 70, from: 'milestone' });
    expect(targetStatus(CDS02, p('2026-Q2'), 72)).toMatchObject({ rule: 'level', annual: 70, annualFrom: 'milestone', met: true, margin: 2, status: 'met' });
    expect(targetStatus(CDS02, p('2028-Q2'), 72)).toMatchObject({ annual: 78, met: false, margin: -6, status: 'not-met' });
  });

  it('a year without a milestone before the target is due: in progress towards it, met if already there', () => {
    expect(targetForYear(CDS02, 2027)).toBeUndefined();
    expect(targetStatus(CDS02, p('2027'), 74)).toMatchObject({ rule: 'level-before-due', plan: 85, margin: -11, status: 'in-progress', final: { value: 85, by: 2030 } });
    expect(targetStatus(CDS02, p('2027'), 86)).toMatchObject({ rule: 'level-before-due', met: true, status: 'met' });
    expect(targetStatus(CDS02, p('2030'), 84)).toMatchObject({ rule: 'level', annual: 85, annualFrom: 'target', status: 'not-met' });
    expect(targetStatus(CDS02, p('2031'), 84)).toMatchObject({ rule: 'no-plan-for-year', status: 'not-comparable' });
  });

  it('a flow takes its milestone as the annual plan; without one for the year it is not compared', () => {
    const withMilestone: TargetIndicator = { ...KT01, milestones: [{ year: 2025, value: 25000 }] };
    expect(targetStatus(withMilestone, p('2025-H1'), 12000)).toMatchObject({ rule: 'annual-plan', annual: 25000, annualFrom: 'milestone', ratio: 48, status: 'in-progress' });
    expect(targetStatus(KT01, p('2025-H1'), 12000)).toMatchObject({ rule: 'no-plan-for-year', status: 'not-comparable' });
    // A target without a year is every year's target.
    expect(targetStatus({ ...KT01, target: { value: 28000, direction: 'higher' } }, p('2027-Q1'), 7000)).toMatchObject({ annual: 28000, ratio: 25 });
  });
});

describe('targetStatus: warning thresholds', () => {
  it('a value outside a threshold is a warning unless it already failed the target', () => {
    const guarded: TargetIndicator = { ...prorated(XH07), warning: { above: 60 } };
    expect(targetStatus(guarded, p('2026-Q1'), 70)).toMatchObject({ met: true, warned: 'above', status: 'warning' });
    expect(targetStatus(guarded, p('2026-Q1'), 90)).toMatchObject({ met: false, warned: 'above', status: 'not-met' });
    expect(targetStatus(guarded, p('2026-Q1'), 34)).toMatchObject({ status: 'met' });
    expect(targetStatus(guarded, p('2026-Q1'), 34)!.warned).toBeUndefined();
    const ytd: TargetIndicator = { ...KT01, warning: { below: 5000 } };
    expect(targetStatus(ytd, p('2026-Q1'), 3640)).toMatchObject({ rule: 'annual-plan', warned: 'below', status: 'warning' });
  });

  it('thresholds without a target', () => {
    const only: TargetIndicator = { value_type: 'percent', accumulation: 'stock', aggregation: 'none', warning: { below: 10, above: 90 } };
    expect(targetStatus(only, p('2026-Q1'), 5)).toEqual({ rule: 'thresholds-only', year: 2026, warned: 'below', status: 'warning' });
    expect(targetStatus(only, p('2026-Q1'), 95)).toMatchObject({ warned: 'above', status: 'warning' });
    expect(targetStatus(only, p('2026-Q1'), 50)).toMatchObject({ status: 'normal' });
  });

  it('no value, or neither target nor thresholds: nothing to say', () => {
    expect(targetStatus(KT01, p('2026-Q1'), undefined)).toBeUndefined();
    expect(targetStatus({ value_type: 'integer', accumulation: 'period', aggregation: 'sum' }, p('2026-Q1'), 5)).toBeUndefined();
  });
});

describe('comparableForUnits', () => {
  it("colours a unit's own rate against the target, never a unit's share of a province total", () => {
    expect(comparableForUnits(CCHC01, targetStatus(CCHC01, p('2026-Q1'), 70))).toBe(true);
    expect(comparableForUnits(KT01, targetStatus(KT01, p('2026-Q1'), 3640))).toBe(false);
    const stock: TargetIndicator = { value_type: 'integer', accumulation: 'stock', aggregation: 'sum', target: { value: 12, direction: 'higher' } };
    expect(comparableForUnits(stock, targetStatus(stock, p('2026-Q1'), 10))).toBe(false);
  });
});

describe('targetStatus: a value exactly at the target (review of issue 13)', () => {
  it('a rate computed as 57 / 100 × 100 (56.99999999999999 in binary) is exactly on a 57 % target, either direction', () => {
    const at57 = (direction: 'higher' | 'lower'): TargetIndicator => ({ ...XH02, target: { value: 57, direction, by: 2026 } });
    expect(targetStatus(at57('higher'), p('2026-Q1'), (57 / 100) * 100)).toMatchObject({ met: true, margin: 0, status: 'met' });
    expect(targetStatus(at57('lower'), p('2026-Q1'), (57 / 100) * 100)).toMatchObject({ met: true, margin: 0, status: 'met' });
  });

  it('a ceiling of 2.8 a year pro-rated to a quarter is 0.7: a quarter of 0.7 is met, not "0 over"', () => {
    const ceiling: TargetIndicator = { value_type: 'decimal', accumulation: 'period', aggregation: 'sum', target: { value: 2.8, direction: 'lower', by: 2026, prorate: true } };
    expect(targetStatus(ceiling, p('2026-Q1'), 0.7)).toMatchObject({ rule: 'prorated', plan: 0.7, met: true, margin: 0, status: 'met' });
  });

  it('an amount in đồng keeps every digit of its margin (28 000 tỷ đồng and 1 234 đồng)', () => {
    const dong: TargetIndicator = { ...KT01, target: { value: 28_000_000_000_000, direction: 'higher', by: 2026 } };
    expect(targetStatus(dong, p('2026'), 28_000_000_001_234)).toMatchObject({ met: true, margin: 1234, status: 'met' });
  });

  it('a sum of decimals (0.1 + 0.2) on a warning threshold of 0.3 is not above it', () => {
    const w: TargetIndicator = { value_type: 'decimal', accumulation: 'stock', aggregation: 'sum', warning: { above: 0.3 } };
    expect(targetStatus(w, p('2026-Q1'), 0.1 + 0.2)).toMatchObject({ status: 'normal' });
  });

  it('a pro-rated year-to-date figure in Q4 or December is the whole year: the annual plan, not "× 12/12"', () => {
    for (const period of ['2026-Q4', '2026-12', '2026-H2', '2026']) {
      expect(targetStatus(prorated(KT01), p(period), 27300)).toMatchObject({ rule: 'annual-plan', plan: 28000, met: false, status: 'not-met' });
    }
    expect(targetStatus(prorated(KT01), p('2026-11'), 27300)).toMatchObject({ rule: 'annual-plan-prorated', months: 11 });
  });
});

describe('targetWords: a pro-rated comparison names the share it was judged against (review of issue 13)', () => {
  it('"thấp hơn mức của kỳ (75 vụ) 41 vụ", not "thấp hơn mức chỉ tiêu 41 vụ" beside a target of 300', async () => {
    const { targetWords } = await import('../../src/report/target-words.js');
    const withUnit = (i: TargetIndicator, unit: string, unit_en: string) => ({ ...i, unit, unit_en });
    const xh07 = withUnit(prorated(XH07), 'vụ', 'cases');
    expect(targetWords(targetStatus(xh07, p('2026-Q1'), 34)!, xh07, 'vi').text).toBe('Đạt: thấp hơn mức của kỳ (75 vụ) 41 vụ');
    expect(targetWords(targetStatus(xh07, p('2026-Q1'), 80)!, xh07, 'vi').text).toBe('Chưa đạt: vượt mức của kỳ (75 vụ) 5 vụ');
    const kt03 = withUnit(prorated(KT03), 'doanh nghiệp', 'enterprises');
    expect(targetWords(targetStatus(kt03, p('2026-Q1'), 60)!, kt03, 'vi').text).toBe('Chưa đạt: 80 % mức của kỳ, còn thiếu 15 doanh nghiệp so với mức của kỳ (75 doanh nghiệp)');
    expect(targetWords(targetStatus(kt03, p('2026-Q1'), 60)!, kt03, 'en').text).toBe("Not met: 80 % of the period's share, 15 enterprises short of the period's share (75 enterprises)");
    // Against the whole year's target the words stay as they were.
    expect(targetWords(targetStatus(xh07, p('2026'), 280)!, xh07, 'vi').text).toBe('Đạt: thấp hơn mức chỉ tiêu 20 vụ');
  });
});
