// Replies to the consultation on the draft set, as units would send them: most filled forms, a few comments on
// indicators and on the draft as a whole, a proposal, a CSV, a scanned letter, one late, many no reply at all.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { consultFileName, FORM_COL } from '../../dist/consult/layout.js';

const COMMENTS = [
  'Đề nghị làm rõ cách tính mẫu số: chỉ tính hồ sơ đã tiếp nhận trong kỳ.',
  'Đề nghị giảm tần suất báo cáo từ quý xuống 6 tháng.\nLý do: số liệu thay đổi chậm, báo cáo quý tạo thêm việc cho cấp xã.',
  'Đề nghị chuyển cơ quan chủ trì sang đơn vị quản lý hệ thống thông tin đang lưu số liệu này.',
  'Đề nghị bổ sung phân tổ theo cấp hành chính (cấp tỉnh, cấp xã).',
];
const GENERAL = ['Xã thống nhất với dự thảo; đề nghị tập huấn cách nhập biểu cho cán bộ văn phòng.', 'Đề nghị bổ sung nhóm chỉ số về nông nghiệp, nông thôn cho các xã miền núi.'];

/** Puts the comment `text` (and the choice) on the row whose hidden key is `key`. */
function put(ws, key, choice, text) {
  ws.eachRow((row) => {
    if (row.getCell(FORM_COL.key).value !== key) return;
    row.getCell(FORM_COL.choice).value = choice;
    if (text) row.getCell(FORM_COL.comment).value = text;
  });
}

/**
 * @param {object} o
 * @param {import('../../dist/model/types.js').IndicatorSet} o.set
 * @param {string} o.formsDir where `consult compile` wrote the forms
 * @param {string} o.outDir the inbox
 * @param {string} o.sent ISO date the replies were sent (file times), `o.late` the late one's
 * @returns {Promise<{ unit: string, kind: string }[]>}
 */
export async function generateConsultReplies(o) {
  mkdirSync(o.outDir, { recursive: true });
  const units = (kind) => o.set.units.filter(kind).map((u) => u.code);
  // The drafting office runs the consultation and gets no form; agencies that are not units get one (seed 001).
  const departments = units((u) => u.kind === 'department' && u.code !== o.set.info.drafting_unit);
  const unitCodes = new Set(o.set.units.map((u) => u.code));
  const agencies = o.set.agencies.filter((a) => !unitCodes.has(a.code) && !(a.unit && unitCodes.has(a.unit))).map((a) => a.code);
  const others = units((u) => u.kind === 'other');
  const localities = units((u) => ['commune', 'ward', 'special-zone'].includes(u.kind));
  const own = (code) => o.set.indicators.find((i) => i.owner === code)?.code ?? o.set.indicators[0].code;
  const plan = [
    ...departments.slice(0, 4).map((unit) => ({ unit, kind: 'agree' })),
    ...agencies.slice(0, 1).map((unit) => ({ unit, kind: 'agree' })),
    ...localities.slice(0, 30).map((unit) => ({ unit, kind: 'agree' })),
    ...departments.slice(4, 8).map((unit, i) => ({ unit, kind: 'comment', text: COMMENTS[i % COMMENTS.length], late: i === 0 })),
    ...localities.slice(30, 32).map((unit, i) => ({ unit, kind: 'general', text: GENERAL[i] })),
    { unit: departments[8], kind: 'proposal' },
    { unit: departments[9], kind: 'csv' },
    { unit: others[0], kind: 'letter' },
  ].filter((p) => p.unit);
  const out = [];
  for (const p of plan) {
    const base = consultFileName(p.unit, o.set.info.id);
    let file = join(o.outDir, base);
    if (p.kind === 'csv') {
      file = file.replace(/\.xlsx$/, '.csv');
      writeFileSync(file, `\uFEFFMã chỉ số;Ý kiến;Nội dung góp ý\r\n${own(p.unit)};Có ý kiến;${COMMENTS[3]}\r\nchung;Thống nhất toàn bộ;\r\n`);
    } else if (p.kind === 'letter') {
      // A scanned letter stands in as a one-line PDF.
      file = file.replace(/\.xlsx$/, '.pdf');
      writeFileSync(file, '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
    } else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(o.formsDir, base));
      const ws = wb.worksheets[0];
      if (p.kind === 'agree') put(ws, 'chung', 'Thống nhất toàn bộ');
      if (p.kind === 'comment') {
        put(ws, own(p.unit), 'Có ý kiến', p.text);
        put(ws, 'chung', 'Có ý kiến');
      }
      if (p.kind === 'general') put(ws, 'chung', 'Có ý kiến', p.text);
      if (p.kind === 'proposal') {
        put(ws, 'chung', 'Thống nhất toàn bộ');
        ws.eachRow((row) => {
          if (row.getCell(FORM_COL.key).value !== 'dx1') return;
          row.getCell(FORM_COL.name).value = 'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng';
          row.getCell(FORM_COL.unit).value = '%';
          row.getCell(FORM_COL.frequency).value = 'Quý';
          row.getCell(FORM_COL.owner).value = 'Văn phòng UBND tỉnh';
          row.getCell(FORM_COL.comment).value = 'Theo dõi Nghị quyết 131/NQ-CP; số liệu có sẵn trên hệ thống quản lý văn bản.';
        });
      }
      await wb.xlsx.writeFile(file);
    }
    const when = new Date(`${p.late ? o.late : o.sent}T09:00:00Z`);
    utimesSync(file, when, when);
    out.push({ unit: p.unit, kind: p.late ? `${p.kind}, late` : p.kind, file });
  }
  return out;
}
