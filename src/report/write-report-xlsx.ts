import type { Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../diagnostics/index.js';
import { repackDeterministic } from '../io/deterministic-zip.js';
import { numberFormat } from '../model/layout/index.js';
import { datasetRows, DATASET_COLUMNS } from './dataset.js';
import { reportLabels } from './report-labels.js';
import type { MergedReport, ProvinceValue } from './report-types.js';

const HEAD = { font: { bold: true }, fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } } };

function table(ws: Worksheet, head: string[], rows: unknown[][], widths: number[]): void {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.addRow(head).eachCell((c) => Object.assign(c, HEAD));
  for (const r of rows) ws.addRow(r);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
}

const round = (v: number | undefined, d = 2) => (v === undefined ? null : Math.round(v * 10 ** d) / 10 ** d);

/** report.xlsx: Tổng hợp, Theo đơn vị, Tình hình nộp báo cáo, Kiểm tra, Dữ liệu. Numbers are numbers, with formats. */
export async function writeReportXlsx(report: MergedReport, lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const L = reportLabels(lang);
  const wb: Workbook = new ExcelJS.Workbook();
  const date = new Date(`${report.deadline}T00:00:00Z`);
  wb.created = date;
  wb.modified = date;
  wb.creator = 'indicators';
  const name = (p: ProvinceValue) => (lang === 'en' ? p.indicator.name_en ?? p.indicator.name : p.indicator.name);
  const categoryName = (p: ProvinceValue) => {
    const c = report.set.breakdowns.find((b) => b.id === p.breakdown)?.categories.find((x) => x.code === p.category);
    return c ? (lang === 'en' ? c.name_en ?? c.name : c.name) : '';
  };

  const summary = wb.addWorksheet(L.sheets.summary);
  table(summary, L.summaryHead, report.province.map((p) => [
    p.indicator.code, name(p), p.indicator.unit, categoryName(p), round(p.value), p.category ? null : p.indicator.target?.value ?? null,
    round(p.achievement, 1), round(p.previous), p.previous && p.value !== undefined ? round(((p.value - p.previous) / Math.abs(p.previous)) * 100, 1) : null, `${p.reporting}/${p.owing}`,
  ]), [10, 52, 10, 14, 16, 10, 12, 14, 12, 12]);
  report.province.forEach((p, i) => {
    const fmt = numberFormat(p.indicator.value_type);
    if (fmt) summary.getCell(i + 2, 5).numFmt = fmt;
    summary.getCell(i + 2, 8).numFmt = fmt ?? '#,##0.00';
    if (p.achieved !== undefined) summary.getCell(i + 2, 7).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: p.achieved ? 'FFC6EFCE' : 'FFFFC7CE' } };
  });

  const byUnit = wb.addWorksheet(L.sheets.byUnit);
  const totals = report.province.filter((p) => !p.category);
  const unitRows = report.units.filter((u) => u.status === 'accepted').map((u) => {
    const v = report.unitValues.get(u.unit.code)!;
    return [u.unit.code, u.unit.name, ...totals.map((p) => (typeof v.get(p.key) === 'number' ? round(v.get(p.key) as number, 4) : null))];
  });
  table(byUnit, [L.completenessHead[0], L.completenessHead[1], ...totals.map((p) => p.indicator.code)], unitRows, [10, 30, ...totals.map(() => 11)]);
  totals.forEach((p, j) => {
    const col = j + 3;
    byUnit.getColumn(col).numFmt = numberFormat(p.indicator.value_type) ?? '';
    const t = p.indicator.target;
    if (!t || unitRows.length === 0) return;
    const letter = byUnit.getColumn(col).letter;
    // Red/green against the target: the matrix shows at a glance which units are behind.
    byUnit.addConditionalFormatting({
      ref: `${letter}2:${letter}${unitRows.length + 1}`,
      rules: [
        { type: 'cellIs', operator: t.direction === 'higher' ? 'greaterThan' : 'lessThan', formulae: [String(t.value)], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } }, priority: 1 },
        { type: 'cellIs', operator: t.direction === 'higher' ? 'lessThan' : 'greaterThan', formulae: [String(t.value)], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } }, priority: 2 },
      ],
    });
  });

  const completeness = wb.addWorksheet(L.sheets.completeness);
  table(completeness, L.completenessHead, report.units.map((u) => [u.unit.code, u.unit.name, u.unit.kind, L.status[u.status], u.late ? L.yes : '', u.file ?? '', u.received ?? '', u.problems]), [10, 32, 12, 16, 10, 48, 12, 10]);

  const checks = wb.addWorksheet(L.sheets.checks);
  table(checks, L.checksHead, report.diagnostics.map((d) => [d.location.file, d.location.sheet ?? '', d.location.cell ?? (d.location.line ? String(d.location.line) : ''), L.severity[d.severity], d.code, d.message]), [48, 14, 10, 11, 26, 90]);

  const data = wb.addWorksheet(L.sheets.data);
  const rows = datasetRows(report);
  table(data, [...DATASET_COLUMNS], rows.map((r) => DATASET_COLUMNS.map((c) => (c === 'value' && r.value !== '' && !Number.isNaN(Number(r.value)) ? Number(r.value) : r[c]))), [14, 10, 10, 10, 28, 12, 10, 10, 14, 12, 12, 40, 20]);

  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as never);
  return repackDeterministic(new Uint8Array(raw as ArrayBuffer), date);
}
