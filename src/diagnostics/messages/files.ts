import type { MessageTable } from './template.js';

type Codes = 'file-missing' | 'file-unreadable' | 'file-too-large' | 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-alias' | 'yaml-tab';

export const FILE_MESSAGES: MessageTable<Codes> = {
  vi: {
    'file-missing': {
      message: (p) => `Thiếu tệp ${p.name}`,
      hint: (p) => `Tạo tệp ${p.name} trong thư mục bộ chỉ số (xem \`indicators init\` để có mẫu).`,
    },
    'file-unreadable': {
      message: (p) => `Không đọc được tệp: ${p.reason}`,
      hint: () => 'Kiểm tra quyền đọc tệp và lưu lại tệp ở dạng UTF-8.',
    },
    'file-too-large': {
      message: (p) => `Tệp lớn ${p.size}, vượt giới hạn ${p.limit}`,
      hint: () => 'Chia nhỏ tệp hoặc kiểm tra xem có phải tệp đúng không.',
    },
    'yaml-syntax': {
      message: (p) => `Lỗi cú pháp YAML: ${p.detail}`,
      hint: () => 'Kiểm tra thụt lề (dùng dấu cách), dấu hai chấm sau tên trường và dấu nháy của chuỗi.',
    },
    'yaml-duplicate-key': {
      message: (p) => `Khóa "${p.key}" xuất hiện hai lần`,
      hint: () => 'Xóa hoặc đổi tên một trong hai khóa; YAML chỉ giữ một giá trị cho mỗi khóa.',
    },
    'yaml-alias': {
      message: () => 'Không cho phép anchor/alias (&, *) trong bộ chỉ số',
      hint: () => 'Viết đầy đủ giá trị ở từng nơi dùng; mỗi chỉ số cần đọc được độc lập.',
    },
    'yaml-tab': {
      message: () => 'Dùng ký tự Tab để thụt lề',
      hint: () => 'Thay Tab bằng dấu cách (2 dấu cách cho mỗi cấp).',
    },
  },
  en: {
    'file-missing': {
      message: (p) => `Missing file ${p.name}`,
      hint: (p) => `Create ${p.name} in the indicator-set folder (\`indicators init\` writes an example).`,
    },
    'file-unreadable': {
      message: (p) => `Cannot read the file: ${p.reason}`,
      hint: () => 'Check the file permissions and save it as UTF-8.',
    },
    'file-too-large': {
      message: (p) => `The file is ${p.size}, over the limit of ${p.limit}`,
      hint: () => 'Split the file, or check that it is the right file.',
    },
    'yaml-syntax': {
      message: (p) => `YAML syntax error: ${p.detail}`,
      hint: () => 'Check the indentation (spaces), the colon after each key and the quotes around strings.',
    },
    'yaml-duplicate-key': {
      message: (p) => `Key "${p.key}" appears twice`,
      hint: () => 'Remove or rename one of the two keys; YAML keeps only one value per key.',
    },
    'yaml-alias': {
      message: () => 'Anchors and aliases (&, *) are not allowed in an indicator set',
      hint: () => 'Write the value out in each place; every indicator must read on its own.',
    },
    'yaml-tab': {
      message: () => 'A tab character is used for indentation',
      hint: () => 'Replace the tab with spaces (2 per level).',
    },
  },
};
