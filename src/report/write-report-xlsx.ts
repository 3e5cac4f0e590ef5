import { readFile, writeFile } from 'node:fs/promises';
import type { Lang } from '../diagnostics/index.js';
import { reportHistoryTexts, targetTexts, words } from '../i18n/index.js';
import { normalizeZip } from '../io/zip-normalize.js';
import { changeOf, changesInPoints } from '../model/change.js';
import { numberFormat } from '../model/layout/index.js';
import { periodText } from '../model/layout/period-text.js';
import { comparableForUnits, type TargetStatus } from '../model/targets.js';
import { DATASET_COLUMNS, type DatasetRecord } from './dataset.js';
import { deadlineText, dmy, reportLabels } from './report-labels.js';
import type { MergedReport, ProvinceValue } from './report-types.js';
import { targetWords } from './target-words.js';

type Fill = { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEAD_FILL = 'FFD9E1F2';
const GOOD = 'FFC6EFCE';
const BAD = 'FFFFC7CE';
const WARN = 'FFFFEB9C';
/** The status cell's colour: green met, red not met, amber warning; the others (in progress, not compared) plain. */
const STATUS_FILL: Partial<Record<TargetStatus, string>> = { met: GOOD, 'not-met': BAD, warning: WARN };

/** The slice of exceljs's streaming worksheet used here (its typings do not cover the stream writer). */
interface StreamSheet {
  columns: { width: number }[];
  autoFilter: string;
  addRow(values: unknown[]): StreamRow;
  addConditionalFormatting(cf: unknown): void;
  commit(): void;
}
interface StreamRow {
  getCell(col: number): { style: object };
  eachCell(fn: (cell: { style: object }, col: number) => void): void;
  commit(): void;
}

/**
 * exceljs renders a cell's style to look it up unless it has seen that very object before (a WeakMap): every cell
 * gets one of these shared, never-mutated style objects, which makes writing 2.6 million cells several times faster.
 */
const STYLES = new Map<string, object>();
function sharedStyle(numFmt?: string, fill?: string, bold = false): object {
  const key = `${numFmt ?? ''}|${fill ?? ''}|${bold}`;
  let style = STYLES.get(key);
  if (!style) {
    style = Object.freeze({ ...(numFmt ? { numFmt } : {}), ...(fill ? { fill: solid(fill) } : {}), ...(bold ? { font: { bold: true } } : {}) });
    STYLES.set(key, style);
  }
  return style;
}

/** Adds a row whose cells all get shared styles: `styleOf(col)` for the special ones, plain for the rest. */
function addRow(ws: StreamSheet, values: unknown[], styleOf: (col: number) => object | undefined = () => undefined): void {
  const row = ws.addRow(values);
  row.eachCell((cell, col) => (cell.style = styleOf(col) ?? sharedStyle()));
  row.commit();
}

const round = (v: number | undefined, d = 2) => (v === undefined ? null : Math.round(v * 10 ** d) / 10 ** d);
const letter = (n: number): string => (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/**
 * report.xlsx: Tổng hợp, Theo đơn vị, Tình hình nộp báo cáo, Kiểm tra, Dữ liệu. Numbers are numbers, with formats.
 * Written with exceljs's streaming writer, row by row: 3,300 units × 60 indicators is 200,000 data rows, which the
 * in-memory workbook would hold as millions of objects.
 */
export async function writeReportXlsx(path: string, report: MergedReport, rows: Iterable<DatasetRecord>, lang: Lang): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const L = reportLabels(lang);
  const date = new Date(`${report.deadline}T00:00:00Z`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
    created: date,
    modified: date,
    creator: 'indicators',
    lastModifiedBy: 'indicators',
  } as never);
  // Every sheet prints on A4 landscape, as wide as one page, with the title and period on each page (issue 15: the
  // summary printed as 310 pages); `preface` rows (the summary's title and period) come above the heading row.
  const setName = lang === 'en' ? (report.set.info.name_en ?? report.set.info.name) : report.set.info.name;
  const periodLine = reportHistoryTexts[lang].periodLine(periodText(report.period, lang), report.period.id, deadlineText(report, lang));
  const pageHeader = (text: string) => text.replace(/&/g, '&&');
  const sheet = (name: string, head: string[], widths: number[], preface: string[] = []): StreamSheet => {
    const top = preface.length + 1;
    const ws = wb.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: top }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
      headerFooter: { oddHeader: `&L${pageHeader(L.title)}&R${pageHeader(periodLine)}`, oddFooter: '&C&P / &N' },
    }) as unknown as StreamSheet;
    ws.columns = widths.map((width) => ({ width }));
    ws.autoFilter = `A${top}:${letter(head.length)}${top}`;
    preface.forEach((line, i) => addRow(ws, [line], () => sharedStyle(undefined, undefined, i === 0)));
    addRow(ws, head, () => sharedStyle(undefined, HEAD_FILL, true));
    return ws;
  };
  const unitOf = (p: ProvinceValue) => (lang === 'en' ? (p.indicator.unit_en ?? p.indicator.unit) : p.indicator.unit);
  const name = (p: ProvinceValue) => (lang === 'en' ? (p.indicator.name_en ?? p.indicator.name) : p.indicator.name);
  const categoryName = (p: ProvinceValue) => {
    const c = report.set.breakdowns.find((b) => b.id === p.breakdown)?.categories.find((x) => x.code === p.category);
    return c ? (lang === 'en' ? (c.name_en ?? c.name) : c.name) : '';
  };

  // The target columns after the province value: the year's target, the level used, % of plan, margin, status and
  // the rule it was judged by (issue 13 §4).
  const T = targetTexts[lang];
  // The higher-level code (higher_code) last, so that the columns before it keep their places.
  const summaryHead = [...L.summaryHead.slice(0, 5), T.head.annual, T.head.plan, T.head.ratio, T.head.margin, T.head.status, T.head.rule, ...L.summaryHead.slice(5), L.higherCode];
  const summary = sheet(L.sheets.summary, summaryHead, [10, 52, 10, 14, 16, 12, 12, 10, 14, 30, 60, 14, 12, 14, 12, 14], [`${L.title}: ${setName}`, periodLine]);
  for (const p of report.province) {
    // A rate changes in percentage points (its own column), anything else relatively in percent.
    const change = p.previous !== undefined && p.value !== undefined ? round(changeOf(p.indicator, p.value, p.previous), 1) : null;
    const points = changesInPoints(p.indicator);
    const fmt = numberFormat(p.indicator.value_type);
    const said = p.target ? targetWords(p.target, p.indicator, lang) : undefined;
    const values = [
      p.indicator.code,
      name(p),
      unitOf(p),
      categoryName(p),
      round(p.value),
      round(p.target?.annual),
      round(p.target?.plan),
      round(p.target?.ratio, 1),
      round(p.target?.margin),
      said?.text ?? null,
      said?.rule ?? null,
      round(p.previous),
      points ? null : change,
      points ? change : null,
      // A province sum over units that did not all report says so in words.
      p.value !== undefined && p.indicator.aggregation === 'sum' && p.reporting < p.owing
        ? `${p.reporting}/${p.owing}: ${reportHistoryTexts[lang].partial(p.reporting, p.owing)}`
        : `${p.reporting}/${p.owing}`,
      p.indicator.higher_code ?? null,
    ];
    addRow(summary, values, (col) => {
      if (col === 5) return sharedStyle(fmt);
      // A target pro-rated to a quarter of an integer count may have decimals (300 × 1/12 = 25, 250 × 3/12 = 62,5).
      if (col === 6 || col === 7 || col === 9) return sharedStyle(Number.isInteger(values[col - 1]) ? fmt : '#,##0.00');
      if (col === 12) return sharedStyle(fmt ?? '#,##0.00');
      if (col === 10 && said && STATUS_FILL[said.status]) return sharedStyle(undefined, STATUS_FILL[said.status]);
      return undefined;
    });
  }
  summary.commit();

  const totals = report.province.filter((p) => !p.category);
  const accepted = report.units.filter((u) => u.status === 'accepted');
  const byUnit = sheet(L.sheets.byUnit, [L.completenessHead[0], L.completenessHead[1], ...totals.map((p) => p.indicator.code)], [10, 30, ...totals.map(() => 11)]);
  const formats = totals.map((p) => numberFormat(p.indicator.value_type));
  for (const u of accepted) {
    const v = report.unitValues.get(u.unit.code)!;
    addRow(byUnit, [u.unit.code, u.unit.name, ...totals.map((p) => (typeof v.get(p.key) === 'number' ? round(v.get(p.key) as number, 4) : null))], (col) =>
      col > 2 ? sharedStyle(formats[col - 3]) : undefined,
    );
  }
  let priority = 0; // unique within the sheet, as Excel writes them
  totals.forEach((p, j) => {
    // Green/red against the target: the matrix shows at a glance which units are behind. Only a level a unit can
    // reach on its own (a rate, an average); never a unit's share of a province total or a year's plan.
    const t = p.target;
    if (!t?.direction || t.plan === undefined || !comparableForUnits(p.indicator, t) || accepted.length === 0) return;
    const plan = t.plan;
    const col = letter(j + 3);
    const rule = (operator: string, argb: string, priority: number) => ({
      type: 'cellIs',
      operator,
      formulae: [String(plan)],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } } },
      priority,
    });
    byUnit.addConditionalFormatting({
      ref: `${col}2:${col}${accepted.length + 1}`,
      rules: t.direction === 'higher' ? [rule('greaterThan', GOOD, ++priority), rule('lessThan', BAD, ++priority)] : [rule('lessThan', GOOD, ++priority), rule('greaterThan', BAD, ++priority)],
    });
  });
  byUnit.commit();

  const completeness = sheet(L.sheets.completeness, L.completenessHead, [10, 32, 12, 16, 10, 48, 12, 10]);
  // The kind in the report's language, capitalised as a column value ("Xã", "Sở, ngành"), never the model's enum value.
  for (const u of report.units) {
    const kind = words[lang].unitKind[u.unit.kind];
    addRow(completeness, [
      u.unit.code,
      u.unit.name,
      kind.charAt(0).toLocaleUpperCase(lang) + kind.slice(1),
      L.status[u.status],
      u.late ? L.lateAgainst(dmy(u.deadline)) : '',
      u.file ?? '',
      u.received ?? '',
      u.problems,
    ]);
  }
  completeness.commit();

  const checks = sheet(L.sheets.checks, L.checksHead, [48, 14, 10, 11, 26, 90]);
  for (const d of report.diagnostics) {
    addRow(checks, [d.location.file, d.location.sheet ?? '', d.location.cell ?? (d.location.line ? String(d.location.line) : ''), L.severity[d.severity], d.code, d.message]);
  }
  checks.commit();

  const data = sheet(L.sheets.data, [...DATASET_COLUMNS], [14, 10, 10, 10, 28, 12, 10, 10, 14, 12, 12, 40, 20, 40, 14]);
  for (const r of rows)
    addRow(
      data,
      DATASET_COLUMNS.map((c) => (c === 'value' && r.value !== '' && !Number.isNaN(Number(r.value)) ? Number(r.value) : r[c])),
    );
  data.commit();

  // merge --history: each figure against the previous period, the same period last year and the earlier periods.
  const h = report.history;
  if (h) {
    const H = reportHistoryTexts[lang];
    const head = [...H.head.slice(0, 5), H.withPeriod(H.head[5], h.previousPeriod), H.head[6], h.lastYearPeriod ? H.withPeriod(H.head[7], h.lastYearPeriod) : H.head[7], H.head[8], ...h.periods];
    const across = sheet(H.sheet, head, [10, 52, 10, 14, 14, 14, 12, 14, 12, ...h.periods.map(() => 12)], [`${H.title}: ${setName}`, periodLine]);
    for (const p of report.province) {
      const r = h.rows.get(p.key);
      if (!r) continue;
      const change = (before: number | undefined) => (before === undefined || p.value === undefined ? null : round(changeOf(p.indicator, p.value, before), 1));
      const fmt = numberFormat(p.indicator.value_type);
      addRow(
        across,
        [p.indicator.code, name(p), unitOf(p), categoryName(p), round(p.value), round(r.previous), change(r.previous), round(r.lastYear), change(r.lastYear), ...r.series.map((v) => round(v))],
        (col) => (col === 5 || col === 6 || col === 8 || col > 9 ? sharedStyle(fmt) : undefined),
      );
    }
    across.commit();
  }

  await wb.commit();
  // The stream writer stamps zip entries with the current time and writes data descriptors: rewrite the entries as
  // Office does, with fixed times, so the same inputs give the same bytes.
  const bytes = normalizeZip(await readFile(path), date, '[Content_Types].xml');
  if (!bytes) throw new Error(`report.xlsx: unexpected zip layout in ${path}`);
  await writeFile(path, bytes);
}
