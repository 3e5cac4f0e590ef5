import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { makeDiagnostic, sortDiagnostics, type Diagnostic, type DiagnosticCode, type MessageParams } from '../diagnostics/index.js';
import { consultLabels, consultText, type Lang } from '../i18n/index.js';
import { META_COL, META_SHEET } from '../model/layout/index.js';
import type { IndicatorSet } from '../model/types.js';
import { readErrorDiagnostic, tooLargeDiagnostic } from '../submission/check-file.js';
import { LIMITS } from '../submission/limits.js';
import { normalise, readCsvRecords } from '../submission/read-csv.js';
import { readWorkbook } from '../submission/read-workbook.js';
import type { RawSheet, RawWorkbook } from '../submission/workbook-types.js';
import { consultCandidates, unitFromPath } from './addressees.js';

export { unitFromPath };
import { cleanText, typedText } from './cell-text.js';
import { editedAttributes, type EditedAttribute } from './edited-attributes.js';
import { CONSULT_FORM_KIND, FORM_COL, FORM_HEADER, GENERAL, PROPOSAL_FIELDS, PROPOSAL_ROWS, choiceName, commentName, proposalKey, proposalName, type ProposalField } from './layout.js';
import type { ConsultReply, ReplyProposal } from './reply-types.js';

/** Replies that are letters, not forms: counted as replied, listed as "read by hand". */
export const LETTER_FILES = /\.(pdf|jpe?g|png|tiff?|docx?|odt)$/i;

/** What `collectInputs` should pick up in a folder of replies. */
export const REPLY_FILES = /\.(xlsx|xlsm|xls|ods|csv|pdf|jpe?g|png|tiff?|docx?|odt)$/i;

/** Reads one returned file. Never throws for a bad file: every problem is a diagnostic. */
export function readReply(file: string, set: IndicatorSet): ConsultReply {
  const reply: ConsultReply = { file, sha256: '', kind: 'xlsx', status: 'unreadable', comments: [], proposals: [], diagnostics: [] };
  try {
    read(reply, set);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    reply.diagnostics.push(makeDiagnostic('corrupt-file', { location: { file }, params: { detail } }));
    reply.status = 'unreadable';
  }
  reply.diagnostics = sortDiagnostics(reply.diagnostics);
  if (reply.status === 'read' && reply.diagnostics.some((d) => d.severity === 'error')) reply.status = 'rejected';
  return reply;
}

function read(reply: ConsultReply, set: IndicatorSet): void {
  const { file } = reply;
  let bytes: Buffer;
  try {
    const info = statSync(file);
    reply.modified = info.mtime.toISOString();
    if (info.size > LIMITS.fileBytes) {
      reply.diagnostics.push(tooLargeDiagnostic(file, info.size));
      return;
    }
    bytes = readFileSync(file);
  } catch (error) {
    reply.diagnostics.push(readErrorDiagnostic(file, error));
    return;
  }
  reply.sha256 = createHash('sha256').update(bytes).digest('hex');
  const ext = extname(file).toLowerCase();
  const fromPath = unitFromPath(file, set);
  if (LETTER_FILES.test(file)) {
    reply.kind = 'letter';
    reply.unit = fromPath;
    if (!fromPath) return unknownUnit(reply, { file }, basename(file));
    reply.status = 'by-hand';
    reply.diagnostics.push(makeDiagnostic('consult-read-by-hand', { location: { file }, params: { unit: fromPath, format: ext.slice(1).toUpperCase() } }));
    return;
  }
  if (ext === '.csv') {
    reply.kind = 'csv';
    return readCsvReply(reply, bytes, set, fromPath);
  }
  const wb = readWorkbook(bytes);
  if ('code' in wb) {
    reply.diagnostics.push(makeDiagnostic(wb.code, { location: { file }, params: { detail: wb.detail, format: wb.format ?? ext } }));
    return;
  }
  readFormReply(reply, wb, set, fromPath);
}

function unknownUnit(reply: ConsultReply, location: Diagnostic['location'], found?: string): void {
  reply.diagnostics.push(makeDiagnostic('consult-unknown-unit', { location, params: { found } }));
  reply.status = 'rejected';
}

/** `_meta` as key → value (text), when the sheet is there. */
function metaOf(wb: RawWorkbook): Map<string, string> | undefined {
  const meta = wb.sheet(META_SHEET);
  if (!meta) return undefined;
  const out = new Map<string, string>();
  for (const cell of meta.cells.values()) {
    if (cell.col !== META_COL.key || typeof cell.value !== 'string') continue;
    const value = meta.cells.get(`${META_COL.value}${cell.row}`)?.value;
    if (value !== undefined && value !== '') out.set(cell.value, String(value).trim());
  }
  return out;
}

/** The form sheet in either language. */
function formSheet(wb: RawWorkbook): RawSheet | undefined {
  return wb.sheet(consultLabels.vi.form.sheet) ?? wb.sheet(consultLabels.en.form.sheet);
}

function readFormReply(reply: ConsultReply, wb: RawWorkbook, set: IndicatorSet, fromPath: string | undefined): void {
  const { file } = reply;
  const sheet = formSheet(wb);
  const at = (cell: string): Diagnostic['location'] => (sheet ? { file, sheet: sheet.name, cell } : { file });
  const add = (code: DiagnosticCode, location: Diagnostic['location'], params: MessageParams = {}) => reply.diagnostics.push(makeDiagnostic(code, { location, params }));
  let meta = metaOf(wb);
  const t = consultText();
  if (meta && meta.get('form') !== CONSULT_FORM_KIND) {
    add('consult-not-a-form', { file }, { detail: meta.has('period') ? t.notForm.template(meta.get('period')!) : t.notForm.otherWorkbook });
    reply.status = 'rejected';
    return;
  }
  if (!meta) {
    // A re-save that lost `_meta`: the header repeats the unit and `<set>@<version>`.
    const cell = (address: string) => sheet?.cells.get(address)?.value;
    const [setId, version] = String(cell(FORM_HEADER.setVersion) ?? '').split('@');
    const unit = cell(FORM_HEADER.unitCode);
    if (!sheet || !setId) {
      add('consult-not-a-form', { file }, { detail: t.notForm.otherWorkbook });
      reply.status = 'rejected';
      return;
    }
    add('meta-missing', at(FORM_HEADER.setVersion));
    meta = new Map([
      ['set_id', setId],
      ['set_version', version ?? ''],
      ['unit_code', unit === undefined ? '' : String(unit).trim()],
    ]);
  }
  reply.deadline = meta.get('deadline') || undefined;
  if (meta.get('set_id') !== set.info.id) {
    add('consult-other-set', at(FORM_HEADER.setVersion), { found: meta.get('set_id'), expected: set.info.id });
    reply.status = 'rejected';
    return;
  }
  const hash = meta.get('content_hash');
  if (meta.get('set_version') !== set.info.version || (hash && hash !== set.contentHash)) {
    const found = meta.get('set_version') ?? '?';
    add('consult-old-version', at(FORM_HEADER.setVersion), { found, expected: set.info.version, same: found === set.info.version ? 1 : undefined });
    reply.status = 'rejected';
    return;
  }
  const unit = meta.get('unit_code');
  if (!unit || !consultCandidates(set).some((u) => u.code === unit)) return unknownUnit(reply, at(FORM_HEADER.unitCode), unit ?? fromPath);
  reply.unit = unit;
  reply.status = 'read';
  readCells(reply, wb, sheet, set, meta.get('lang'));
}

/** The choice, comment and proposal cells, by their defined names (else by the hidden key column). */
function readCells(reply: ConsultReply, wb: RawWorkbook, sheet: RawSheet | undefined, set: IndicatorSet, lang: string | undefined): void {
  const keyRows = new Map<string, number>();
  for (const cell of sheet?.cells.values() ?? []) if (cell.col === FORM_COL.key && typeof cell.value === 'string') keyRows.set(cell.value, cell.row);
  const formLang: Lang | undefined = lang === 'vi' || lang === 'en' ? lang : undefined;
  const unit = consultCandidates(set).find((u) => u.code === reply.unit);
  const edits = sheet && unit ? editedAttributes(sheet, set, unit, formLang, keyRows) : new Map<string, EditedAttribute[]>();
  const place = (name: string, key: string, col: string): { sheet: string; cell: string } | undefined => {
    const named = wb.names.get(name);
    const row = keyRows.get(key);
    // A name left on its old row by a program that sorts or deletes rows without moving names (the hidden key column
    // moves with its row): the key column wins, else the comment would go to another indicator or a heading.
    const onForm = named && sheet && named.sheet === sheet.name && keyRows.size > 0;
    if (named && (!onForm || sheet.cells.get(`${FORM_COL.key}${named.cell.replace(/^[A-Z]+/, '')}`)?.value === key)) return named;
    return row && sheet ? { sheet: sheet.name, cell: `${col}${row}` } : undefined;
  };
  const textAt = (p: { sheet: string; cell: string } | undefined): string => cleanText(typedText(p ? wb.sheet(p.sheet)?.cells.get(p.cell) : undefined));
  const t = consultText();
  let chosen = 0;
  const read = (code: string, label: string) => {
    const choiceAt = place(choiceName(code), code, FORM_COL.choice);
    const choiceText = textAt(choiceAt);
    const commentAt = place(commentName(code), code, FORM_COL.comment);
    let text = textAt(commentAt);
    const choice = parseChoice(choiceText);
    if (choiceText) chosen++;
    if (choiceText && !choice) {
      // Typed over the list: a long text there is the comment itself, or its first part when the comment cell has more.
      const asComment = Boolean(text) || choiceText.length > 20;
      if (choiceText.length > 20) text = text ? `${choiceText}\n${text}` : choiceText;
      const location = choiceAt ? { file: reply.file, sheet: choiceAt.sheet, cell: choiceAt.cell } : { file: reply.file };
      const params = { indicator: label, text: choiceText.slice(0, 60), agree: t.choice.agree, comment: t.choice.comment, asComment: asComment ? 1 : undefined };
      reply.diagnostics.push(makeDiagnostic('consult-choice-unreadable', { location, params }));
    }
    if (choice === 'comment' && !text && code !== GENERAL) {
      const location = choiceAt ? { file: reply.file, sheet: choiceAt.sheet, cell: choiceAt.cell } : { file: reply.file };
      reply.diagnostics.push(makeDiagnostic('consult-comment-missing', { location, params: { indicator: label } }));
    }
    // Attribute cells typed over (the protection taken off): what was written there is a comment too.
    const edited = edits.get(code) ?? [];
    for (const e of edited) {
      const params = { indicator: label, heading: e.heading, text: e.text.length > 60 ? `${e.text.slice(0, 59)}…` : e.text };
      reply.diagnostics.push(makeDiagnostic('consult-attribute-edited', { location: { file: reply.file, sheet: sheet?.name, cell: e.cell }, params }));
    }
    if (edited.length) text = [text, ...edited.map((e) => consultText(formLang ?? 'vi').form.edited(e.heading, e.text))].filter(Boolean).join('\n');
    const at = commentAt ?? choiceAt;
    if (text) reply.comments.push({ indicator: code, text, ...(at ? { location: { file: reply.file, sheet: at.sheet, cell: at.cell } } : {}) });
    return choice;
  };
  reply.general = read(GENERAL, t.synthesis.generalIndicator);
  for (const ind of set.indicators) read(ind.code, ind.code);
  for (let n = 1; n <= PROPOSAL_ROWS; n++) {
    const proposal: ReplyProposal = {
      ...(Object.fromEntries((Object.keys(PROPOSAL_FIELDS) as ProposalField[]).map((field) => [field, textAt(place(proposalName(n, field), proposalKey(n), PROPOSAL_FIELDS[field]))])) as Record<
        ProposalField,
        string
      >),
    };
    const at = place(proposalName(n, 'name'), proposalKey(n), PROPOSAL_FIELDS.name);
    if (at) proposal.location = { file: reply.file, sheet: at.sheet, cell: at.cell };
    if (proposal.name || proposal.reason) reply.proposals.push(proposal);
  }
  // "Có ý kiến" on the draft as a whole and not a word anywhere: counted as agreeing, but the officer should ask.
  if (reply.general === 'comment' && reply.comments.length + reply.proposals.length === 0) {
    const at = place(choiceName(GENERAL), GENERAL, FORM_COL.choice);
    reply.diagnostics.push(makeDiagnostic('consult-comment-missing', { location: at ? { file: reply.file, ...at } : { file: reply.file }, params: { indicator: t.synthesis.generalIndicator } }));
  }
  judgeWhole(reply, chosen);
}

/** "Agree in full" with comments counts as commented (said so); a form with nothing in it counts as agreeing. */
function judgeWhole(reply: ConsultReply, chosen: number): void {
  const count = reply.comments.length + reply.proposals.length;
  if (reply.general === 'agree' && count > 0) {
    reply.diagnostics.push(makeDiagnostic('consult-agree-with-comments', { location: { file: reply.file }, params: { unit: reply.unit, count } }));
  }
  if (chosen === 0 && count === 0) reply.diagnostics.push(makeDiagnostic('consult-blank-form', { location: { file: reply.file }, params: { unit: reply.unit } }));
}

/** A choice as typed or picked, in either language, with or without diacritics. */
function parseChoice(text: string): 'agree' | 'comment' | undefined {
  if (!text) return undefined;
  const n = normalise(text).replace(/\s+/g, ' ').replace(/[.!]$/, '');
  const agree = [consultLabels.vi.choice.agree, consultLabels.en.choice.agree, consultLabels.vi.generalChoice.agreeAll, consultLabels.en.generalChoice.agreeAll].map(normalise);
  const comment = [consultLabels.vi.choice.comment, consultLabels.en.choice.comment].map(normalise);
  if (agree.includes(n)) return 'agree';
  if (comment.includes(n)) return 'comment';
  return undefined;
}

const CSV_HEADERS = {
  code: ['ma', 'ma chi so', 'chi so', 'code', 'indicator', 'indicator_code'],
  choice: ['y kien', 'lua chon', 'choice', 'opinion'],
  text: ['noi dung', 'noi dung gop y', 'gop y', 'comment', 'text'],
  unit: ['ma don vi', 'don vi', 'unit', 'unit_code'],
};
const CSV_GENERAL = ['chung', 'y kien chung', 'general'];
const CSV_PROPOSAL = ['de xuat', 'chi so moi', 'proposal', 'new'];

/**
 * A reply typed as CSV: one line per comment, columns code (an indicator code, `chung` for the draft as a whole,
 * `de xuat` for a new indicator), choice (optional) and comment text; the unit from the file name, its folder, or a
 * unit column.
 */
function readCsvReply(reply: ConsultReply, bytes: Buffer, set: IndicatorSet, fromPath: string | undefined): void {
  const { file } = reply;
  const t = consultText();
  const { records } = readCsvRecords(bytes);
  const header = (records[0]?.record ?? []).map(normalise);
  const col = (key: keyof typeof CSV_HEADERS) => header.findIndex((h) => CSV_HEADERS[key].includes(h));
  const [code, choice, text, unitCol] = [col('code'), col('choice'), col('text'), col('unit')];
  if (code < 0 || text < 0) {
    reply.diagnostics.push(makeDiagnostic('consult-not-a-form', { location: { file, line: 1 }, params: { detail: t.notForm.csvColumns(code < 0 ? t.notForm.columns.code : t.notForm.columns.text) } }));
    reply.status = 'rejected';
    return;
  }
  const rows = records.slice(1).map(({ record, info }) => ({ line: info.lines, get: (i: number) => (i >= 0 ? cleanText(record[i] ?? '') : '') }));
  const candidates = new Set(consultCandidates(set).map((u) => u.code));
  const unit = fromPath ?? rows.map((r) => r.get(unitCol)).find((u) => candidates.has(u));
  if (!unit) return unknownUnit(reply, { file }, rows.map((r) => r.get(unitCol)).find(Boolean));
  reply.unit = unit;
  reply.status = 'read';
  const codes = new Map(set.indicators.map((i) => [normalise(i.code), i.code]));
  for (const r of rows) {
    const written = r.get(code);
    const body = r.get(text);
    const picked = parseChoice(r.get(choice));
    const key = normalise(written);
    const location = { file, line: r.line };
    if (CSV_GENERAL.includes(key)) {
      if (picked) reply.general = picked;
      if (body) reply.comments.push({ indicator: GENERAL, text: body, location });
    } else if (CSV_PROPOSAL.includes(key)) {
      if (body) reply.proposals.push({ name: body, unit: '', frequency: '', owner: '', reason: '', location });
    } else if (codes.has(key)) {
      if (body) reply.comments.push({ indicator: codes.get(key)!, text: body, location });
    } else if (written || body) {
      reply.diagnostics.push(makeDiagnostic('consult-unknown-indicator', { location, params: { code: written } }));
      if (body) reply.comments.push({ indicator: GENERAL, text: written ? `${written}: ${body}` : body, location });
    }
  }
  judgeWhole(reply, reply.general ? 1 : rows.length);
}
