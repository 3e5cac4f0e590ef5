import { defineDiagnostics } from './define.js';

/** Tạo biểu mẫu / Compiling templates. */
export const compile = defineDiagnostics(
  'compile',
  { vi: 'Tạo biểu mẫu', en: 'Compiling templates' },
  {
    'nothing-owed': {
      severity: 'info',
      vi: {
        summary: 'Đơn vị không phải nộp gì trong kỳ này',
        message: (p) => `Đơn vị "${p.unit}" không phải nộp chỉ số nào trong kỳ ${p.period}; không tạo biểu`,
      },
      en: {
        summary: 'A unit owes nothing in this period',
        message: (p) => `Unit "${p.unit}" owes no indicator in ${p.period}; no workbook written`,
      },
    },
    'output-exists': {
      severity: 'error',
      vi: {
        summary: 'Tệp đích đã tồn tại với nội dung khác',
        message: () => 'Tệp đã tồn tại với nội dung khác; không ghi đè',
        hint: () => 'Dùng --force để ghi đè, hoặc chọn thư mục --out khác.',
      },
      en: {
        summary: 'The output file exists with other content',
        message: () => 'The file exists with other content; not overwritten',
        hint: () => 'Use --force to overwrite, or choose another --out folder.',
      },
    },
    'version-not-bumped': {
      severity: 'error',
      vi: {
        summary: 'Bộ chỉ số đổi nội dung mà không nâng phiên bản',
        message: (p) =>
          p.where === 'check'
            ? `Cùng phiên bản ${p.version}, khác nội dung: bộ chỉ số đã được sửa mà không nâng phiên bản${p.changes ? ` (thay đổi: ${p.changes})` : ''}`
            : `Đã có biểu mẫu của bộ chỉ số "${p.set}" phiên bản ${p.version} với nội dung khác (${p.file}): bộ chỉ số đã được sửa mà không nâng phiên bản; không ghi gì`,
        hint: (p) =>
          p.where === 'check'
            ? 'Người quản lý bộ chỉ số: nâng `version` trong set.yaml, chạy lại compile và gửi biểu mẫu mới cho đơn vị.'
            : `Nâng \`version\` trong set.yaml (đang là ${p.version}) rồi chạy lại compile với --force; --force không bỏ qua kiểm tra này. Nếu biểu mẫu cũ chưa gửi cho ai, xóa chúng hoặc chọn thư mục --out khác.`,
      },
      en: {
        summary: 'The set’s content changed without raising its version',
        message: (p) =>
          p.where === 'check'
            ? `Same version ${p.version}, different content: the set was changed without raising its version${p.changes ? ` (changes: ${p.changes})` : ''}`
            : `Templates of set "${p.set}" version ${p.version} with other content are already here (${p.file}): the set was changed without raising its version; nothing written`,
        hint: (p) =>
          p.where === 'check'
            ? 'Whoever keeps the set: raise `version` in set.yaml, compile again and send the units the new template.'
            : `Raise \`version\` in set.yaml (now ${p.version}) and compile again with --force; --force does not skip this check. If the old templates were never sent, delete them or choose another --out folder.`,
      },
    },
  },
);
