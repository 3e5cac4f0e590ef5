import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRun } from '../../src/collect/collect-run.js';
import { formatDryRun } from '../../src/collect/format-dry-run.js';
import { loadAndValidateSet, parsePeriod } from '../../src/model/index.js';
import { datasetRows } from '../../src/report/dataset.js';
import { mergeRun } from '../../src/report/merge-run.js';
import { formatReportHtml } from '../../src/report/write-report-html.js';
import { encodeWindows1258 } from '../helpers/windows-1258.js';
import { tinySystemSet } from './tiny-system-set.js';

const YEAR = parsePeriod('2026')!;

/** The tiny set with A.01a/A.01b from one CSV export (S1, `he-thong/s1-{period}.csv`) and B.02 from S2's export. */
async function csvSet(export1?: Buffer | string, export2?: string, extra?: Record<string, string>) {
  const dir = tinySystemSet({
    systems: { S1: { kind: 'csv' }, S2: { kind: 'csv', connection_env: 'S2_DIR' } },
    queries: { 'A.01a': 'he-thong/s1-{period}.csv', 'A.01b': 'he-thong/s1-*.csv', 'B.02': 's2-{period}.csv' },
    extra,
  });
  mkdirSync(join(dir, 'he-thong'));
  if (export1 !== undefined) writeFileSync(join(dir, 'he-thong', 's1-2026.csv'), export1);
  const s2 = mkdtempSync(join(tmpdir(), 's2-'));
  if (export2 !== undefined) writeFileSync(join(s2, 's2-2026.csv'), export2);
  const loaded = await loadAndValidateSet(dir);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { set: loaded.set!, dir, env: { S2_DIR: s2 } };
}

const EXPORT = ['Mã đơn vị;Mã chỉ số;Giá trị', '1001;A.01a;6', '1001;A.01b;9', '1002;A.01a;3', '1002;A.01b;4', '1003;A.01a;0', '1003;A.01b;7', ''].join('\r\n');

describe('collect from a CSV export', () => {
  it('reads one export (Windows-1258, ";", Vietnamese headers) holding every indicator of the system, by its code column', async () => {
    const { set, env } = await csvSet(encodeWindows1258(EXPORT), 'unit_code,value\nSA,2\nSB,5\n');
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const run = await collectRun({ set, period: YEAR, out, env });
    expect(run.diagnostics).toEqual([]);
    const text = readFileSync(join(out, 'S1', '1001_tiny_2026.csv'), 'utf8');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'unit_code,period,code,category,value,note,system,query_sha256',
      expect.stringMatching(/^1001,2026,A\.01a,,6,,S1,[0-9a-f]{64}$/),
      expect.stringMatching(/^1001,2026,A\.01b,,9,,S1,[0-9a-f]{64}$/),
      '1001,2026,A.01,,,,S1,',
    ]);
  });

  it('one failing system never stops the others', async () => {
    const { set, env } = await csvSet(EXPORT);
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const run = await collectRun({ set, period: YEAR, out, env });
    expect(run.diagnostics.map((d) => [d.code, d.params?.system, d.params?.code])).toEqual([['system-query-failed', 'S2', 'B.02']]);
    expect(run.diagnostics[0].message).toContain('s2-2026.csv');
    expect(run.outcomes.map((o) => [o.system.id, o.failed, o.written.length])).toEqual([
      ['S1', false, 3],
      ['S2', true, 0],
    ]);
  });

  it('reports an export it cannot read (a folder the pattern matches) as that query’s problem, and goes on', async () => {
    const { set, dir, env } = await csvSet(EXPORT, 'unit_code,value\nSA,2\nSB,5\n');
    mkdirSync(join(dir, 'he-thong', 's1-cu.csv'));
    const run = await collectRun({ set, period: YEAR, out: mkdtempSync(join(tmpdir(), 'out-')), env, dryRun: true });
    expect(run.diagnostics.map((d) => [d.code, d.params?.system, d.params?.code])).toEqual([['system-query-failed', 'S1', 'A.01b']]);
    expect(run.diagnostics[0].message).toContain('s1-cu.csv');
    expect(run.outcomes.map((o) => [o.system.id, o.failed])).toEqual([
      ['S1', true],
      ['S2', false],
    ]);
  });

  it('points at the export line of a row for an unknown unit', async () => {
    const { set, env } = await csvSet(EXPORT.replace('1003;A.01a;0', '9999;A.01a;0'), 'unit_code,value\nSA,2\nSB,5\n');
    const run = await collectRun({ set, period: YEAR, out: mkdtempSync(join(tmpdir(), 'out-')), env });
    const unknown = run.diagnostics.find((d) => d.code === 'system-unknown-unit')!;
    expect(unknown.location).toMatchObject({ file: expect.stringMatching(/he-thong\/s1-2026\.csv$/), line: 6 });
    expect(run.diagnostics.filter((d) => d.code === 'system-no-row').map((d) => `${d.params?.unit} ${d.params?.code}`)).toEqual(['1003 A.01a']);
  });

  it('says a row with a blank value is one, not that the unit has no row', async () => {
    const { set, env } = await csvSet(EXPORT.replace('1003;A.01a;0', '1003;A.01a;'), 'unit_code,value\nSA,2\nSB,5\n');
    const run = await collectRun({ set, period: YEAR, out: mkdtempSync(join(tmpdir(), 'out-')), env, dryRun: true });
    const [blank] = run.diagnostics.filter((d) => d.code === 'system-no-row');
    expect(blank.params).toMatchObject({ unit: '1003', code: 'A.01a', row: 6 });
    expect(blank.location).toMatchObject({ file: expect.stringMatching(/he-thong\/s1-2026\.csv$/), line: 6 });
    expect(blank.message).toContain('NULL');
    expect(blank.message).not.toContain('không có dòng nào');
    // The figure stays blank (not 0), with the same note as a missing row.
    expect(run.outcomes[0].returns.find((r) => r.unit === '1003')!.lines.find((l) => l.code === 'A.01a')).toMatchObject({ value: '', note: expect.stringContaining('S1') });
  });

  it('reads the numbers of an export as a return’s typed numbers are (Vietnamese grouping), never 1.234 for 1234', async () => {
    const { set, env } = await csvSet(EXPORT.replace('1001;A.01b;9', '1001;A.01b;1.234').replace('1002;A.01b;4', '1002;A.01b;1.245.649'), 'unit_code,value\nSA,2\nSB,5\n');
    const run = await collectRun({ set, period: YEAR, out: mkdtempSync(join(tmpdir(), 'out-')), env, dryRun: true });
    expect(run.diagnostics).toEqual([]);
    const value = (unit: string) => run.outcomes[0].returns.find((r) => r.unit === unit)!.lines.find((l) => l.code === 'A.01b')!.value;
    expect([value('1001'), value('1002')]).toEqual(['1234', '1245649']);
  });

  it('says a row without a category is skipped when the total is the sum of the categories (never dropped unsaid)', async () => {
    const group = [
      'id: d',
      'name: Nhóm D',
      'order: 4',
      'indicators:',
      '  - { code: D.01, name: Hồ sơ theo cấp, type: input, unit: hồ sơ, value_type: integer, frequency: year, accumulation: period, owner: SA,',
      '      reported_by: communes, source: Hệ thống, definition: Đếm., method: Đếm., aggregation: sum, breakdown: [level],',
      '      collection: system, system: S1, query: "he-thong/s1-{period}.csv" }',
    ].join('\n');
    const rows = ['unit_code;code;category;value', '1001;A.01a;;6', '1001;A.01b;;9', '1002;A.01a;;3', '1002;A.01b;;4', '1003;A.01a;;0', '1003;A.01b;;7'];
    const levels = ['1001;D.01;tinh;1', '1001;D.01;xa;2', '1001;D.01;;9', '1002;D.01;tinh;1', '1002;D.01;xa;1', '1003;D.01;tinh;0', '1003;D.01;xa;0'];
    const { set, env } = await csvSet([...rows, ...levels, ''].join('\r\n'), 'unit_code,value\nSA,2\nSB,5\n', { 'groups/d.yaml': group + '\n' });
    const run = await collectRun({ set, period: YEAR, out: mkdtempSync(join(tmpdir(), 'out-')), env, dryRun: true });
    expect(run.diagnostics.map((d) => [d.code, d.params?.code, d.params?.row, d.location.line])).toEqual([['system-unknown-category', 'D.01', 10, 10]]);
  });

  it('--dry-run shows the files read, the parameters and the rows', async () => {
    const { set, env } = await csvSet(EXPORT, 'unit_code,value\nSA,2\nSB,5\n');
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    const run = await collectRun({ set, period: YEAR, out, env, dryRun: true });
    const text = formatDryRun(run, out);
    expect(text).toContain('{period} = 2026');
    expect(text).toContain('{period_start} = 2025-12-15');
    expect(text).toMatch(/1002\s+4/);
    expect(run.outcomes.flatMap((o) => o.written)).toEqual([]);
  });
});

describe('check and merge read collected returns beside the forms', () => {
  it('merges a unit’s form and its collected values into one report, and the dataset names each source', async () => {
    const { set, env } = await csvSet(EXPORT, 'unit_code,value\nSA,2\nSB,5\n');
    const inbox = mkdtempSync(join(tmpdir(), 'inbox-'));
    // The departments' forms (B.01, typed) as CSV returns, in the same folder as the collected ones.
    writeFileSync(join(inbox, 'SA_tiny_2026.csv'), 'code,value\nB.01,4\n');
    writeFileSync(join(inbox, 'SB_tiny_2026.csv'), 'code,value\nB.01,6\n');
    await collectRun({ set, period: YEAR, out: inbox, env });
    const merged = await mergeRun({ set, inputs: [inbox], period: YEAR });
    expect(merged.results.map((r) => `${r.unit} ${r.system ?? 'form'} ${r.status}`).sort()).toEqual(
      ['1001 S1 accepted', '1002 S1 accepted', '1003 S1 accepted', 'SA S2 accepted', 'SA form accepted', 'SB S2 accepted', 'SB form accepted'].sort(),
    );
    const report = merged.report!;
    expect(report.units.map((u) => `${u.unit.code} ${u.status}`)).toEqual(['SA accepted', 'SB accepted']);
    const province = new Map(report.province.map((p) => [p.key, p.value]));
    expect([province.get('A.01a'), province.get('A.01b'), province.get('B.01'), province.get('B.02')]).toEqual([9, 20, 10, 7]);
    expect(province.get('A.01')).toBeCloseTo(45, 9);
    // The report's chart of a key indicator taken from a system has a bar per unit, though it is on no unit's form.
    const html = formatReportHtml(report, 'vi');
    const chart = html.slice(html.indexOf('<h3>A.01 '), html.indexOf('</section>', html.indexOf('<h3>A.01 ')));
    expect(chart.match(/<rect/g)?.length).toBeGreaterThanOrEqual(3);
    const rows = datasetRows(report).filter((r) => r.unit_code === 'SA');
    expect(rows.map((r) => [r.indicator_code, r.value, r.source_file.replace(inbox, '<inbox>')])).toEqual([
      ['B.01', '4', '<inbox>/SA_tiny_2026.csv'],
      ['B.02', '2', expect.stringMatching(/^system:S2#sha256:[0-9a-f]{16}$/)],
    ]);
  });

  it('checks collected values like typed ones: constraints and rules between indicators', async () => {
    const { set, env } = await csvSet(EXPORT.replace('1002;A.01a;3', '1002;A.01a;8').replace('1003;A.01b;7', '1003;A.01b;0'), 'unit_code,value\nSA,2\nSB,5\n');
    const inbox = mkdtempSync(join(tmpdir(), 'inbox-'));
    await collectRun({ set, period: YEAR, out: inbox, env });
    const merged = await mergeRun({ set, inputs: [inbox], period: YEAR });
    const codes = (unit: string) => merged.results.find((r) => r.unit === unit)!.diagnostics.map((d) => d.code);
    expect(codes('1002')).toContain('rule-violated');
    expect(codes('1003')).toContain('out-of-range');
    expect(merged.report!.province.find((p) => p.key === 'A.01b')!.value).toBe(9);
  });

  it('checks a rule between a unit’s typed value and its collected one once both are merged', async () => {
    const rules = 'rules:\n  - id: r2\n    expr: B.02 <= B.01\n    severity: error\n    message: Số hồ sơ khác không vượt số hệ thống\n';
    const { set, env } = await csvSet(EXPORT, 'unit_code,value\nSA,2\nSB,5\n', { 'rules.yaml': rules });
    const inbox = mkdtempSync(join(tmpdir(), 'inbox-'));
    writeFileSync(join(inbox, 'SA_tiny_2026.csv'), 'code,value\nB.01,4\n');
    writeFileSync(join(inbox, 'SB_tiny_2026.csv'), 'code,value\nB.01,3\n');
    await collectRun({ set, period: YEAR, out: inbox, env });
    const merged = await mergeRun({ set, inputs: [inbox], period: YEAR });
    // Neither return holds both values: each file alone is accepted, the merged unit breaks the rule.
    expect(merged.results.every((r) => r.status === 'accepted')).toBe(true);
    const broken = merged.report!.diagnostics.filter((d) => d.code === 'rule-violated');
    expect(broken.map((d) => [d.severity, d.location.file.replace(inbox, '<inbox>'), d.params?.detail])).toEqual([['error', '<inbox>/SB_tiny_2026.csv', '5 <= 3']]);
  });
});
