import { definedNameFor, NAME_PREFIX } from '../model/layout/index.js';

/**
 * The comment form's layout: the contract between `consult compile` (which writes it) and `consult merge` (which reads
 * it back). The identity stamp is the collection templates' veryHidden `_meta` sheet (`META_SHEET`), with `form`
 * saying it is a comment form.
 */

/** `_meta` keys of a comment form (the templates' keys that apply, and the form's kind and deadline). */
export const CONSULT_META_KEYS = ['set_id', 'set_version', 'content_hash', 'unit_code', 'unit_name', 'form', 'deadline', 'lang', 'tool_version'] as const;
export type ConsultMetaKey = (typeof CONSULT_META_KEYS)[number];

/** The value of `_meta` `form` on a comment form. */
export const CONSULT_FORM_KIND = 'consult';

/** `<unit>_<set id>_gop-y.xlsx`. */
export function consultFileName(unitCode: string, setId: string): string {
  return `${unitCode}_${setId}_gop-y.xlsx`;
}

/** Columns of the form sheet. */
export const FORM_COL = {
  stt: 'A',
  code: 'B',
  name: 'C',
  unit: 'D',
  frequency: 'E',
  method: 'F',
  owner: 'G',
  reporters: 'H',
  choice: 'I',
  comment: 'J',
  /** Hidden: the indicator code (or `chung`, `dx1`…) that finds a row when names are lost. */
  key: 'K',
} as const;

/** Header cells that repeat the identity, read when a re-save lost `_meta`. */
export const FORM_HEADER = { unitCode: 'H3', setVersion: 'H4' } as const;

/** The general opinion's row, and the row of the column headings. */
export const GENERAL_ROW = 6;
export const FORM_HEADING_ROW = 8;
export const FORM_FIRST_ROW = 9;

/** The code of the general opinion: `y_chung`, `g_chung`. */
export const GENERAL = 'chung';

/** Rows offered to propose new indicators. */
export const PROPOSAL_ROWS = 5;

/** Fields of a proposal row, with the column each is typed in. */
export const PROPOSAL_FIELDS = { name: FORM_COL.name, unit: FORM_COL.unit, frequency: FORM_COL.frequency, owner: FORM_COL.owner, reason: FORM_COL.comment } as const;
export type ProposalField = keyof typeof PROPOSAL_FIELDS;

/** The part of a name after the prefix, written as in the templates' `v_` names (`CDS.01` → `CDS_01`). */
function codePart(code: string): string {
  return definedNameFor(code).slice(NAME_PREFIX.length);
}

/** The choice cell's defined name: `y_CDS_01`, `y_chung`. */
export function choiceName(code: string): string {
  return `y_${codePart(code)}`;
}

/** The comment cell's defined name: `g_CDS_01`, `g_chung`. */
export function commentName(code: string): string {
  return `g_${codePart(code)}`;
}

/** A proposal cell's defined name: `dx1_name`, `dx1_reason`. */
export function proposalName(n: number, field: ProposalField): string {
  return `dx${n}_${field}`;
}

/** The key of a proposal row in the hidden key column. */
export function proposalKey(n: number): string {
  return `dx${n}`;
}
