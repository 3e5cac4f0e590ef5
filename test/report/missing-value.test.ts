import { describe, expect, it } from 'vitest';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { formatAmount } from '../../src/report/html-escape.js';
import { mergeSubmissions } from '../../src/report/merge-submissions.js';
import { formatReportHtml } from '../../src/report/write-report-html.js';
import { amount } from '../../src/site/format.js';
import { makeSystemSet } from '../helpers/system-set.js';

// New-user review: report.html showed "— tỷ đồng" for a province value nobody reported. A missing value is a plain dash.

describe('a missing value', () => {
  it('is a plain dash, with no unit, in report.html', async () => {
    const { set } = await loadAndValidateSet(makeSystemSet({}));
    const report = mergeSubmissions({ set: set!, period: parsePeriod('2026-Q1')!, results: [] });
    const missing = report.province.filter((p) => p.value === undefined);
    expect(missing.length).toBeGreaterThan(0);
    const units = [...new Set(missing.map((p) => p.indicator.unit).filter((u): u is string => Boolean(u)))];
    expect(units.length).toBeGreaterThan(0);
    for (const lang of ['vi', 'en'] as const) {
      const html = formatReportHtml(report, lang);
      expect(html).toContain('—');
      for (const unit of units) expect(html).not.toContain(`— ${unit}`);
    }
  });

  it('is a plain dash in the report and the site formatters, NaN too', () => {
    expect(formatAmount(undefined, 'tỷ đồng', 2, 'vi')).toBe('—');
    expect(formatAmount(Number.NaN, 'tỷ đồng', 2, 'vi')).toBe('—');
    expect(formatAmount(1245649.5, 'tỷ đồng', 2, 'vi')).toBe('1.245.649,5 tỷ đồng');
    expect(amount(Number.NaN, '%', 'vi')).toBe('—');
    expect(amount(undefined, '%', 'en')).toBe('—');
  });
});
