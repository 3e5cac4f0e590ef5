import { defineDiagnostics } from './define.js';

/** Tệp và cú pháp YAML / Files and YAML syntax. */
export const files = defineDiagnostics(
  'files',
  { vi: 'Tệp và cú pháp YAML', en: 'Files and YAML syntax' },
  {
    'file-missing': {
      severity: 'error',
      vi: {
        summary: 'Thiếu tệp bắt buộc của bộ chỉ số',
        message: (p) => `Thiếu tệp ${p.name}`,
        hint: (p) => `Tạo tệp ${p.name} trong thư mục bộ chỉ số (xem \`indicators init\` để có mẫu).`,
      },
      en: {
        summary: 'A required file of the set is missing',
        message: (p) => `Missing file ${p.name}`,
        hint: (p) => `Create ${p.name} in the indicator-set folder (\`indicators init\` writes an example).`,
      },
    },
    'file-unreadable': {
      severity: 'error',
      vi: {
        summary: 'Không đọc được tệp',
        message: (p) => `Không đọc được tệp: ${p.reason}`,
        hint: () => 'Kiểm tra quyền đọc tệp và lưu lại tệp ở dạng UTF-8.',
      },
      en: {
        summary: 'A file cannot be read',
        message: (p) => `Cannot read the file: ${p.reason}`,
        hint: () => 'Check the file permissions and save it as UTF-8.',
      },
    },
    'file-too-large': {
      severity: 'error',
      vi: {
        summary: 'Tệp vượt giới hạn kích thước',
        message: (p) => `Tệp lớn ${p.size}, vượt giới hạn ${p.limit}`,
        hint: () => 'Chia nhỏ tệp hoặc kiểm tra xem có phải tệp đúng không.',
      },
      en: {
        summary: 'A file exceeds a size limit',
        message: (p) => `The file is ${p.size}, over the limit of ${p.limit}`,
        hint: () => 'Split the file, or check that it is the right file.',
      },
    },
    'yaml-syntax': {
      severity: 'error',
      vi: {
        summary: 'Lỗi cú pháp YAML',
        message: (p) => `Lỗi cú pháp YAML: ${p.detail}`,
        hint: () => 'Kiểm tra thụt lề (dùng dấu cách), dấu hai chấm sau tên trường và dấu nháy của chuỗi.',
      },
      en: {
        summary: 'YAML syntax error',
        message: (p) => `YAML syntax error: ${p.detail}`,
        hint: () => 'Check the indentation (spaces), the colon after each key and the quotes around strings.',
      },
    },
    'yaml-duplicate-key': {
      severity: 'error',
      vi: {
        summary: 'Một khóa xuất hiện hai lần trong cùng đối tượng',
        message: (p) => `Khóa "${p.key}" xuất hiện hai lần`,
        hint: () => 'Xóa hoặc đổi tên một trong hai khóa; YAML chỉ giữ một giá trị cho mỗi khóa.',
      },
      en: {
        summary: 'A key appears twice in one mapping',
        message: (p) => `Key "${p.key}" appears twice`,
        hint: () => 'Remove or rename one of the two keys; YAML keeps only one value per key.',
      },
    },
    'yaml-alias': {
      severity: 'error',
      vi: {
        summary: 'Không dùng anchor/alias (&, *) trong YAML',
        message: () => 'Không cho phép anchor/alias (&, *) trong bộ chỉ số',
        hint: () => 'Viết đầy đủ giá trị ở từng nơi dùng; mỗi chỉ số cần đọc được độc lập.',
      },
      en: {
        summary: 'YAML anchors/aliases are refused',
        message: () => 'Anchors and aliases (&, *) are not allowed in an indicator set',
        hint: () => 'Write the value out in each place; every indicator must read on its own.',
      },
    },
    'yaml-tab': {
      severity: 'error',
      vi: {
        summary: 'Thụt lề bằng phím Tab',
        message: () => 'Dùng ký tự Tab để thụt lề',
        hint: () => 'Thay Tab bằng dấu cách (2 dấu cách cho mỗi cấp).',
      },
      en: {
        summary: 'Indentation with a tab character',
        message: () => 'A tab character is used for indentation',
        hint: () => 'Replace the tab with spaces (2 per level).',
      },
    },
  },
);
