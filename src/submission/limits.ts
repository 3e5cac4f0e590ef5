/** Limits checked before a submission is parsed (README, "Giới hạn và an toàn / Limits and safety"). */
export const LIMITS = {
  /** Largest submitted file. */
  fileBytes: 50 * 1024 * 1024,
  /** Most zip entries in one workbook. */
  zipEntries: 2_000,
  /** Largest uncompressed size of one entry we read. */
  entryBytes: 64 * 1024 * 1024,
  /** Largest uncompressed size of all entries together. */
  totalBytes: 200 * 1024 * 1024,
  /** Largest compression ratio of an entry (zip bombs reach thousands). */
  ratio: 200,
  /** Largest cell text kept (Excel's own limit is 32,767). */
  cellChars: 32_767,
  /** Rows of a sheet: a cell below this is `sheet-too-large` (a form has a few hundred rows). */
  rows: 100_000,
  /** Columns of a sheet: a cell right of this is `sheet-too-large` (a form uses A–I). */
  columns: 1_024,
} as const;
