/** A cell as read from a submission: never evaluated; formulas are kept as text only to tell them apart. */
export interface RawCell {
  /** A1 address. */
  address: string;
  row: number;
  /** Column letters. */
  col: string;
  /** Number, text, boolean, or undefined when blank (an error value is its text, e.g. "#DIV/0!"). */
  value: number | string | boolean | undefined;
  /** The cell's type as stored: n number, s/str/inlineStr text, b boolean, e error. */
  type: 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd';
  /** Formula text when the cell holds one (never evaluated, never copied). */
  formula?: string;
  /** Whether a cached result was stored with the formula (script-filled files have none). */
  cached: boolean;
  /** Style index, to tell locked from unlocked cells. */
  style: number;
}

export interface RawSheet {
  name: string;
  cells: Map<string, RawCell>;
  /** Highest row number holding a cell. */
  maxRow: number;
  /** The first cell beyond LIMITS.rows or LIMITS.columns, when one was found (reading stopped there). */
  overflow?: { address: string; limit: string };
}

export interface RawWorkbook {
  /** A CSV submission is read into the same shape, with its lines as rows. */
  kind: 'xlsx' | 'csv';
  /** Sheets in workbook order with their visibility. */
  sheets: { name: string; state: 'visible' | 'hidden' | 'veryHidden'; path: string }[];
  /** Workbook defined names → "Sheet!$G$12" style references (sheet name unquoted). */
  names: Map<string, { sheet: string; cell: string }>;
  /** Style indexes whose protection is unlocked. */
  unlockedStyles: Set<number>;
  /** Style indexes shown as a percentage (a typed "71,54%" is stored as 0.7154 there). */
  percentStyles: Set<number>;
  /** Style indexes with a date or time number format (a date typed where a number belongs). */
  dateStyles: Set<number>;
  /** What shows the package carries macros (a VBA project, a macro-enabled content type), if it does. */
  macros?: string;
  /** Parses a sheet on demand. */
  sheet(name: string): RawSheet | undefined;
}
