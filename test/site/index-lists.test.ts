import { beforeAll, describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/history/build-history.js';
import type { HistoryRow } from '../../src/history/types.js';
import { countIndicators, loadAndValidateSet, type IndicatorSet } from '../../src/model/index.js';
import { columnDecimals, formatFixed } from '../../src/report/html-escape.js';
import { planSite } from '../../src/site/plan-site.js';
import { makeSet } from '../helpers/make-set.js';

// New-user review: the dashboard counted components (numerators, denominators) as indicators ("Tất cả chỉ số (54)"
// where the rest of the tool says 32 + 22), its period column showed raw ids (2025-Q4) where the cards say "Quý IV năm
// 2025", and rankings printed "95" beside "96,79".

let set: IndicatorSet;
beforeAll(async () => {
  const loaded = (await loadAndValidateSet(makeSet({}))).set!;
  set = { ...loaded, indicators: loaded.indicators.map((i) => (i.code === 'A.01a' || i.code === 'A.01b' ? { ...i, component: true } : i)) };
});

function dataset(period: string): { file: string; rows: HistoryRow[] } {
  const base = { set_id: 'tiny', set_version: '1.0.0', period, breakdown: '', category: '', unit_of_measure: '%' };
  const row = (unit_code: string, indicator_code: string, value: string, status = 'accepted') => ({ ...base, unit_code, unit_name: unit_code, indicator_code, value, status });
  const rows: HistoryRow[] = [row('51', 'A.01a', '30', 'consolidated'), row('51', 'A.01b', '40', 'consolidated'), row('51', 'A.01', '75', 'consolidated')];
  for (const [unit, value] of [
    ['1001', '95'],
    ['1002', '96.79'],
  ])
    rows.push(row(unit, 'A.01', value));
  return { file: `bao-cao/${period}/dataset.csv`, rows };
}

describe('the dashboard lists', () => {
  it('count and list indicators apart from components, with periods in words', () => {
    const history = buildHistory(set, [dataset('2025-Q4'), dataset('2026-Q1')]);
    const index = [...planSite(history, set, 'vi')].find((f) => f.path === 'index.html')!.text;
    const counts = countIndicators(history.indicators.map((s) => s.indicator ?? {}));
    expect(counts.components).toBe(2);
    expect(index).toContain(`Tất cả chỉ số (${counts.indicators})</h2>`);
    expect(index).toContain('Thành phần của chỉ số (2)</h2>');
    const all = index.split('Tất cả chỉ số (')[1].split('</section>')[0];
    expect(all).not.toContain('A.01a');
    expect(all).toContain('Quý I năm 2026');
    expect(index).not.toMatch(/<td class="nw">20\d\d-Q\d<\/td>/);
    const en = [...planSite(history, set, 'en')].find((f) => f.path === 'index.html')!.text;
    expect(en).toContain('Components of indicators (2)</h2>');
  });

  it('list only indicators among the largest changes, not their components', () => {
    const later = dataset('2026-Q1');
    later.rows = later.rows.map((r) =>
      r.unit_code === '51' && r.indicator_code === 'A.01a' ? { ...r, value: '60' } : r.unit_code === '51' && r.indicator_code === 'A.01' ? { ...r, value: '80' } : r,
    );
    const history = buildHistory(set, [dataset('2025-Q4'), later]);
    const index = [...planSite(history, set, 'vi')].find((f) => f.path === 'index.html')!.text;
    const changed = index.split('Thay đổi nhiều nhất so với kỳ trước')[1]?.split('</section>')[0] ?? '';
    expect(changed).toContain('A.01</a>');
    expect(changed).not.toContain('A.01a');
  });

  it('print a ranking with one number of decimals per column', () => {
    const history = buildHistory(set, [dataset('2025-Q4'), dataset('2026-Q1')]);
    const page = [...planSite(history, set, 'vi')].find((f) => f.path === 'indicators/A.01.html')!.text;
    const ranking = page.split('<h3>')[1] ?? '';
    expect(ranking).toContain('<td class="n">96,79</td>');
    expect(ranking).toContain('<td class="n">95,00</td>');
    expect(ranking).not.toContain('<td class="n">95</td>');
  });

  it('needs as many decimals as the most precise figure, at most two', () => {
    expect(columnDecimals([95, 120, undefined])).toBe(0);
    expect(columnDecimals([95, 96.79])).toBe(2);
    expect(columnDecimals([95, 96.5])).toBe(1);
    expect(columnDecimals([1 / 3])).toBe(2);
    expect(formatFixed(95, 2, 'vi')).toBe('95,00');
    expect(formatFixed(1245649, 0, 'vi')).toBe('1.245.649');
  });
});
