/** The synthesis workbook's layout: written by `consult merge`, read back by `consult merge --responses`. */
export const SYNTHESIS_FILE = 'tong-hop-y-kien';

/** Comments sheet: answer column and the hidden key column (`<unit>|<indicator>`). */
export const COMMENT_COLS = { answer: 'E', key: 'F' } as const;
/** Proposals sheet: the same. */
export const PROPOSAL_COLS = { answer: 'H', key: 'I' } as const;
/** Row of the comments sheet's column headings. */
export const SYNTHESIS_HEADING_ROW = 5;
