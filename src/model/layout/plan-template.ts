import { pick, type Lang } from '../../diagnostics/index.js';
import { parseFormula } from '../formula/index.js';
import { indicatorsOwed } from '../owes.js';
import { periodDates, type Period } from '../period.js';
import { unreachable } from '../exhaustive.js';
import type { Breakdown, Indicator, IndicatorSet, Unit, UnitKind } from '../types.js';
import { excelFormula } from './excel-formula.js';
import { COL, CYCLE_LETTER, FIRST_DATA_ROW, definedNameFor, groupRowKey, rowKeyFor, templateFileName } from './layout.js';
import type { GroupRow, PlanRow, TemplatePlan, ValueRow } from './plan-types.js';
import { periodText, roman } from './period-text.js';

/**
 * Plans the workbook of one unit for one period: which rows, in which order, with which names and formulas.
 * Pure and deterministic; returns undefined when the unit owes nothing in the period.
 */
export function planTemplate(set: IndicatorSet, unit: Unit, period: Period, lang: Lang = 'vi'): TemplatePlan | undefined {
  const owed = indicatorsOwed(set, unit, period);
  if (owed.length === 0) return undefined;
  const owedCodes = new Set(owed.map((i) => i.code));
  const rows: PlanRow[] = [];
  let row = FIRST_DATA_ROW;
  let groupNo = 0;
  for (const group of set.groups) {
    const mine = group.indicators.filter((i) => owedCodes.has(i.code));
    if (mine.length === 0) continue;
    groupNo++;
    const heading: GroupRow = { kind: 'group', key: groupRowKey(group.id), row: row++, stt: roman(groupNo), name: pick({ vi: group.name, en: group.name_en ?? group.name }, lang) };
    rows.push(heading);
    mine.forEach((indicator, i) => {
      const stt = String(i + 1);
      rows.push(valueRow(indicator, row++, stt));
      for (const b of indicator.breakdown ?? []) {
        const breakdown = set.breakdowns.find((x) => x.id === b);
        breakdown?.categories.forEach((category, j) => {
          rows.push(valueRow(indicator, row++, `${stt}.${j + 1}`, b, category));
        });
      }
    });
  }
  const valueRows = rows.filter((r): r is ValueRow => r.kind === 'value');
  addSums(valueRows, set);
  addFormulas(valueRows);
  const { cutoff, deadline } = periodDates(period, set.info.periods?.[period.frequency]);
  const formNo = formNumber(unit.kind);
  return {
    fileName: templateFileName(unit.code, set.info.id, period.id),
    lang,
    set: set.info,
    contentHash: set.contentHash,
    unit,
    period,
    periodText: periodText(period, lang),
    formCode: `${formNo}/${set.info.id.toUpperCase()}/${CYCLE_LETTER[period.frequency]}`,
    cutoff,
    deadline,
    rows,
    valueRows,
  };
}

function valueRow(indicator: Indicator, row: number, stt: string, breakdown?: string, category?: ValueRow['category']): ValueRow {
  const isCategory = Boolean(breakdown && category);
  return {
    kind: 'value',
    key: rowKeyFor(indicator.code, breakdown, category?.code),
    row,
    stt,
    indicator,
    ...(isCategory ? { breakdown, category } : {}),
    hasCategories: !isCategory && (indicator.breakdown?.length ?? 0) > 0,
    definedName: definedNameFor(indicator.code, breakdown, category?.code),
    valueCell: `${COL.value}${row}`,
    noteCell: `${COL.note}${row}`,
    required: !indicator.formula && (indicator.constraints?.required ?? true),
  };
}

/**
 * The breakdown whose categories add up to an indicator's total, if any: the first exhaustive one (breakdowns.yaml
 * `exhaustive`, true unless set to false) of a typed, additive (sum-aggregated integer or decimal) indicator.
 */
export function summedBreakdown(indicator: Indicator, set: Pick<IndicatorSet, 'breakdowns'>): Breakdown | undefined {
  if (indicator.formula || indicator.aggregation !== 'sum' || (indicator.value_type !== 'integer' && indicator.value_type !== 'decimal')) return undefined;
  for (const id of indicator.breakdown ?? []) {
    const b = set.breakdowns.find((x) => x.id === id);
    if (b && b.exhaustive !== false && b.categories.length > 0) return b;
  }
  return undefined;
}

/** Total rows of an exhaustive breakdown become `SUM` of their category cells, blank while a category is blank. */
function addSums(rows: ValueRow[], set: IndicatorSet): void {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const r of rows) {
    if (!r.hasCategories) continue;
    const b = summedBreakdown(r.indicator, set);
    if (!b) continue;
    const parts = b.categories.map((c) => byKey.get(rowKeyFor(r.indicator.code, b.id, c.code)));
    if (parts.some((p) => !p)) continue;
    const cells = parts.map((p) => p!.valueCell).join(',');
    r.sumOf = parts.map((p) => p!.key);
    r.formulaInputs = parts.map((p) => p!.valueCell);
    r.formula = `IF(COUNT(${cells})<${parts.length},"",SUM(${cells}))`;
    r.required = false;
  }
}

/** Derived rows get an Excel formula over the value cells of their components (same category for category rows). */
function addFormulas(rows: ValueRow[]): void {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const r of rows) {
    if (!r.indicator.formula) continue;
    const parsed = parseFormula(r.indicator.formula);
    if (!parsed.ok) continue;
    const cellOf = (code: string): string | undefined => byKey.get(rowKeyFor(code, r.breakdown, r.category?.code))?.valueCell;
    const built = excelFormula(parsed.value, cellOf);
    if (built) {
      r.formula = built.formula;
      r.formulaInputs = built.inputs;
    }
  }
}

/** Number of the form in its code: 01 for departments, 03 for other bodies, 02 for the province and local units. */
function formNumber(kind: UnitKind): string {
  switch (kind) {
    case 'department':
      return '01';
    case 'other':
      return '03';
    case 'province':
    case 'commune':
    case 'ward':
    case 'special-zone':
      return '02';
    default:
      return unreachable(kind);
  }
}
