import { sheetNames, type Lang } from '../../i18n/index.js';
import type { Frequency } from '../types.js';

/**
 * The collection workbook's layout: the contract between `compile` (which writes it) and `check`
 * (which reads it back). Change it only together with both, and bump the tool version.
 */
export const SHEET_NAMES: Record<'instructions' | 'entry', Record<Lang, string>> = {
  instructions: { vi: sheetNames.vi.instructions, en: sheetNames.en.instructions },
  entry: { vi: sheetNames.vi.entry, en: sheetNames.en.entry },
};

/** veryHidden sheet holding the identity (`META_KEYS`), column A = key, column B = value. */
export const META_SHEET = '_meta';
/** Columns of `META_SHEET`. */
export const META_COL = { key: 'A', value: 'B' } as const;

/**
 * Keys of `_meta`, in the order written. Readers look keys up by name and treat a missing one as absent: templates
 * compiled before `window_start` … `regime` were added (tool 0.1) still read.
 */
export const META_KEYS = [
  'set_id',
  'set_version',
  'content_hash',
  'unit_code',
  'unit_name',
  'period',
  'form_code',
  'lang',
  'tool_version',
  'indicators',
  'window_start',
  'window_end',
  'reporting_window',
  'deadline',
  'regime',
] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** Columns of the data-entry sheet. */
export const COL = {
  stt: 'A',
  code: 'B',
  name: 'C',
  category: 'D',
  unit: 'E',
  period: 'F',
  value: 'G',
  note: 'H',
  /** Hidden: the row key (`CDS.05`, `CDS.05|level:tinh`, `#group:kinh-te`) that finds a row when names are lost. */
  key: 'I',
} as const;

/** Address of the value cell of a data-entry row (`G12`). */
export function valueCell(row: number): string {
  return `${COL.value}${row}`;
}

/** Header block cells that repeat the identity, read when a re-save lost `_meta`. */
export const HEADER = {
  formCode: 'A1',
  unitLabel: 'F1',
  unitName: 'G1',
  unitCodeLabel: 'F2',
  unitCode: 'G2',
  receiverLabel: 'F3',
  receiver: 'G3',
  periodLabel: 'F4',
  period: 'G4',
  decision: 'A2',
  /** The data window (Decree 09/2019: 15th of the month before the period to the 14th of its last month). */
  window: 'A3',
  /** The deadline, counted as the set's regime says. */
  deadline: 'A4',
  title: 'A5',
  periodText: 'A6',
  setName: 'A7',
  setVersionLabel: 'F7',
  /** `<set id>@<version>` */
  setVersion: 'G7',
} as const;

/**
 * The codes behind the plain labels of the header (G4 "Quý I năm 2026", G7 "1.0.0"), in the hidden key column: read
 * when a re-save lost `_meta`. Templates compiled before them held the codes in `HEADER.period` and `HEADER.setVersion`.
 */
export const HEADER_CODES = { period: 'I4', setVersion: 'I7' } as const;

/** Row of the column headings; the column letters (A, B, C … 1, 2) under it; data rows start below them. */
export const HEADING_ROW = 8;
export const COLUMN_LETTERS_ROW = 9;
/** First data row. Templates compiled by tool 0.1 started at row 9 (always a group heading there, never a value). */
export const FIRST_DATA_ROW = 10;

/** Key (hidden column) of the rows under the table that are not data: the signature block. */
export const SIGNATURE_ROW_KEY = '#signature';

/** Letter of the reporting cycle in the form code (T tháng, Q quý, 6T, 9T, N năm). */
export const CYCLE_LETTER: Record<Frequency, string> = { month: 'T', quarter: 'Q', 'half-year': '6T', 'nine-months': '9T', year: 'N' };

/** Prefix of every value cell's workbook defined name. */
export const NAME_PREFIX = 'v_';

/** The workbook defined name of a value cell: `v_CDS_03`, `v_CDS_05__level_tinh`. */
export function definedNameFor(code: string, breakdown?: string, category?: string): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');
  return NAME_PREFIX + clean(code) + (breakdown && category ? `__${clean(breakdown)}_${clean(category)}` : '');
}

/** The row key written in the hidden key column. */
export function rowKeyFor(code: string, breakdown?: string, category?: string): string {
  return breakdown && category ? `${code}${BREAKDOWN_KEY_SEPARATOR}${breakdown}:${category}` : code;
}

/** Separates an indicator code from `breakdown:category` in a row key. */
export const BREAKDOWN_KEY_SEPARATOR = '|';
/** Row keys of group heading rows and of the signature block start with it; no value row's key does. */
export const GROUP_KEY_PREFIX = '#';

/** The row key of a group heading row: `#group:kinh-te`. */
export function groupRowKey(groupId: string): string {
  return `${GROUP_KEY_PREFIX}group:${groupId}`;
}

/** Whether a row key is a group heading's (`groupRowKey`) or another row that holds no value (`SIGNATURE_ROW_KEY`). */
export function isGroupRowKey(key: string): boolean {
  return key.startsWith(GROUP_KEY_PREFIX);
}

/** Whether a row key is a breakdown category's row (`CDS.05|level:tinh`) rather than an indicator's own row. */
export function isBreakdownRowKey(key: string): boolean {
  return key.includes(BREAKDOWN_KEY_SEPARATOR);
}

/** `<unit>_<set>_<period>.xlsx`, the file name compile writes and check expects. */
export function templateFileName(unitCode: string, setId: string, periodId: string): string {
  return `${unitCode}_${setId}_${periodId}.xlsx`;
}

/** The fields of an indicator a unit's form depends on; `_meta` keeps them so `check` can name what changed since. */
export const FINGERPRINT_FIELDS = ['unit', 'value_type', 'frequency', 'formula'] as const;

/** One line per indicator of a form: `CODE=unit|value_type|frequency|formula`. */
export function fingerprintOf(indicators: readonly { code: string; unit: string; value_type: string; frequency: string; formula?: string }[]): string {
  return [...new Map(indicators.map((i) => [i.code, i])).values()].map((i) => `${i.code}=${FINGERPRINT_FIELDS.map((f) => (i as Record<string, unknown>)[f] ?? '').join('|')}`).join('\n');
}

/** Reads `fingerprintOf` text back: code → field values. */
export function parseFingerprint(text: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of (text ?? '').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) out.set(line.slice(0, at), line.slice(at + 1).split('|'));
  }
  return out;
}
