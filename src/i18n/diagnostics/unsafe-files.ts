import { defineDiagnostics } from './define.js';
import { RESAVE_VI, RESAVE_EN } from './shared.js';

/** Tệp gửi về không đọc được hoặc không an toàn / Unreadable or unsafe returned files. */
export const unsafeFiles = defineDiagnostics(
  'unsafe-files',
  { vi: 'Tệp gửi về không đọc được hoặc không an toàn', en: 'Unreadable or unsafe returned files' },
  {
    'unsupported-format': {
      severity: 'error',
      vi: {
        summary: 'Định dạng tệp không hỗ trợ (.xls, .ods, …)',
        message: (p) => `Định dạng ${p.format} không được hỗ trợ`,
        hint: () => RESAVE_VI,
      },
      en: {
        summary: 'Unsupported file format (.xls, .ods, …)',
        message: (p) => `The ${p.format} format is not supported`,
        hint: () => RESAVE_EN,
      },
    },
    'encrypted-file': {
      severity: 'error',
      vi: {
        summary: 'Tệp có mật khẩu',
        message: () => 'Tệp được đặt mật khẩu, không đọc được',
        hint: () => 'Gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại và gửi lại.',
      },
      en: {
        summary: 'Password-protected file',
        message: () => 'The file is password-protected and cannot be read',
        hint: () => 'Remove the password (File → Info → Protect Workbook), save and send again.',
      },
    },
    'corrupt-file': {
      severity: 'error',
      vi: {
        summary: 'Tệp hỏng hoặc không phải Excel',
        message: (p) => `Tệp hỏng hoặc không phải tệp Excel: ${p.detail}`,
        hint: () => RESAVE_VI,
      },
      en: {
        summary: 'Corrupt or not a workbook',
        message: (p) => `The file is damaged or not a workbook: ${p.detail}`,
        hint: () => RESAVE_EN,
      },
    },
    'empty-file': {
      severity: 'error',
      vi: {
        summary: 'Tệp rỗng',
        message: () => 'Tệp rỗng (0 byte)',
        hint: () => 'Gửi lại tệp đã nhập số liệu.',
      },
      en: {
        summary: 'Empty file',
        message: () => 'The file is empty (0 bytes)',
        hint: () => 'Send the filled-in file again.',
      },
    },
    'zip-bomb': {
      severity: 'error',
      vi: {
        summary: 'Tệp nén bất thường (nghi zip bomb)',
        message: (p) => `Tệp nén bất thường: ${p.detail}`,
        hint: () => RESAVE_VI,
      },
      en: {
        summary: 'Suspicious compression (zip bomb)',
        message: (p) => `Suspicious compression: ${p.detail}`,
        hint: () => RESAVE_EN,
      },
    },
    'csv-encoding': {
      severity: 'info',
      vi: {
        summary: 'CSV không phải UTF-8, đã đọc theo bảng mã khác',
        message: (p) => `CSV được đọc theo bảng mã ${p.encoding}`,
      },
      en: {
        summary: 'CSV read in a non-UTF-8 encoding',
        message: (p) => `CSV read as ${p.encoding}`,
      },
    },
    'macros-present': {
      severity: 'error',
      vi: {
        summary: 'Tệp có macro (VBA)',
        message: (p) => `Tệp có macro (${p.detail}); công cụ không chạy macro nhưng không nhận tệp có macro`,
        hint: () => 'Mở tệp, chọn Lưu thành (Save As) → "Excel Workbook (.xlsx)" (không macro), rồi gửi lại.',
      },
      en: {
        summary: 'The workbook contains macros (VBA)',
        message: (p) => `The workbook contains macros (${p.detail}); they are never run, but macro workbooks are not accepted`,
        hint: () => 'Open the file, Save As → "Excel Workbook (.xlsx)" (no macros), and send it again.',
      },
    },
    'csv-field-count': {
      severity: 'error',
      vi: {
        summary: 'Dòng CSV không tách đúng các cột của dòng tiêu đề',
        message: (p) =>
          p.kind === 'split'
            ? `Dòng ${p.line}: "${p.split}" có vẻ là một số có dấu phẩy thập phân bị tách làm hai cột; không đọc số liệu của dòng này: ${p.text}`
            : `Dòng ${p.line} có ${p.found} trường, dòng tiêu đề có ${p.expected}; không đọc số liệu của dòng này: ${p.text}`,
        hint: () =>
          'Đặt trong ngoặc kép số có dấu phẩy thập phân ("3640,6") và chữ có dấu phân cách, hoặc lưu CSV với dấu chấm phẩy (;); mỗi dòng có đủ các cột như dòng tiêu đề (để trống nếu không có).',
      },
      en: {
        summary: 'A CSV line does not split into the header’s columns',
        message: (p) =>
          p.kind === 'split'
            ? `Line ${p.line}: "${p.split}" looks like a number with a decimal comma split into two columns; no value is read from it: ${p.text}`
            : `Line ${p.line} has ${p.found} fields, the header ${p.expected}; no value is read from it: ${p.text}`,
        hint: () =>
          'Quote a number with a decimal comma ("3640,6") and text holding the separator, or save the CSV with semicolons (;); every line has the header\'s columns (left empty when there is nothing).',
      },
    },
    'permission-denied': {
      severity: 'error',
      vi: {
        summary: 'Không có quyền đọc tệp hoặc thư mục',
        message: (p) => `Không có quyền đọc ${p.path} (${p.detail})`,
        hint: () => 'Cấp quyền đọc cho tài khoản chạy công cụ (chmod, hoặc Properties → Security trên Windows), hoặc chép tệp sang thư mục khác rồi chạy lại.',
      },
      en: {
        summary: 'The tool may not read the file or folder (permission)',
        message: (p) => `No permission to read ${p.path} (${p.detail})`,
        hint: () => 'Give the account running the tool read access (chmod, or Properties → Security on Windows), or copy the file to another folder and run again.',
      },
    },
    'no-submissions': {
      severity: 'error',
      vi: {
        summary: 'Không tìm thấy biểu nào để kiểm tra',
        message: (p) => `Không tìm thấy biểu nào trong ${p.path}`,
        hint: () => 'Công cụ đọc tệp .xlsx, .xlsm và .csv (tệp .xls, .ods, .numbers được báo để lưu lại thành .xlsx); tệp ẩn và tệp khóa ~$ bị bỏ qua. Kiểm tra lại đường dẫn.',
      },
      en: {
        summary: 'No return found to check',
        message: (p) => `No return found in ${p.path}`,
        hint: () => 'The tool reads .xlsx, .xlsm and .csv files (.xls, .ods and .numbers are reported so they can be re-saved as .xlsx); hidden files and ~$ lock files are skipped. Check the path.',
      },
    },
  },
);
