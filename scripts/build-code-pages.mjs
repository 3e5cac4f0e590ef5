#!/usr/bin/env node
// Writes docs/ma-loi.md (vi) and docs/codes.md (en): one section per group of diagnostic codes, each code with its
// severity, what causes it, an example message and how to fix it, from the code list and message templates in dist/
// (run after a build; test/docs/readme-codes.test.ts checks the pages are current).
import { writeFileSync } from 'node:fs';
import { CODES } from '../dist/diagnostics/codes.js';
import { MESSAGES } from '../dist/diagnostics/messages/index.js';

const GROUPS = [
  { vi: 'Tệp và cú pháp YAML', en: 'Files and YAML syntax', codes: ['file-missing', 'file-unreadable', 'file-too-large', 'yaml-syntax', 'yaml-duplicate-key', 'yaml-alias', 'yaml-tab'] },
  { vi: 'Mô hình dữ liệu (JSON Schema)', en: 'The data model (JSON Schema)', prefix: 'schema-' },
  { vi: 'Bộ chỉ số: mã, công thức, ràng buộc', en: 'The set: codes, formulas, constraints', codes: ['duplicate-code', 'unknown-agency', 'unknown-unit', 'unknown-breakdown', 'unknown-indicator', 'formula-syntax', 'formula-cycle', 'formula-frequency', 'formula-reporters', 'formula-breakdown', 'formula-division', 'ratio-averaged', 'constraint-impossible', 'target-out-of-range', 'unit-owes-nothing', 'province-missing', 'period-missing', 'value-type-unit'] },
  { vi: 'Tạo biểu mẫu', en: 'Compiling templates', codes: ['nothing-owed', 'output-exists', 'version-not-bumped'] },
  { vi: 'Nhận diện biểu gửi về', en: 'Identifying a returned workbook', codes: ['unknown-set', 'stale-template', 'meta-missing', 'unidentified', 'unit-mismatch', 'period-mismatch', 'duplicate-submission'] },
  { vi: 'Cấu trúc biểu bị sửa', en: 'A changed workbook structure', codes: ['sheet-missing', 'row-missing', 'row-added', 'row-moved', 'formula-overwritten', 'locked-cell-edited', 'name-redirected', 'sheet-too-large'] },
  { vi: 'Giá trị nhập', en: 'Values', codes: ['required-blank', 'value-not-available', 'number-as-text', 'ambiguous-number', 'not-a-number', 'wrong-type', 'out-of-range', 'not-integer', 'negative-count', 'numerator-exceeds-denominator', 'ratio-mismatch', 'breakdown-sum-mismatch', 'rule-violated', 'previous-period-jump', 'cumulative-decreased', 'external-reference'] },
  { vi: 'Tệp gửi về không đọc được hoặc không an toàn', en: 'Unreadable or unsafe returned files', codes: ['unsupported-format', 'encrypted-file', 'corrupt-file', 'empty-file', 'zip-bomb', 'csv-encoding', 'macros-present', 'csv-field-count', 'permission-denied', 'no-submissions'] },
  { vi: 'Tổng hợp', en: 'Merging', codes: ['missing-submission', 'late-submission', 'not-in-period', 'wrong-period-submission', 'received-date-invalid', 'received-unknown-file', 'previous-other-set', 'previous-other-period'] },
];
const SEVERITY = { vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' }, en: { error: 'error', warning: 'warning', info: 'info' } };
const TEXT = {
  vi: { title: 'Mã chẩn đoán: nguyên nhân và cách sửa', intro: 'Mỗi thông báo của `indicators` có một mã. Mục này cho biết mã đó nghĩa là gì và sửa thế nào. Chỗ `‹…›` trong ví dụ là nội dung cụ thể của từng lần báo. English: [codes.md](codes.md).', cause: 'Nguyên nhân', example: 'Ví dụ', fix: 'Cách sửa', none: 'Không cần sửa; chỉ để biết.' },
  en: { title: 'Diagnostic codes: cause and fix', intro: 'Every message of `indicators` carries a code. This page says what each means and how to fix it. `‹…›` in an example stands for the details of each occurrence. Tiếng Việt: [ma-loi.md](ma-loi.md).', cause: 'Cause', example: 'Example', fix: 'Fix', none: 'Nothing to fix; for information.' },
};

const placeholders = new Proxy({}, { get: () => '‹…›' });
const codesOf = (g) => (g.prefix ? Object.keys(CODES).filter((c) => c.startsWith(g.prefix)) : g.codes);

for (const [lang, file] of [['vi', 'docs/ma-loi.md'], ['en', 'docs/codes.md']]) {
  const t = TEXT[lang];
  const out = [`# ${t.title}`, '', t.intro, ''];
  const listed = new Set();
  for (const g of GROUPS) {
    out.push(`## ${g[lang]}`, '');
    for (const code of codesOf(g)) {
      listed.add(code);
      const template = MESSAGES[lang][code];
      out.push(`### \`${code}\` (${SEVERITY[lang][CODES[code].severity]})`, '');
      out.push(`- **${t.cause}:** ${CODES[code][lang]}.`);
      out.push(`- **${t.example}:** ${template.message(placeholders)}`);
      out.push(`- **${t.fix}:** ${template.hint?.(placeholders) ?? t.none}`, '');
    }
  }
  const missing = Object.keys(CODES).filter((c) => !listed.has(c));
  if (missing.length) throw new Error(`codes without a group: ${missing.join(', ')}`);
  writeFileSync(file, out.join('\n'));
}
