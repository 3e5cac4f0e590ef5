import { readFile } from 'node:fs/promises';
import { makeDiagnostic } from '../diagnostics/index.js';
import { consultLabels, consultText } from '../i18n/index.js';
import { readWorkbook } from '../submission/read-workbook.js';
import type { RawSheet } from '../submission/workbook-types.js';
import { typedText } from './cell-text.js';
import type { ConsultSynthesis } from './merge-replies.js';
import { COMMENT_COLS, PROPOSAL_COLS } from './synthesis-layout.js';

/** An answer the Office typed into an earlier synthesis, with where it is. */
export interface EarlierAnswer {
  answer: string;
  sheet: string;
  cell: string;
}

/** The file given to --responses cannot be used at all (missing, not a synthesis): a usage error. */
export class ResponsesError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ResponsesError';
  }
}

/**
 * Reads the filled "Giải trình, tiếp thu" column of an earlier `tong-hop-y-kien.xlsx`, by the hidden key of each row
 * (`<unit>|<indicator>`, `<unit>|dx<n>`); rows whose answer is blank are left out.
 */
export async function readResponses(path: string): Promise<Map<string, EarlierAnswer>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ResponsesError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  const wb = readWorkbook(bytes);
  if ('code' in wb) throw new ResponsesError(path, wb.detail);
  const names = (key: 'sheet' | 'proposalsSheet') => [consultLabels.vi.synthesis[key], consultLabels.en.synthesis[key]];
  const comments = names('sheet')
    .map((n) => wb.sheet(n))
    .find(Boolean);
  if (!comments) throw new ResponsesError(path, consultText().cli.notSynthesis);
  const proposals = names('proposalsSheet')
    .map((n) => wb.sheet(n))
    .find(Boolean);
  const out = new Map<string, EarlierAnswer>();
  collect(comments, COMMENT_COLS, out);
  if (proposals) collect(proposals, PROPOSAL_COLS, out);
  return out;
}

function collect(sheet: RawSheet, cols: { answer: string; key: string }, out: Map<string, EarlierAnswer>): void {
  for (const cell of sheet.cells.values()) {
    if (cell.col !== cols.key || typeof cell.value !== 'string' || !cell.value.includes('|')) continue;
    const text = typedText(sheet.cells.get(`${cols.answer}${cell.row}`))
      .replace(/\r\n?/g, '\n')
      .trim();
    if (text) out.set(cell.value, { answer: text, sheet: sheet.name, cell: `${cols.answer}${cell.row}` });
  }
}

/**
 * Carries the earlier answers over (pure, on the synthesis): each comment or proposal whose key has one gets it; an
 * answer whose comment is gone is a warning on the earlier file; every comment still without one is listed (info).
 */
export function applyResponses(s: ConsultSynthesis, file: string, answers: ReadonlyMap<string, EarlierAnswer>): void {
  const used = new Set<string>();
  for (const item of [...s.comments, ...s.proposals]) {
    const earlier = answers.get(item.key);
    if (earlier) {
      item.answer = earlier.answer;
      used.add(item.key);
    }
  }
  for (const [key, a] of answers) {
    if (used.has(key)) continue;
    const [unit, indicator] = key.split('|');
    const row = Number(a.cell.replace(/^[A-Z]+/, ''));
    s.diagnostics.push(makeDiagnostic('consult-answer-orphan', { location: { file, sheet: a.sheet, cell: a.cell }, params: { row, unit, indicator } }));
  }
  // Each at the cell (or CSV line) it was read from, so that the list is never folded into a count of files.
  const fileOf = new Map(s.units.map((u) => [u.unit.code, u.file]));
  const where = (item: { unit: { code: string }; location?: ConsultSynthesis['diagnostics'][number]['location'] }) => item.location ?? { file: fileOf.get(item.unit.code) ?? file };
  const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text).replace(/\n/g, ' ');
  for (const c of s.comments) {
    if (!c.answer) s.diagnostics.push(makeDiagnostic('consult-unanswered', { location: where(c), params: { unit: c.unit.code, indicator: c.code, text: short(c.text) } }));
  }
  for (const p of s.proposals) {
    if (!p.answer) s.diagnostics.push(makeDiagnostic('consult-unanswered', { location: where(p), params: { unit: p.unit.code, indicator: p.key.split('|')[1], text: short(p.proposal.name) } }));
  }
}
