import { defineDiagnostics } from './define.js';
import { NEW_FORM_VI, NEW_FORM_EN } from './shared.js';

/** Cấu trúc biểu bị sửa / A changed workbook structure. */
export const structure = defineDiagnostics(
  'structure',
  { vi: 'Cấu trúc biểu bị sửa', en: 'A changed workbook structure' },
  {
    'sheet-missing': {
      severity: 'error',
      vi: {
        summary: 'Thiếu trang tính',
        message: (p) => `Thiếu trang "${p.sheet}" (bị đổi tên hoặc xóa); các trang hiện có: ${p.present}`,
        hint: () => NEW_FORM_VI,
      },
      en: {
        summary: 'A sheet is missing',
        message: (p) => `Sheet "${p.sheet}" is missing (renamed or deleted); the sheets are: ${p.present}`,
        hint: () => NEW_FORM_EN,
      },
    },
    'row-missing': {
      severity: 'error',
      vi: {
        summary: 'Dòng chỉ số bị xóa',
        message: (p) => `Không tìm thấy dòng chỉ số ${p.code}${p.category ? ` (${p.category})` : ''}`,
        hint: () => 'Không xóa dòng trong biểu; dùng lại biểu mẫu gốc.',
      },
      en: {
        summary: 'An indicator row was deleted',
        message: (p) => `The row of ${p.code}${p.category ? ` (${p.category})` : ''} is not found`,
        hint: () => 'Do not delete rows; use the original template.',
      },
    },
    'row-added': {
      severity: 'warning',
      vi: {
        summary: 'Dòng lạ được thêm vào',
        message: (p) => `Dòng ${p.row} không thuộc biểu mẫu${p.code ? ` (mã "${p.code}")` : ''}`,
        hint: () => 'Xóa dòng đã thêm; số liệu ngoài biểu mẫu không được tổng hợp.',
      },
      en: {
        summary: 'An unexpected row was added',
        message: (p) => `Row ${p.row} is not part of the template${p.code ? ` (code "${p.code}")` : ''}`,
        hint: () => 'Remove the added row; figures outside the template are not merged.',
      },
    },
    'row-moved': {
      severity: 'info',
      vi: {
        summary: 'Dòng chỉ số bị di chuyển',
        message: (p) => `Dòng chỉ số ${p.code} bị chuyển từ dòng ${p.expected} sang dòng ${p.found}`,
      },
      en: {
        summary: 'An indicator row was moved',
        message: (p) => `The row of ${p.code} moved from row ${p.expected} to row ${p.found}`,
      },
    },
    'formula-overwritten': {
      severity: 'error',
      vi: {
        summary: 'Ô công thức bị ghi đè bằng số',
        message: (p) => `Ô công thức của ${p.code} bị thay bằng số ${p.value}`,
        hint: () => 'Không nhập vào ô tính sẵn; nhập tử số và mẫu số, tỷ lệ sẽ tự tính.',
      },
      en: {
        summary: 'A formula cell was overwritten with a number',
        message: (p) => `The formula cell of ${p.code} was replaced by the number ${p.value}`,
        hint: () => 'Do not type into computed cells; enter the numerator and denominator and the rate computes itself.',
      },
    },
    'locked-cell-edited': {
      severity: 'warning',
      vi: {
        summary: 'Ô khóa bị sửa',
        message: (p) => `Ô khóa bị sửa: "${p.found}" thay vì "${p.expected}"`,
        hint: () => 'Chỉ nhập vào cột Giá trị và Ghi chú.',
      },
      en: {
        summary: 'A locked cell was changed',
        message: (p) => `A locked cell was changed: "${p.found}" instead of "${p.expected}"`,
        hint: () => 'Type only in the Value and Note columns.',
      },
    },
    'name-redirected': {
      severity: 'error',
      vi: {
        summary: 'Tên ô giá trị bị sửa, trỏ sang chỗ khác',
        message: (p) => `Tên ô ${p.name} trỏ sang ${p.target} thay vì ô giá trị ${p.expected}; số liệu được đọc theo mã chỉ số`,
        hint: () => 'Không sửa tên ô (Name Manager); tải lại biểu mẫu gốc và nhập lại nếu cần.',
      },
      en: {
        summary: "A value cell's defined name was changed to point elsewhere",
        message: (p) => `The name ${p.name} points at ${p.target} instead of the value cell ${p.expected}; values were read by indicator code`,
        hint: () => 'Do not edit defined names (Name Manager); download the original template again if needed.',
      },
    },
    'sheet-too-large': {
      severity: 'error',
      vi: {
        summary: 'Trang nhập liệu vượt giới hạn dòng hoặc cột',
        message: (p) => `Trang ${p.sheet} có ô ở ${p.where}, vượt giới hạn ${p.limit}`,
        hint: () => 'Xóa các dòng, cột thừa ở cuối trang (hoặc nhập lại vào biểu mẫu gốc) rồi gửi lại.',
      },
      en: {
        summary: 'The entry sheet exceeds the row or column limit',
        message: (p) => `Sheet ${p.sheet} has a cell at ${p.where}, beyond the limit of ${p.limit}`,
        hint: () => 'Delete the extra rows and columns at the end of the sheet (or re-enter into the original template) and send it again.',
      },
    },
  },
);
