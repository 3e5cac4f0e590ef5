import { consultText, words, type Lang } from '../i18n/index.js';
import { roman } from '../model/layout/index.js';
import { ownerUnitCode, reporterCodes } from '../model/reporters.js';
import type { Indicator, IndicatorSet, SetInfo, Unit } from '../model/types.js';
import { consultFileName, FORM_FIRST_ROW, PROPOSAL_ROWS } from './layout.js';

/** A heading row: a part (the unit's own indicators, the others, proposals) or an indicator group. */
export interface FormHeadingRow {
  kind: 'part' | 'group';
  row: number;
  stt: string;
  text: string;
}

/** One indicator with the attributes a unit comments on, as printed. */
export interface FormIndicatorRow {
  kind: 'indicator';
  row: number;
  stt: string;
  indicator: Indicator;
  name: string;
  unitOfMeasure: string;
  frequency: string;
  method: string;
  owner: string;
  reporters: string;
}

export type FormRow = FormHeadingRow | FormIndicatorRow;

/** Everything `writeConsultForm` needs for one unit's comment form (pure data). */
export interface ConsultFormPlan {
  fileName: string;
  lang: Lang;
  set: SetInfo;
  contentHash: string;
  unit: Unit;
  /** ISO date, when `--deadline` was given. */
  deadline?: string;
  rows: FormRow[];
  /** The proposals part: its heading row, its column headings row, then one row per proposal. */
  proposals: { heading: number; headings: number; rows: number[] };
}

/** Whether the unit owns (its agency is the owner) or reports the indicator: those come first on its form. */
export function isOwnIndicator(indicator: Indicator, unit: Unit, set: IndicatorSet): boolean {
  return ownerUnitCode(indicator, set) === unit.code || reporterCodes(indicator, set).includes(unit.code);
}

/**
 * Plans one unit's comment form: every indicator of the set, grouped by indicator group, the unit's own first (part
 * A), then the others (part B), then rows to propose new indicators. Pure and deterministic.
 */
export function planConsultForm(set: IndicatorSet, unit: Unit, lang: Lang, deadline?: string): ConsultFormPlan {
  const t = consultText(lang);
  const en = lang === 'en';
  const agency = new Map(set.agencies.map((a) => [a.code, en ? (a.name_en ?? a.name) : a.name]));
  const unitName = new Map(set.units.map((u) => [u.code, en ? (u.name_en ?? u.name) : u.name]));
  const reporters = (ind: Indicator): string => {
    const rb = ind.reported_by;
    if (Array.isArray(rb)) return rb.map((c) => unitName.get(c) ?? c).join('; ');
    return t.form.reporters[rb as keyof typeof t.form.reporters] ?? String(rb);
  };
  const rows: FormRow[] = [];
  let row = FORM_FIRST_ROW;
  const own = set.indicators.filter((i) => isOwnIndicator(i, unit, set));
  const ownCodes = new Set(own.map((i) => i.code));
  const parts: [string, Indicator[]][] = [
    [t.form.own, own],
    [t.form.others, set.indicators.filter((i) => !ownCodes.has(i.code))],
  ];
  let part = 0;
  for (const [title, indicators] of parts) {
    if (indicators.length === 0) continue;
    rows.push({ kind: 'part', row: row++, stt: String.fromCharCode(65 + part++), text: title });
    let groupNo = 0;
    for (const group of set.groups) {
      const mine = indicators.filter((i) => i.group === group.id);
      if (mine.length === 0) continue;
      rows.push({ kind: 'group', row: row++, stt: roman(++groupNo), text: en ? (group.name_en ?? group.name) : group.name });
      mine.forEach((ind, i) => {
        rows.push({
          kind: 'indicator',
          row: row++,
          stt: String(i + 1),
          indicator: ind,
          name: en ? (ind.name_en ?? ind.name) : ind.name,
          unitOfMeasure: en ? (ind.unit_en ?? ind.unit) : ind.unit,
          frequency: words[lang].frequencyCycle[ind.frequency],
          method: [ind.definition, ind.formula ? `${ind.method} (${ind.formula})` : ind.method].filter(Boolean).join('\n'),
          owner: agency.get(ind.owner) ?? ind.owner,
          reporters: reporters(ind),
        });
      });
    }
  }
  const heading = row++;
  rows.push({ kind: 'part', row: heading, stt: String.fromCharCode(65 + part), text: t.form.proposals });
  const headings = row++;
  const proposalRows = Array.from({ length: PROPOSAL_ROWS }, () => row++);
  return {
    fileName: consultFileName(unit.code, set.info.id),
    lang,
    set: set.info,
    contentHash: set.contentHash,
    unit,
    ...(deadline ? { deadline } : {}),
    rows,
    proposals: { heading, headings, rows: proposalRows },
  };
}
