import { pick, type Lang } from '../../diagnostics/index.js';
import { parseFormula } from '../formula/index.js';
import { formDates, setReportingWindow, windowKindOf, type Period } from '../period.js';
import type { Breakdown, Indicator, IndicatorSet, Unit } from '../types.js';
import { askedText } from './asked-text.js';
import { excelFormula } from './excel-formula.js';
import { formOf } from './form-number.js';
import { COL, CYCLE_LETTER, FIRST_DATA_ROW, definedNameFor, groupRowKey, rowKeyFor, templateFileName } from './layout.js';
import type { GroupRow, PlanRow, TemplatePlan, ValueRow } from './plan-types.js';
import { periodText, roman } from './period-text.js';

/** The part of a plan that depends on the rows owed, not on the unit: shared by the units owing the same rows. */
type SharedPlan = Omit<TemplatePlan, 'fileName' | 'unit' | 'formCode'>;

/**
 * Plans already made, by set and by period, language and rows owed (`check` keeps one per run: a quarter's returns
 * come from a few kinds of unit, and units of one kind owe the same rows). Plans taken from it share their rows:
 * nothing may modify a plan's rows.
 */
export type PlanMemo = WeakMap<IndicatorSet, Map<string, SharedPlan>>;

/**
 * Plans the workbook of one unit for one period: which rows, in which order, with which names and formulas.
 * Pure and deterministic; returns undefined when the unit owes nothing in the period. With `memo`, a plan for the
 * same rows made earlier gives this one its rows.
 */
export function planTemplate(set: IndicatorSet, unit: Unit, period: Period, lang: Lang = 'vi', memo?: PlanMemo): TemplatePlan | undefined {
  // The form's rows as `indicatorsOwed(set, unit, period)` gives them, worked out once per set (`formOf`).
  const form = formOf(set, unit, period);
  if (!form) return undefined;
  const owed = form.owed;
  let shared: SharedPlan | undefined;
  if (memo) {
    let bySet = memo.get(set);
    if (!bySet) memo.set(set, (bySet = new Map()));
    const key = `${period.id}\n${lang}\n${owed.map((i) => i.code).join('\n')}`;
    shared = bySet.get(key);
    if (!shared) bySet.set(key, (shared = planRows(set, owed, period, lang)));
  } else shared = planRows(set, owed, period, lang);
  const formNo = form.no;
  const { set: info, contentHash, periodText, cutoff, deadline, window, otherWindow, deadlineDays, workingDays, rows, valueRows } = shared;
  return {
    fileName: templateFileName(unit.code, set.info.id, period.id),
    lang,
    set: info,
    contentHash,
    unit,
    period,
    periodText,
    formCode: `${formNo}/${set.info.id.toUpperCase()}/${CYCLE_LETTER[period.frequency]}`,
    cutoff,
    deadline,
    window,
    ...(otherWindow ? { otherWindow } : {}),
    deadlineDays,
    workingDays,
    ...('regime' in shared ? { regime: shared.regime } : {}),
    rows,
    valueRows,
  };
}

function planRows(set: IndicatorSet, owed: readonly Indicator[], period: Period, lang: Lang): SharedPlan {
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
  const { cutoff, deadline } = formDates(set.info, period, owed);
  // The header prints the window the rows use: theirs when they share one (SCT's form, all on calendar months), else the set's.
  const kinds = new Set(owed.map((i) => windowKindOf(i, set.info)));
  const formKind = kinds.size === 1 ? [...kinds][0] : windowKindOf(undefined, set.info);
  const otherKind = [...kinds].find((k) => k !== formKind);
  for (const r of valueRows) {
    const kind = windowKindOf(r.indicator, set.info);
    // A year-to-date figure covers the year from its first window to the end of the period (Q4: January–December).
    const covered = r.indicator.accumulation === 'year-to-date' ? { ...period, firstMonth: 1 } : period;
    const window = { ...setReportingWindow(set.info, covered, r.indicator), kind };
    if (kind !== formKind) r.window = window;
    r.asked = askedText(r.indicator, period, window, kind !== formKind ? kind : undefined, lang);
  }
  const regime = set.info.regime;
  return {
    lang,
    set: set.info,
    contentHash: set.contentHash,
    period,
    periodText: periodText(period, lang),
    cutoff,
    deadline,
    window: { ...setReportingWindow(set.info, period, { reporting_window: formKind }), kind: formKind },
    ...(otherKind ? { otherWindow: { ...setReportingWindow(set.info, period, { reporting_window: otherKind }), kind: otherKind } } : {}),
    deadlineDays: set.info.periods?.[period.frequency]?.deadline_days ?? 0,
    workingDays: Boolean(regime),
    ...(regime ? { regime: lang === 'en' ? (regime.decision_en ?? regime.decision) : regime.decision } : {}),
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
    asked: '',
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
