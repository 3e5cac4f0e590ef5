// One function per kind of mistake a unit makes, each returning the diagnostic `check` must give:
// { code, sheet?, cell? }. Workbook mistakes edit the exceljs workbook; file mistakes replace the bytes.
import { zipSync, strToU8 } from 'fflate';

const SHEET = 'Nhập liệu';
// Two mistakes in one workbook must land on different cells, or the second hides the first.
const used = new WeakMap();
const firstInput = (ws, plan, pred = () => true) => {
  const taken = used.get(ws) ?? new Set();
  used.set(ws, taken);
  const row = plan.valueRows.find((r) => !r.indicator.formula && !r.sumOf && pred(r) && !taken.has(r.valueCell));
  if (row) taken.add(row.valueCell);
  return row;
};
const integerRow = (ws, plan) => firstInput(ws, plan, (r) => r.indicator.value_type === 'integer' && !r.category);
// A rate whose parts are both on the form (r.formula): a rate over a count taken from a system (CDS.02 over CDS.02b) has none.
const rateRow = (plan) => plan.valueRows.find((r) => r.indicator.formula && r.formula && / \/ .* \* 100$/.test(r.indicator.formula) && !r.category);
const parts = (rate) => rate.indicator.formula.split(' / ').map((s) => s.trim().split(' ')[0]);
const rowOf = (plan, code) => plan.valueRows.find((r) => r.key === code);

/** Mistakes made inside the workbook. Each receives (ws, plan, wb) and returns the expected diagnostic. */
export const WORKBOOK_MISTAKES = {
  'required-blank': (ws, plan) => {
    const r = integerRow(ws, plan);
    ws.getCell(r.valueCell).value = null;
    return { code: 'required-blank', sheet: SHEET, cell: r.valueCell };
  },
  'number-as-text-vi': (ws, plan) => {
    const r = integerRow(ws, plan);
    ws.getCell(r.valueCell).value = '1.245.649';
    return { code: 'number-as-text', sheet: SHEET, cell: r.valueCell };
  },
  'percent-as-text': (ws, plan) => {
    const r = firstInput(ws, plan, (x) => x.indicator.value_type === 'percent') ?? integerRow(ws, plan);
    ws.getCell(r.valueCell).value = r.indicator.value_type === 'percent' ? '71,54 %' : '1,245,649';
    return { code: 'number-as-text', sheet: SHEET, cell: r.valueCell };
  },
  // "1.234" is 1234 in a count (it cannot hold three decimals): only a decimal cell whose range fits both readings
  // is ambiguous, so this mistake needs a form with one (STC, SCT in the bundled set).
  'ambiguous-number': (ws, plan) => {
    const r = firstInput(ws, plan, (x) => x.indicator.value_type === 'decimal' && (x.indicator.constraints?.min ?? 0) <= 1.234 && (x.indicator.constraints?.max ?? Infinity) >= 1234);
    if (!r) return undefined;
    ws.getCell(r.valueCell).value = '1.234';
    return { code: 'ambiguous-number', sheet: SHEET, cell: r.valueCell };
  },
  'not-a-number': (ws, plan) => {
    const r = integerRow(ws, plan);
    ws.getCell(r.valueCell).value = 'chưa có số liệu';
    return { code: 'not-a-number', sheet: SHEET, cell: r.valueCell };
  },
  'wrong-type': (ws, plan) => {
    const r = integerRow(ws, plan);
    ws.getCell(r.valueCell).value = true;
    return { code: 'wrong-type', sheet: SHEET, cell: r.valueCell };
  },
  'out-of-range': (ws, plan) => {
    const r = rateRow(plan);
    const [num, den] = parts(r);
    ws.getCell(rowOf(plan, den).valueCell).value = 0; // min 1: a denominator of 0 is out of range
    return { code: 'out-of-range', sheet: SHEET, cell: rowOf(plan, den).valueCell, num };
  },
  'not-integer': (ws, plan) => {
    const r = integerRow(ws, plan);
    ws.getCell(r.valueCell).value = 12.5;
    return { code: 'not-integer', sheet: SHEET, cell: r.valueCell };
  },
  'negative-count': (ws, plan) => {
    const r = firstInput(ws, plan, (x) => x.indicator.value_type === 'integer' && x.indicator.constraints?.min === undefined) ?? integerRow(ws, plan);
    ws.getCell(r.valueCell).value = -5;
    return { code: r.indicator.constraints?.min === undefined ? 'negative-count' : 'out-of-range', sheet: SHEET, cell: r.valueCell };
  },
  'numerator-exceeds-denominator': (ws, plan) => {
    const [num, den] = parts(rateRow(plan));
    ws.getCell(rowOf(plan, num).valueCell).value = 900;
    ws.getCell(rowOf(plan, den).valueCell).value = 300;
    return { code: 'numerator-exceeds-denominator', sheet: SHEET, cell: rowOf(plan, num).valueCell };
  },
  'formula-overwritten': (ws, plan) => {
    const rate = rateRow(plan);
    const [num, den] = parts(rate);
    const n = ws.getCell(rowOf(plan, num).valueCell).value;
    const d = ws.getCell(rowOf(plan, den).valueCell).value;
    ws.getCell(rate.valueCell).value = Math.round((n / d) * 10000) / 100; // the right number, but typed
    return { code: 'formula-overwritten', sheet: SHEET, cell: rate.valueCell };
  },
  'ratio-mismatch': (ws, plan) => {
    // Seed 002: 6/9 written as 66,66 %.
    const rate = rateRow(plan);
    const [num, den] = parts(rate);
    ws.getCell(rowOf(plan, num).valueCell).value = 6;
    ws.getCell(rowOf(plan, den).valueCell).value = 9;
    ws.getCell(rate.valueCell).value = 66.66;
    return { code: 'ratio-mismatch', sheet: SHEET, cell: rate.valueCell };
  },
  'rule-violated': (ws, plan, wb, set) => {
    const rule = set.rules.find((x) => /^\S+ <= \S+$/.test(x.expr) && x.expr.split(' <= ').every((c) => rowOf(plan, c)));
    const [a, b] = rule.expr.split(' <= ');
    ws.getCell(rowOf(plan, a).valueCell).value = Number(ws.getCell(rowOf(plan, b).valueCell).value) + 1000;
    return { code: 'rule-violated', sheet: SHEET, cell: rowOf(plan, a).valueCell };
  },
  'breakdown-sum-mismatch': (ws, plan) => {
    const total = plan.valueRows.find((r) => r.hasCategories && !r.indicator.formula && r.indicator.aggregation === 'sum');
    if (!total) return undefined;
    // A total typed over the template's SUM (also formula-overwritten), 77 above what its categories add up to.
    const parts = total.sumOf ?? plan.valueRows.filter((r) => r.indicator.code === total.indicator.code && r.category).map((r) => r.key);
    const sum = parts.reduce((a, key) => a + Number(ws.getCell(rowOf(plan, key).valueCell).value), 0);
    ws.getCell(total.valueCell).value = sum + 77;
    return { code: 'breakdown-sum-mismatch', sheet: SHEET, cell: total.valueCell };
  },
  'locked-cell-edited': (ws, plan) => {
    const r = integerRow(ws, plan);
    ws.getCell(`C${r.row}`).value = 'Tên chỉ số bị sửa';
    return { code: 'locked-cell-edited', sheet: SHEET, cell: `C${r.row}` };
  },
  'row-deleted': (ws, plan) => {
    const r = plan.valueRows[plan.valueRows.length - 1];
    ws.spliceRows(r.row, 1);
    return { code: 'row-missing', sheet: SHEET, cell: `B${r.row}` };
  },
  'row-added': (ws, plan) => {
    const row = plan.rows[plan.rows.length - 1].row + 2;
    ws.getCell(`B${row}`).value = 'KHAC.01';
    ws.getCell(`C${row}`).value = 'Chỉ số tự thêm';
    ws.getCell(`G${row}`).value = 42;
    return { code: 'row-added', sheet: SHEET, cell: `B${row}` };
  },
  'sheet-renamed': (ws) => {
    ws.name = 'Sheet1';
    return { code: 'sheet-missing' };
  },
  'meta-deleted': (ws, plan, wb) => {
    wb.removeWorksheet(wb.getWorksheet('_meta').id);
    return { code: 'meta-missing' };
  },
  'other-set': (ws, plan, wb) => {
    wb.getWorksheet('_meta').getCell('B1').value = 'bo-chi-so-khac';
    return { code: 'unknown-set' };
  },
  'stale-version': (ws, plan, wb) => {
    wb.getWorksheet('_meta').getCell('B2').value = '0.9.0';
    return { code: 'stale-template' };
  },
};

/** Mistakes in the file itself: the returned bytes replace the workbook; `ext` renames it. */
export const FILE_MISTAKES = {
  'xls-file': () => ({ bytes: oleFile(false), ext: '.xls', expected: { code: 'unsupported-format' } }),
  'ods-file': () => ({
    bytes: Buffer.from(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') })),
    ext: '.ods',
    expected: { code: 'unsupported-format' },
  }),
  'password-protected': () => ({ bytes: oleFile(true), ext: '.xlsx', expected: { code: 'encrypted-file' } }),
  'truncated-zip': (bytes) => ({ bytes: bytes.subarray(0, Math.floor(bytes.length / 2)), ext: '.xlsx', expected: { code: 'corrupt-file' } }),
  'zero-bytes': () => ({ bytes: Buffer.alloc(0), ext: '.xlsx', expected: { code: 'empty-file' } }),
  'pdf-renamed': () => ({ bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), ext: '.xlsx', expected: { code: 'corrupt-file' } }),
};

/** A minimal OLE2 compound file header; with `encrypted`, the stream name an encrypted OOXML package carries. */
function oleFile(encrypted) {
  const header = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  Buffer.from(encrypted ? 'EncryptionInfo' : 'Workbook', 'utf16le').copy(header, 600);
  return header;
}
