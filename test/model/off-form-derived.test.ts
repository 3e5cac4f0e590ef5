import { describe, expect, it } from 'vitest';
import { computableOnForm, derivedOffForm, indicatorsOwed, isCommuneLevel, loadAndValidateSet, parsePeriod, planObligations } from '../../src/model/index.js';
import { planTemplate } from '../../src/model/layout/index.js';
import type { SubmissionResult } from '../../src/model/submission-types.js';
import type { Indicator } from '../../src/model/types.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';

const { set } = await loadAndValidateSet('indicators');
const period = parsePeriod('2026-Q1')!;
const commune = set!.units.find(isCommuneLevel)!;

describe('a rate whose components are not all on the form', () => {
  it('is no row of the commune’s form (CDS.02, CDS.03 divide a typed count by one from the population database)', () => {
    const rows = planTemplate(set!, commune, period)!.valueRows.map((r) => r.indicator.code);
    expect(rows).toContain('CDS.02a');
    expect(rows).toContain('CDS.03a');
    for (const code of ['CDS.02', 'CDS.03', 'CDS.02b', 'CDS.03b']) expect(rows).not.toContain(code);
    // Every derived row left on the form has a formula: none is a blank row nobody can fill.
    for (const r of planTemplate(set!, commune, period)!.valueRows) if (r.indicator.formula) expect(r.formula, r.key).toBeTruthy();
    expect(derivedOffForm(set!, commune, period).map((i) => i.code)).toEqual(expect.arrayContaining(['CDS.02', 'CDS.03']));
    expect(indicatorsOwed(set!, commune, period).map((i) => i.code)).not.toContain('CDS.02');
    expect(
      planObligations(set!, period)
        .find((o) => o.unit.code === commune.code)!
        .indicators.map((i) => i.code),
    ).not.toContain('CDS.03');
  });

  it('is dropped with a rate over it, while a rate whose components are all there stays', () => {
    const ind = (code: string, formula?: string) => ({ code, formula }) as unknown as Indicator;
    const kept = computableOnForm([ind('A.01a'), ind('A.01b'), ind('A.01', 'A.01a / A.01b * 100'), ind('B.01a'), ind('B.01', 'B.01a / B.01b'), ind('C.01', 'B.01 * 2')]);
    expect(kept.map((i) => i.code)).toEqual(['A.01a', 'A.01b', 'A.01', 'B.01a']);
  });

  it('is computed by merge from the unit’s typed and collected values', () => {
    const result = (file: string, values: [string, number][], system?: string): SubmissionResult => ({
      file,
      sha256: file.padEnd(64, '0'),
      status: 'accepted',
      unit: commune.code,
      period: period.id,
      setId: set!.info.id,
      diagnostics: [],
      values: new Map(values),
      notes: new Map(),
      modified: '2026-04-01T00:00:00Z',
      ...(system ? { system, queries: new Map() } : {}),
    });
    const merged = mergeSubmissions({
      set: set!,
      period,
      results: [
        result('form.xlsx', [
          ['CDS.02a', 300],
          ['CDS.03a', 50],
        ]),
        result(
          'dan-cu.csv',
          [
            ['CDS.02b', 400],
            ['CDS.03b', 200],
          ],
          'CSDLQGDC',
        ),
      ],
    });
    const values = merged.unitValues.get(commune.code)!;
    expect(values.get('CDS.02')).toBe(75);
    expect(values.get('CDS.03')).toBe(25);
  });
});
