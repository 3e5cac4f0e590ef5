import { consultLabels, type Lang } from '../i18n/index.js';
import type { IndicatorSet, Unit } from '../model/types.js';
import type { RawSheet } from '../submission/workbook-types.js';
import { cleanText, typedText } from './cell-text.js';
import { FORM_COL } from './layout.js';
import { planConsultForm, type FormIndicatorRow } from './plan-form.js';

/** The attribute columns of a form row a unit may type over once the protection is off, with the row field printed there. */
const ATTRIBUTES = [
  [FORM_COL.name, 'name', 2],
  [FORM_COL.unit, 'unitOfMeasure', 3],
  [FORM_COL.frequency, 'frequency', 4],
  [FORM_COL.method, 'method', 5],
  [FORM_COL.owner, 'owner', 6],
  [FORM_COL.reporters, 'reporters', 7],
] as const;

/** An attribute cell whose text is not what the form printed. */
export interface EditedAttribute {
  /** The column's heading, in the form's language. */
  heading: string;
  text: string;
  cell: string;
}

/**
 * Attribute cells (name, unit, frequency, method, owner, reporting units) a unit typed over, by indicator code: what it
 * wrote there is its comment, which would otherwise be lost. Rows are found by the hidden key column; a cell emptied is
 * not counted (nothing to report).
 */
export function editedAttributes(sheet: RawSheet, set: IndicatorSet, unit: Unit, lang: Lang | undefined, keyRows: ReadonlyMap<string, number>): Map<string, EditedAttribute[]> {
  const langs: Lang[] = lang === 'vi' || lang === 'en' ? [lang] : ['vi', 'en'];
  const printed = langs.map((l) => new Map(planConsultForm(set, unit, l).rows.flatMap((r) => (r.kind === 'indicator' ? [[r.indicator.code, r] as const] : []))));
  const out = new Map<string, EditedAttribute[]>();
  for (const ind of set.indicators) {
    const row = keyRows.get(ind.code);
    if (!row) continue;
    for (const [col, field, heading] of ATTRIBUTES) {
      const written = cleanText(typedText(sheet.cells.get(`${col}${row}`)));
      const same = (r: FormIndicatorRow | undefined) => r !== undefined && cleanText(r[field]) === written;
      if (!written || printed.some((p) => same(p.get(ind.code)))) continue;
      const list = out.get(ind.code) ?? [];
      list.push({ heading: consultLabels[langs[0]].form.headings[heading], text: written, cell: `${col}${row}` });
      out.set(ind.code, list);
    }
  }
  return out;
}
