import { beforeAll, describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/history/build-history.js';
import type { HistoryRow } from '../../src/history/types.js';
import { loadAndValidateSet, type IndicatorSet } from '../../src/model/index.js';
import { planSite } from '../../src/site/plan-site.js';
import { makeSet } from '../helpers/make-set.js';

// The site's plan from inline datasets: rankings of hundreds of communes paged (no page over 500 KB), the series API's
// shape, Vietnamese number formatting, and the notes about the periods on the dashboard.

const COMMUNES = 450;
let set: IndicatorSet;
beforeAll(async () => {
  const units = ['units:', '  - { code: "51", name: Tỉnh Thử, kind: province }', '  - { code: SA, name: Sở A, kind: department }', '  - { code: SB, name: Sở B, kind: department }'];
  for (let i = 1; i <= COMMUNES; i++) units.push(`  - { code: "${1000 + i}", name: Xã số ${i}, kind: commune }`);
  set = (await loadAndValidateSet(makeSet({ 'units.yaml': units.join('\n') + '\n' }))).set!;
});

function dataset(period: string, factor: number): { file: string; rows: HistoryRow[] } {
  const base = { set_id: 'tiny', set_version: '1.0.0', period, breakdown: '', category: '', unit_of_measure: 'hồ sơ' };
  const rows: HistoryRow[] = [];
  let sum = 0;
  for (let i = 1; i <= COMMUNES; i++) {
    const v = i * factor;
    sum += v;
    rows.push({ ...base, unit_code: String(1000 + i), unit_name: `Xã số ${i}`, indicator_code: 'A.01a', value: String(v), status: 'accepted' });
  }
  rows.push({ ...base, unit_code: '51', unit_name: 'Tỉnh Thử', indicator_code: 'A.01a', value: String(sum), status: 'consolidated' });
  rows.push({ ...base, unit_code: '51', unit_name: 'Tỉnh Thử', indicator_code: 'A.01', value: '62.6101', status: 'consolidated' });
  return { file: `bao-cao/${period}/dataset.csv`, rows };
}

describe('planSite', () => {
  it('pages a ranking of 450 communes, 200 a page, and keeps every page under 500 KB', () => {
    const history = buildHistory(set, [dataset('2025-Q4', 10), dataset('2026-Q1', 11)]);
    const files = [...planSite(history, set, 'vi')];
    const paths = files.map((f) => f.path);
    expect(paths).toContain('indicators/A.01a.html');
    expect(paths.filter((p) => p.startsWith('indicators/A.01a-communes-'))).toEqual(['indicators/A.01a-communes-1.html', 'indicators/A.01a-communes-2.html', 'indicators/A.01a-communes-3.html']);
    const third = files.find((f) => f.path === 'indicators/A.01a-communes-3.html')!.text;
    // Ranked from highest: the third page starts at rank 401, the 50th commune (550 = 50 × 11).
    expect(third).toMatch(/<td class="n">401<\/td><td>Xã số 50 /);
    for (const f of files) expect(Buffer.byteLength(f.text), f.path).toBeLessThan(500_000);
  });

  it('writes the series API in the agreed shape, the province under its unit code, and numbers the Vietnamese way', () => {
    const history = buildHistory(set, [dataset('2025-Q4', 10), dataset('2026-Q1', 11)]);
    const files = [...planSite(history, set, 'vi')];
    const series = JSON.parse(files.find((f) => f.path === 'api/series/A.01a.json')!.text) as { code: string; name: string; unit_of_measure: string; observations: Record<string, unknown>[] };
    expect(Object.keys(series)).toEqual(['code', 'name', 'unit_of_measure', 'observations']);
    expect(series).toMatchObject({ code: 'A.01a', name: 'Hồ sơ trực tuyến', unit_of_measure: 'hồ sơ' });
    expect(series.observations[0]).toEqual({ period: '2025-Q4', unit_code: '51', breakdown: '', category: '', value: 1_014_750 });
    expect(series.observations).toHaveLength(2 * (COMMUNES + 1));
    const page = files.find((f) => f.path === 'indicators/A.01a.html')!.text;
    expect(page).toContain('1.116.225 hồ sơ');
    expect(page).toContain('+10 %');
    expect(files.find((f) => f.path === 'indicators/A.01.html')!.text).toContain('62,61 %');
    const en = [...planSite(history, set, 'en')].find((f) => f.path === 'indicators/A.01a.html')!.text;
    expect(en).toContain('1,116,225');
    expect(en).toContain('Q1 2026');
  });

  it('puts every observation in the series API: units’ breakdown rows too, after the unit’s total, in a fixed order', () => {
    const withBreakdowns = (period: string, factor: number) => {
      const d = dataset(period, factor);
      const base = { set_id: 'tiny', set_version: '1.0.0', period, unit_of_measure: 'hồ sơ', indicator_code: 'A.01a', status: 'accepted' };
      // Given out of order: the API sorts by unit, then breakdown, then category.
      d.rows.push({ ...base, unit_code: '1002', unit_name: 'Xã số 2', breakdown: 'level', category: 'xa', value: String(2 * factor) });
      d.rows.push({ ...base, unit_code: '1001', unit_name: 'Xã số 1', breakdown: 'level', category: 'xa', value: String(factor) });
      d.rows.push({ ...base, unit_code: '1001', unit_name: 'Xã số 1', breakdown: 'level', category: 'tinh', value: '0' });
      d.rows.push({ ...base, unit_code: '51', unit_name: 'Tỉnh Thử', breakdown: 'level', category: 'xa', value: String(3 * factor), status: 'consolidated' });
      return d;
    };
    const history = buildHistory(set, [withBreakdowns('2025-Q4', 10), withBreakdowns('2026-Q1', 11)]);
    const series = JSON.parse([...planSite(history, set, 'vi')].find((f) => f.path === 'api/series/A.01a.json')!.text) as {
      observations: { period: string; unit_code: string; breakdown: string; category: string; value: number }[];
    };
    expect(series.observations).toHaveLength(2 * (COMMUNES + 1 + 4));
    const q4 = series.observations.filter((o) => o.period === '2025-Q4');
    expect(q4.slice(0, 5)).toEqual([
      { period: '2025-Q4', unit_code: '51', breakdown: '', category: '', value: 1_014_750 },
      { period: '2025-Q4', unit_code: '51', breakdown: 'level', category: 'xa', value: 30 },
      { period: '2025-Q4', unit_code: '1001', breakdown: '', category: '', value: 10 },
      { period: '2025-Q4', unit_code: '1001', breakdown: 'level', category: 'tinh', value: 0 },
      { period: '2025-Q4', unit_code: '1001', breakdown: 'level', category: 'xa', value: 10 },
    ]);
    expect(q4[5]).toEqual({ period: '2025-Q4', unit_code: '1002', breakdown: '', category: '', value: 20 });
    expect(q4[6]).toEqual({ period: '2025-Q4', unit_code: '1002', breakdown: 'level', category: 'xa', value: 20 });
  });

  it('says on the dashboard what happened across the periods', () => {
    const q3 = dataset('2025-Q3', 9);
    q3.rows = q3.rows.map((r) => (r.unit_code === '1001' ? { ...r, unit_name: 'Xã Cũ' } : r));
    const history = buildHistory(set, [q3, dataset('2026-Q1', 11)]);
    const index = [...planSite(history, set, 'vi')].find((f) => f.path === 'index.html')!.text;
    expect(index).toContain('Lưu ý về số liệu giữa các kỳ');
    expect(index).toContain('Kỳ Quý IV năm 2025 không có tệp số liệu: để trống trên biểu đồ.');
    expect(index).toContain('Đơn vị 1001 đổi tên từ &quot;Xã Cũ&quot; thành &quot;Xã số 1&quot; từ kỳ Quý I năm 2026');
    expect(index).not.toMatch(/<script|https?:\/\//);
  });

  it('ranks equal figures alike (1, 1, 3) and compares a year-to-date figure with the same period last year', () => {
    const q1 = dataset('2026-Q1', 11);
    q1.rows = q1.rows.map((r) => (r.unit_code === '1449' ? { ...r, value: '4950' } : r));
    const ytd: IndicatorSet = { ...set, indicators: set.indicators.map((i) => (i.code === 'A.01a' ? { ...i, accumulation: 'year-to-date' as const } : i)) };
    const history = buildHistory(ytd, [dataset('2025-Q1', 5), dataset('2025-Q4', 10), q1]);
    const page = [...planSite(history, ytd, 'vi')].find((f) => f.path === 'indicators/A.01a.html')!.text;
    expect(page).toMatch(/<td class="n">1<\/td><td>Xã số 449 [^]*?<td class="n">1<\/td><td>Xã số 450 [^]*?<td class="n">3<\/td><td>Xã số 448 /);
    // Against 2025-Q1 (2,250), not 2025-Q4 (4,500, the whole of 2025 so far): +120 %.
    expect(page).toMatch(/Xã số 450 <span class="muted">\(1450\)<\/span><\/td><td class="n">4.950<\/td><td class="n">2.250<\/td><td class="n">\+120 %<\/td>/);
    expect(page).toContain('<th scope="col" class="n">Cùng kỳ năm trước</th>');
  });

  it('says on the dashboard that a sum over units that did not all report is incomplete', () => {
    const q1 = dataset('2026-Q1', 11);
    q1.rows = q1.rows.filter((r) => r.unit_code !== '1001');
    const history = buildHistory(set, [dataset('2025-Q4', 10), q1]);
    const index = [...planSite(history, set, 'vi')].find((f) => f.path === 'index.html')!.text;
    expect(index).toContain('chỉ 449 trên 450 đơn vị báo cáo: giá trị toàn tỉnh chưa đủ');
  });
});
