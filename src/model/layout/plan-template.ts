import { pick, type Lang } from '../../diagnostics/index.js';
import { parseFormula } from '../formula/index.js';
import { indicatorsOwed } from '../owes.js';
import { periodDates, type Period } from '../period.js';
import type { Indicator, IndicatorSet, Unit } from '../types.js';
import { excelFormula } from './excel-formula.js';
import { COL, CYCLE_LETTER, FIRST_DATA_ROW, definedNameFor, rowKeyFor, templateFileName } from './layout.js';
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
    const heading: GroupRow = { kind: 'group', key: `#group:${group.id}`, row: row++, stt: roman(groupNo), name: pick({ vi: group.name, en: group.name_en ?? group.name }, lang) };
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
  addFormulas(valueRows);
  const { cutoff, deadline } = periodDates(period, set.info.periods?.[period.frequency]);
  const formNo = unit.kind === 'department' ? '01' : unit.kind === 'other' ? '03' : '02';
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
