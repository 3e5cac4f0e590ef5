// Texts several diagnostics share.

/** The kind of a duplicate code, as the Vietnamese message names it. */
export const KIND_VI: Record<string, string> = {
  indicator: 'chỉ số',
  unit: 'đơn vị',
  agency: 'cơ quan',
  breakdown: 'phân tổ',
  category: 'nhóm phân tổ',
  rule: 'quy tắc',
  group: 'nhóm chỉ số',
  system: 'hệ thống',
};
export const RESAVE_VI = 'Mở tệp trong Excel hoặc LibreOffice và chọn Lưu thành (Save As) → "Sổ làm việc Excel (.xlsx)", rồi gửi lại.';
export const RESAVE_EN = 'Open the file in Excel or LibreOffice, choose Save As → "Excel Workbook (.xlsx)", and send it again.';
export const NEW_FORM_VI = 'Tải biểu mẫu mới của kỳ này, nhập lại số liệu và gửi lại.';
export const NEW_FORM_EN = 'Download this period’s current template, enter the figures again and send it back.';
