import type { YAMLError } from 'yaml';
import { pick } from '../diagnostics/index.js';

/** Our wording of the yaml package's error codes; an unknown code keeps the package's English text. */
const TEXT: Record<string, { vi: string; en: string }> = {
  BAD_INDENT: { vi: 'thụt lề không đúng', en: 'wrong indentation' },
  BLOCK_AS_IMPLICIT_KEY: { vi: 'khóa không được là một khối nhiều dòng', en: 'a key cannot be a multi-line block' },
  MULTILINE_IMPLICIT_KEY: { vi: 'khóa phải nằm trên một dòng (thiếu dấu hai chấm hoặc thụt lề sai?)', en: 'a key must be on one line (missing colon or wrong indentation?)' },
  MISSING_CHAR: { vi: 'thiếu ký tự đóng (", \', ], })', en: 'a closing character is missing (", \', ], })' },
  UNEXPECTED_TOKEN: { vi: 'ký tự không mong đợi', en: 'unexpected character' },
  BAD_SCALAR_START: { vi: 'giá trị bắt đầu bằng ký tự đặc biệt; đặt giá trị trong dấu nháy', en: 'a value starts with a special character; quote it' },
  BLOCK_IN_FLOW: { vi: 'không viết khối nhiều dòng bên trong { } hoặc [ ]', en: 'no multi-line block inside { } or [ ]' },
  KEY_OVER_1024_CHARS: { vi: 'khóa dài quá 1024 ký tự', en: 'a key longer than 1024 characters' },
  MISSING_ANCHOR: { vi: 'alias trỏ tới anchor không tồn tại', en: 'an alias to an unknown anchor' },
  BAD_DIRECTIVE: { vi: 'chỉ thị YAML không hợp lệ', en: 'invalid YAML directive' },
  BAD_COLLECTION_TYPE: { vi: 'kiểu tập hợp không hợp lệ', en: 'invalid collection type' },
  DUPLICATE_KEY: { vi: 'khóa lặp', en: 'duplicate key' },
  IMPOSSIBLE: { vi: 'cấu trúc YAML không đọc được', en: 'unreadable YAML structure' },
  TAG_RESOLVE_FAILED: { vi: 'không hiểu thẻ kiểu (!tag)', en: 'unknown tag (!tag)' },
  UNEXPECTED_CHARS: { vi: 'ký tự thừa sau giá trị', en: 'extra characters after a value' },
};

/** One line describing a YAML parse error in the current language. */
export function describeYamlError(error: YAMLError): string {
  const text = TEXT[error.code];
  if (text) return pick(text);
  return error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
